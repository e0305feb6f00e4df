package org.practiceassurance.dipsample;

import java.util.List;

/**
 * The draw a design gives, before launch: its make-up by stratum and each file with the reviewer it
 * would go to.
 *
 * @param populationSize files matching the population, after exclusions
 * @param excludedInOpenSamples files left out because another open dip sample has them
 * @param rejectedReferences pasted references that were not used, each with why
 * @param seed the seed of this draw (launching with it gives exactly this sample)
 */
public record SamplePreview(int populationSize, int excludedInOpenSamples, List<RejectedReference> rejectedReferences,
    long seed, List<StratifiedSampler.Allocation> allocation, List<DrawnFile> files) {

  /** A pasted reference not used: its line in the list, the reference and why. */
  public record RejectedReference(int line, String reference, String reason) {}

  /** One drawn file and the reviewer it goes to. */
  public record DrawnFile(String childReference, String serviceCode, String teamCode, String locality, String legalStatus,
      String stratum, String reviewer) {}

  /** Files per reviewer, for the preview's "who holds what". */
  public java.util.Map<String, Long> loadByReviewer() {
    return files.stream().collect(java.util.stream.Collectors.groupingBy(DrawnFile::reviewer,
        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }
}
