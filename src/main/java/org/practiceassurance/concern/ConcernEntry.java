package org.practiceassurance.concern;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the register as people see it. */
public record ConcernEntry(
    long id, String childReference, String reason, String raisedBy, String source, String sourceId,
    String serviceCode, String teamCode, String responsibleManager, ConcernStatus status, LocalDate reviewDate,
    Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt, String resolution, String resolvedBy,
    Instant resolvedAt) {}
