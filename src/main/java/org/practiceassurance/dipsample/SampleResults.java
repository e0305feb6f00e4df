package org.practiceassurance.dipsample;

import java.util.List;

/**
 * The aggregated answers of a dip sample's reviewed files.
 *
 * @param overall every Yes/Partly/No/N/A answer of the sample pooled into one compliance figure, its
 *     interval counting each file as a cluster ({@link Compliance#overall})
 * @param strata the strata of the reviewed files, in order
 */
public record SampleResults(long sampleId, int reviewed, int total, List<String> strata, List<QuestionResult> questions,
    Compliance.Result overall) {}
