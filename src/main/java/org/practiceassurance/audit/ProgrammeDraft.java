package org.practiceassurance.audit;

import java.time.LocalDate;
import java.util.List;

/** A programme as the quality manager reviews it. */
public record ProgrammeDraft(long id, String month, String status, LocalDate dueDate, String rules, List<Item> items) {

  public record Item(int index, String childReference, String teamCode, String auditor, Long auditId) {}
}
