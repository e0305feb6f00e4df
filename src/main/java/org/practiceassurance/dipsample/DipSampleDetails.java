package org.practiceassurance.dipsample;

import java.util.List;

/**
 * A dip sample's page: its design, progress and, when written, its findings.
 *
 * @param population the population rule in words, e.g. "Service CF · legal status CP"
 * @param files every file (for a reviewer who is not the lead: only their own)
 * @param nextRunId the re-run of this sample, once started
 * @param mayCloseEarly the viewer may close the reviews early (the lead or a quality manager, while reviewing)
 */
public record DipSampleDetails(DipSampleSummary summary, String population, String size, String stratification,
    long seed, List<String> reviewers, boolean excludeOpenSamples, String requestedBy, String requestReason,
    String closedEarlyReason, String findings, String remediation, String rerunDecision, Long nextRunId,
    List<SampleFile> files, boolean mayCloseEarly, boolean maySeeResults) {}
