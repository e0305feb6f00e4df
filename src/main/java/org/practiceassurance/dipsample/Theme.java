package org.practiceassurance.dipsample;

/** A dip-sample theme with the number and size of its latest question set. */
public record Theme(String code, String name, String description, int latestVersion, int questionCount) {}
