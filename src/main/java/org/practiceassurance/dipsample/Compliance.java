package org.practiceassurance.dipsample;

/**
 * The statistics of a dip sample. Compliance with a question is (Yes + ½ Partly) / (answered − Not
 * applicable), with a 95 % Wilson score interval; the change between two runs is tested with a
 * two-proportion z-test.
 */
public final class Compliance {

  static final double Z_95 = 1.959963984540054;

  private Compliance() {}

  /** One question's compliance in one run. */
  public record Result(double compliance, double lower, double upper, double effectiveSize) {}

  /** A change between two runs of the same question. */
  public record Change(double before, double after, double difference, double z, double pValue, boolean significant) {}

  public static Result of(int yes, int partly, int no, int notApplicable) {
    double n = yes + partly + no;
    if (n == 0) {
      return new Result(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double p = (yes + 0.5 * partly) / n;
    double[] interval = wilson(p, n);
    return new Result(p, interval[0], interval[1], n);
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
