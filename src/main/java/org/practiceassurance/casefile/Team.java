package org.practiceassurance.casefile;

/** A team, as the roster rows describe it; {@code code} e.g. {@code CF-STR-1}. */
public record Team(String code, String name, String serviceCode, String locality, String managerUsername) {}
