package org.practiceassurance.casefile;

/**
 * A roster row that was not imported.
 *
 * @param lineNumber the physical line in the file where the row starts (the header is line 1)
 * @param childReference the reference as written in the row (may be blank or malformed)
 * @param reason plain English, for the person who will fix the export
 */
public record RejectedRow(int lineNumber, String childReference, String reason) {}
