package org.practiceassurance.surgery;

import java.time.LocalDate;
import org.practiceassurance.action.Priority;

/**
 * An action for the surgery's log.
 *
 * @param accountableHeadOfService the head of service who answers for it (mandatory)
 * @param childReference the child it is about, or null for a team- or service-level action
 */
public record LogActionRequest(String description, String owner, LocalDate dueDate, String accountableHeadOfService,
    String childReference, Priority priority) {}
