package org.practiceassurance.dipsample;

import java.util.List;

/**
 * The statistics of a dip sample. Compliance with a question is (Yes + ½ Partly) / (answered − Not
 * applicable), with a 95 % Wilson score interval: each file answers a question once, so a question's
 * answers come from different files. Overall compliance pools every answer of the sample the same way, but the
 * answers about one child's file go together (a file that is poor on one question tends to be poor
 * on the next), so its interval counts each file as a cluster (ADR 20): a Wilson interval over the
 * effective number of answers, the answers divided by the design effect of the cluster-robust
 * (linearised ratio) variance. The change between two runs is tested with a two-proportion z-test
 * on the effective numbers.
 */
public final class Compliance {

  static final double Z_95 = 1.959963984540054;

  private Compliance() {}

  /**
   * Compliance and its 95 % interval.
   *
   * @param effectiveSize how many independent answers the figure is worth: the answers for one
   *     question; fewer for overall compliance when answers on the same file go together
   * @param answers the Yes, Partly and No answers counted (not N/A)
   * @param files the files they came from (for one question, one answer per file: the same as answers)
   */
  public record Result(double compliance, double lower, double upper, double effectiveSize, int answers, int files) {

    /** How much wider the interval is for the clustering, as a variance ratio: 1 for independent answers. */
    public double designEffect() {
      return effectiveSize == 0 ? 1 : answers / effectiveSize;
    }
  }

  /** One reviewed file's answers to the Yes/Partly/No/N/A questions, N/A left out. */
  public record FileAnswers(int yes, int partly, int no) {

    int answered() {
      return yes + partly + no;
    }

    double score() {
      return yes + 0.5 * partly;
    }
  }

  /** A change between two runs of the same question. */
  public record Change(double before, double after, double difference, double z, double pValue, boolean significant) {}

  public static Result of(int yes, int partly, int no, int notApplicable) {
    int n = yes + partly + no;
    if (n == 0) {
      return new Result(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);
    }
    double p = (yes + 0.5 * partly) / n;
    double[] interval = wilson(p, n);
    return new Result(p, interval[0], interval[1], n, n, n);
  }

  /**
   * Overall compliance of the files' answers pooled, p = Σ y / Σ m (y a file's Yes + ½ Partly, m its
   * answers), with a 95 % interval that counts each file as a cluster. The variance of p is the
   * cluster-robust one, v = k / (k − 1) · Σ (y − p·m)² / (Σ m)² over the k files with answers; the
   * effective number of answers is p(1 − p) / v, at most the answers themselves (Korn and Graubard,
   * 1998), and the interval is Wilson's over it. When every answer is the same (p is 0 or 1) the
   * answers say nothing about how alike a file's answers are: each file then counts once. With a
   * single file, it counts once.
   */
  public static Result overall(List<FileAnswers> files) {
    List<FileAnswers> answered = files.stream().filter(f -> f.answered() > 0).toList();
    int k = answered.size();
    int n = answered.stream().mapToInt(FileAnswers::answered).sum();
    if (n == 0) {
      return new Result(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);
    }
    double p = answered.stream().mapToDouble(FileAnswers::score).sum() / n;
    double effective;
    if (k == 1 || p == 0 || p == 1) {
      effective = k;
    } else {
      double squares = answered.stream().mapToDouble(f -> Math.pow(f.score() - p * f.answered(), 2)).sum();
      double variance = k / (k - 1.0) * squares / ((double) n * n);
      effective = variance == 0 ? n : Math.max(1, Math.min(n, p * (1 - p) / variance));
    }
    double[] interval = wilson(p, effective);
    return new Result(p, interval[0], interval[1], effective, n, k);
  }

  /** Wilson score interval for a proportion p observed over n. */
  static double[] wilson(double p, double n) {
    double z2 = Z_95 * Z_95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Two-proportion z-test (pooled) of before vs after; significant at the 5 % level, two-sided. */
  public static Change change(Result before, Result after) {
    double n1 = before.effectiveSize();
    double n2 = after.effectiveSize();
    double pooled = (before.compliance() * n1 + after.compliance() * n2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    double difference = after.compliance() - before.compliance();
    double z = se == 0 ? 0 : difference / se;
    double p = 2 * (1 - normalCdf(Math.abs(z)));
    return new Change(before.compliance(), after.compliance(), difference, z, p, p < 0.05);
  }

  /** Standard normal CDF through erf (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
  static double normalCdf(double x) {
    return 0.5 * (1 + erf(x / Math.sqrt(2)));
  }

  private static double erf(double x) {
    double t = 1 / (1 + 0.3275911 * Math.abs(x));
    double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
        * Math.exp(-x * x);
    return x >= 0 ? y : -y;
  }
}
