package org.practiceassurance.indicator;

/**
 * A row of an indicator or exception-list file that was not imported.
 *
 * @param lineNumber the physical line in the file where the row starts (the header is line 1)
 * @param row the row's fields as read, joined with commas
 * @param reason plain English, for the person who will fix the export
 */
public record RejectedLine(int lineNumber, String row, String reason) {}
