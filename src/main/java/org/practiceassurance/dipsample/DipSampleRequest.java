package org.practiceassurance.dipsample;

/**
 * Another process asking for a dip sample (e.g. a performance surgery): the theme and population
 * filled in; a quality manager then designs the rest and launches it.
 *
 * @param sampleSize null means {@link DipSampleDesign#DEFAULT_SIZE}
 * @param source what asked, e.g. {@code SURGERY:42}
 */
public record DipSampleRequest(String themeCode, String title, String serviceCode, String teamCode, String locality,
    String legalStatus, Integer sampleSize, String requestedBy, String reason, String source) {}
