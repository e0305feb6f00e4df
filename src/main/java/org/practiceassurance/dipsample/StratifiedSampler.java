package org.practiceassurance.dipsample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A reproducible stratified random draw. Each stratum (a locality, a team...) gets its share of
 * the sample in proportion to its size (largest-remainder rounding, so every share is within one
 * file of exact), but never less than a minimum (or its whole size, if smaller). Within a stratum
 * files are drawn by a partial Fisher–Yates shuffle seeded from the recorded seed and the stratum's
 * name: the same population in the same order with the same seed gives the same draw.
 */
public final class StratifiedSampler {

  private StratifiedSampler() {}

  /** How many files each stratum gives. */
  public record Allocation(String stratum, int size, int drawn) {}

  /**
   * @param population candidates in a stable order (e.g. by child reference); excluded ones removed by the caller
   * @param stratumOf the stratum of each candidate
   * @param sampleSize how many to draw in all (the whole population if it is smaller)
   * @param minimumPerStratum each stratum gives at least this many (or all it has)
   */
  public static <T> List<T> draw(List<T> population, Function<T, String> stratumOf, int sampleSize,
      int minimumPerStratum, long seed) {
    Map<String, List<T>> strata = group(population, stratumOf);
    Map<String, Integer> shares = allocate(sizes(strata), sampleSize, minimumPerStratum);
    List<T> sample = new ArrayList<>(Math.min(sampleSize, population.size()));
    strata.forEach((stratum, members) -> sample.addAll(pick(members, shares.get(stratum), seed, stratum)));
    return sample;
  }

  /** The allocation alone, for a preview of the sample's make-up before launch. */
  public static <T> List<Allocation> allocation(Collection<T> population, Function<T, String> stratumOf,
      int sampleSize, int minimumPerStratum) {
    Map<String, Integer> sizes = new TreeMap<>();
    population.forEach(t -> sizes.merge(stratumOf.apply(t), 1, Integer::sum));
    Map<String, Integer> shares = allocate(sizes, sampleSize, minimumPerStratum);
    return sizes.entrySet().stream().map(e -> new Allocation(e.getKey(), e.getValue(), shares.get(e.getKey()))).toList();
  }

  static Map<String, Integer> allocate(Map<String, Integer> sizes, int sampleSize, int minimumPerStratum) {
    int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> shares = new TreeMap<>();
    if (sampleSize >= total) {
      shares.putAll(sizes);
      return shares;
    }
    // Exact proportional shares, rounded down; the remainder goes to the largest fractions.
    Map<String, Double> fractions = new TreeMap<>();
    int given = 0;
    for (var e : sizes.entrySet()) {
      double exact = (double) sampleSize * e.getValue() / total;
      int floor = (int) Math.floor(exact);
      shares.put(e.getKey(), floor);
      fractions.put(e.getKey(), exact - floor);
      given += floor;
    }
    List<String> byFraction = new ArrayList<>(fractions.keySet());
    byFraction.sort((a, b) -> Double.compare(fractions.get(b), fractions.get(a)));
    for (int i = 0; given < sampleSize; i++, given++) {
      shares.merge(byFraction.get(i % byFraction.size()), 1, Integer::sum);
    }
    // Minimums: raise small strata, taking the files from the strata furthest above their minimum.
    for (var e : sizes.entrySet()) {
      int floor = Math.min(minimumPerStratum, e.getValue());
      while (shares.get(e.getKey()) < floor) {
        String donor = shares.entrySet().stream()
            .filter(s -> s.getValue() > Math.min(minimumPerStratum, sizes.get(s.getKey())))
            .max((a, b) -> Integer.compare(a.getValue() - Math.min(minimumPerStratum, sizes.get(a.getKey())),
                b.getValue() - Math.min(minimumPerStratum, sizes.get(b.getKey()))))
            .map(Map.Entry::getKey).orElse(null);
        if (donor == null) {
          break; // the minimums alone exceed the sample size: every stratum keeps what it has
        }
        shares.merge(donor, -1, Integer::sum);
        shares.merge(e.getKey(), 1, Integer::sum);
      }
    }
    return shares;
  }

  private static <T> Map<String, List<T>> group(List<T> population, Function<T, String> stratumOf) {
    Map<String, List<T>> strata = new TreeMap<>();
    for (T t : population) {
      strata.computeIfAbsent(stratumOf.apply(t), k -> new ArrayList<>()).add(t);
    }
    return strata;
  }

  private static <T> Map<String, Integer> sizes(Map<String, List<T>> strata) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    strata.forEach((k, v) -> sizes.put(k, v.size()));
    return sizes;
  }

  /** The first {@code k} of a seeded partial Fisher–Yates shuffle: O(k) swaps, no duplicates. */
  private static <T> List<T> pick(List<T> members, int k, long seed, String stratum) {
    List<T> pool = new ArrayList<>(members);
    Random random = new Random(seed * 31 + stratum.hashCode());
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(pool.size() - i);
      T swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
    }
    return pool.subList(0, k);
  }
}
