package org.practiceassurance.action;

import java.time.LocalDate;

/**
 * An action to raise, from any source.
 *
 * @param source one of {@link ActionSource}'s names: {@code AUDIT}, {@code DIP_SAMPLE}, {@code SURGERY}
 * @param sourceId what raised it in that source, e.g. the audit's id
 * @param childReference the child's reference, or null for a team- or service-level action
 * @param owner username of the person who must carry it out
 * @param raisedBy username of the person raising it (offered the verification)
 * @param serviceCode e.g. {@code CF}; its head of service is told when it is overdue
 * @param teamCode e.g. {@code CF-STR-1}, or null for a service-level action; its managers may verify
 * @param dueDate the day it is due (17:00 Europe/London); today or later
 * @param priority null means {@link Priority#MEDIUM}
 */
public record ActionRequest(
    String source, String sourceId, String childReference, String description, String owner, String raisedBy,
    String serviceCode, String teamCode, LocalDate dueDate, Priority priority) {}
