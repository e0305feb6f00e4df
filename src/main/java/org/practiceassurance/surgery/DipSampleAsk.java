package org.practiceassurance.surgery;

import java.time.Instant;

/** A dip sample asked for from a surgery. */
public record DipSampleAsk(String themeCode, String reason, String requestedBy, Instant requestedAt) {}
