package org.practiceassurance.action;

import java.time.LocalDate;
import java.util.List;
import org.practiceassurance.support.TestUsers;

/** The demo users of the action tests, signed in as the realm's login would leave them, and a typical request. */
final class People {

  private People() {}

  static void sw1() {
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
  }

  static void tm1() {
    TestUsers.tm1();
  }

  static void hos1() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
  }

  static void hos2() {
    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
  }

  static void qm1() {
    TestUsers.qm1();
  }

  static void director1() {
    TestUsers.signIn("director1", List.of("director"), null, null);
  }

  /** An audit's action on one child in team CF-STR-1 (service CF), raised by auditor1. */
  static ActionRequest auditAction(String owner, LocalDate due) {
    return new ActionRequest("AUDIT", "AUD-" + System.nanoTime(), "CF-104233",
        "Update the child's plan with the actions agreed at the health assessment", owner, "auditor1", "CF",
        "CF-STR-1", due, Priority.HIGH);
  }
}
