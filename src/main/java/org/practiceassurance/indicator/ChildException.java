package org.practiceassurance.indicator;

import java.time.YearMonth;

/**
 * A child on one of the case management system's exception lists for a month, e.g. not seen within
 * timescale. The child reference was on the roster when the list was imported.
 *
 * @param listCode e.g. {@code NOT_SEEN_IN_TIMESCALE} ({@link ExceptionList})
 * @param listName e.g. "Children not seen within timescale"
 * @param teamCode the team the list row named
 * @param serviceCode that team's service when the list was imported
 * @param detail what the report says about the child (e.g. "last seen 12/09/2026"), may be empty
 */
public record ChildException(long id, String listCode, String listName, String childReference, String teamCode,
    String serviceCode, YearMonth month, String detail) {}
