/**
 * Performance surgeries: live performance data interrogated at service and team level. The
 * {@code performance-surgery} process schedules them (fortnightly per team, led by the service's
 * head of service; monthly per service, led by a director; or ad hoc), gives the lead a preparation
 * pack (indicators with RAG, audit grades, open actions from earlier surgeries, open Cases of
 * Concern, child-level exceptions; on screen and as PDF) and then the meeting itself: earlier
 * actions reviewed, notes per indicator, the action log (each action in the shared {@code action}
 * process with an accountable head of service), children escalated, dip samples asked for.
 */
package org.practiceassurance.surgery;
