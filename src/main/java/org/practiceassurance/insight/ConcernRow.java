package org.practiceassurance.insight;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the Cases of Concern register behind a dashboard figure. */
public record ConcernRow(long id, String childReference, String reason, String serviceCode, String teamCode,
    String responsibleManager, String status, Instant raisedAt, LocalDate reviewDate, long ageDays) {}
