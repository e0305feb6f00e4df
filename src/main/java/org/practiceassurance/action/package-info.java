/**
 * Action: every action raised by an audit, a dip sample or a surgery, tracked until a different
 * person verifies and closes it ({@code processes/action.bpmn}): reminders, overdue escalation to
 * the head of service, verification or reopening.
 */
package org.practiceassurance.action;
