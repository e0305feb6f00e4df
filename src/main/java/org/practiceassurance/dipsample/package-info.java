/**
 * Dip samples: themed checks of many files. So far the two pieces everything else stands on: the
 * reproducible stratified draw ({@link org.practiceassurance.dipsample.StratifiedSampler}) and
 * the statistics of compliance and of change between runs
 * ({@link org.practiceassurance.dipsample.Compliance}).
 */
package org.practiceassurance.dipsample;
