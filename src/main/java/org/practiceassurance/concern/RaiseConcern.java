package org.practiceassurance.concern;

/**
 * A child found at risk.
 *
 * @param source {@code AUDIT}, {@code DIP_SAMPLE} or {@code SURGERY}
 * @param responsibleManager the team manager answerable until the risk is resolved
 */
public record RaiseConcern(
    String childReference, String reason, String source, String sourceId, String serviceCode, String teamCode,
    String responsibleManager) {}
