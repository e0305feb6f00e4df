package org.practiceassurance.dipsample;

import java.time.Instant;
import java.time.LocalDate;

/** A dip sample as lists show it. */
public record DipSampleSummary(long id, String title, String themeCode, String themeName, int questionSetVersion,
    int runNumber, DipSampleStatus status, String lead, int reviewed, int total, LocalDate dueDate,
    Instant launchedAt, Long previousRunId) {}
