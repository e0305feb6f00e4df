package org.practiceassurance.action;

/** The activities that raise actions; {@link ActionRequest#source()} is one of these names. */
public enum ActionSource {
  AUDIT, DIP_SAMPLE, SURGERY
}
