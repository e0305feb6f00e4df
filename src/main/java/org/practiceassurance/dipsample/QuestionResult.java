package org.practiceassurance.dipsample;

import java.util.Map;

/**
 * The answers to one question across the reviewed files. For a Yes/Partly/No/N/A question,
 * {@code compliance} is (Yes + ½ Partly) / (answered − N/A) with its 95 % Wilson interval, overall
 * and per stratum; for a number, the count and mean; for text, how many answered.
 */
public record QuestionResult(Question question, int yes, int partly, int no, int notApplicable, int answered,
    Compliance.Result compliance, Map<String, Compliance.Result> byStratum, Double mean) {}
