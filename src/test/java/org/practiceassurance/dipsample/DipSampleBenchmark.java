package org.practiceassurance.dipsample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Not a test ({@code ./mvnw -Pbench verify}): a stratified 500-file draw from a roster of
 * 1,000,000 files, and the aggregation of 500 reviews of 12 questions. Prints the times.
 */
public final class DipSampleBenchmark {

  record File(String reference, String locality) {}

  public static void main(String[] args) {
    String[] localities = {"Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury"};
    Random random = new Random(1);
    List<File> roster = new ArrayList<>(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      roster.add(new File(String.format("F-%07d", i), localities[random.nextInt(localities.length)]));
    }
    for (int warm = 0; warm < 3; warm++) {
      StratifiedSampler.draw(roster, File::locality, 500, 10, warm);
    }
    long started = System.nanoTime();
    List<File> sample = StratifiedSampler.draw(roster, File::locality, 500, 10, 2026L);
    double drawMs = (System.nanoTime() - started) / 1e6;

    int[][] answers = new int[500][12]; // 0 yes, 1 partly, 2 no, 3 not applicable
    for (int[] review : answers) {
      for (int q = 0; q < 12; q++) {
        review[q] = random.nextInt(4);
      }
    }
    started = System.nanoTime();
    List<Compliance.Result> results = new ArrayList<>();
    for (int q = 0; q < 12; q++) {
      int[] counts = new int[4];
      for (int[] review : answers) {
        counts[review[q]]++;
      }
      results.add(Compliance.of(counts[0], counts[1], counts[2], counts[3]));
    }
    double aggregateMs = (System.nanoTime() - started) / 1e6;

    System.out.println("| dip-sample step | size | ms | goal |");
    System.out.println("| --- | --- | --- | --- |");
    System.out.printf(Locale.ROOT, "| stratified draw (6 strata, min 10) | %d of 1,000,000 | %.1f | well under 1000 |%n", sample.size(), drawMs);
    System.out.printf(Locale.ROOT, "| aggregate 500 reviews x 12 questions (+ Wilson intervals) | %d results | %.2f | well under 1000 |%n",
        results.size(), aggregateMs);
  }
}
