/**
 * Dip samples: themed checks of many files. A quality manager designs one ({@link
 * org.practiceassurance.dipsample.DipSamples}: theme, population, size, strata, reviewers), previews
 * the reproducible stratified draw ({@link org.practiceassurance.dipsample.StratifiedSampler}) and
 * launches the {@code dip-sample} process: one review task per file, never to a reviewer who manages
 * the file's team ({@link org.practiceassurance.dipsample.DipSampleReviews}). The lead then writes the
 * findings from the results ({@link org.practiceassurance.dipsample.DipSampleFindings}: compliance
 * with its Wilson interval per question and stratum, {@link org.practiceassurance.dipsample.Compliance})
 * and may run it again; a re-run is compared with the run before it (two-proportion test).
 *
 * <p>The question library ({@link org.practiceassurance.dipsample.QuestionLibrary}) holds themes with
 * versioned question sets, each question answered Yes / Partly / No / N/A, with a number or in
 * text, with guidance. A published version never changes; a sample records the id of the set it was
 * run with. Anyone signed in reads the library; quality managers publish versions and create themes
 * (screen: {@code dip-samples/themes}). The starter library of 11 themes comes with migration V7.
 * See ADR 9 for how the process is modelled.
 */
package org.practiceassurance.dipsample;
