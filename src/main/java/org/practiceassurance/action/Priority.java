package org.practiceassurance.action;

/** How soon an action matters, lowest first. */
public enum Priority {
  LOW, MEDIUM, HIGH, URGENT
}
