package org.practiceassurance.indicator;

/**
 * A kind of child-level exception list the case management system reports, e.g. "Children not seen
 * within timescale".
 *
 * @param code upper snake case, the {@code list} column of the import
 * @param indicatorCode the catalogue indicator the list explains, if any
 */
public record ExceptionList(String code, String name, String indicatorCode, String description) {}
