package org.practiceassurance.dipsample;

import java.time.LocalDate;
import java.util.List;
import org.practiceassurance.casefile.LegalStatus;

/**
 * What a quality manager chooses when designing a dip sample. Null population fields do not filter.
 *
 * @param childReferences a pasted or uploaded list, one reference per line (commas and spaces also
 *     separate); when given, the population is these files (still narrowed by the other filters)
 * @param sizeValue a count of files ({@link SizeMode#COUNT}) or a percentage of the population
 * @param minimumPerStratum each stratum gives at least this many files (or all it has)
 * @param excludeOpenSamples leave out files already in another dip sample that is still open
 * @param seed the random seed; null draws a new one (it is recorded, so the draw can be repeated)
 * @param reviewers the pool the files are shared out among
 * @param dueDate when the reviews are due
 */
public record DipSampleDesign(
    String title, String themeCode, String serviceCode, String teamCode, String locality, LegalStatus legalStatus,
    LocalDate openedFrom, LocalDate openedTo, String childReferences, SizeMode sizeMode, int sizeValue,
    Stratification stratifyBy, int minimumPerStratum, boolean excludeOpenSamples, Long seed, List<String> reviewers,
    LocalDate dueDate) {

  public static final int DEFAULT_SIZE = 50;

  /** How the size of a sample is given. */
  public enum SizeMode { COUNT, PERCENT }

  /** What the sample is stratified by; each stratum gives files in proportion to its size. */
  public enum Stratification { NONE, LOCALITY, TEAM }

  public DipSampleDesign withSeed(long newSeed) {
    return new DipSampleDesign(title, themeCode, serviceCode, teamCode, locality, legalStatus, openedFrom, openedTo,
        childReferences, sizeMode, sizeValue, stratifyBy, minimumPerStratum, excludeOpenSamples, newSeed, reviewers,
        dueDate);
  }
}
