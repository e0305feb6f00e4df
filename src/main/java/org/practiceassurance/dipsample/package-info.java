/**
 * Dip samples: themed checks of many files. So far the pieces everything else stands on: the
 * reproducible stratified draw ({@link org.practiceassurance.dipsample.StratifiedSampler}), the
 * statistics of compliance and of change between runs
 * ({@link org.practiceassurance.dipsample.Compliance}), and the question library
 * ({@link org.practiceassurance.dipsample.QuestionLibrary}): themes with versioned question sets,
 * each question answered Yes / Partly / No / N/A, with a number or in text, with guidance. A
 * published version never changes; a sample records the id of the set it was run with. Anyone
 * signed in reads the library; quality managers publish versions and create themes (screen:
 * {@code dip-samples/themes}). The starter library of 11 themes comes with migration V7.
 */
package org.practiceassurance.dipsample;
