package org.practiceassurance.casefile;

/** A service of the county's children's services, e.g. {@code CF} Children &amp; Families. */
public record OrgService(String code, String name) {}
