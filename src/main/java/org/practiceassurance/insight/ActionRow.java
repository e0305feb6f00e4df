package org.practiceassurance.insight;

import java.time.Instant;
import java.time.LocalDate;

/** One action behind a dashboard figure. */
public record ActionRow(String id, String source, String sourceId, String childReference, String description,
    String owner, String serviceCode, String teamCode, LocalDate dueDate, String status, Instant createdAt,
    Instant closedAt) {}
