package org.practiceassurance.dipsample.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.dipsample.DipSampleDesign;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.SamplePreview;
import org.practiceassurance.dipsample.SamplePreview.DrawnFile;
import org.practiceassurance.dipsample.SamplePreview.RejectedReference;
import org.practiceassurance.dipsample.StratifiedSampler;
import org.springframework.stereotype.Component;

/**
 * Turns a design into a draw: the population (by filters or a pasted list of references, bad
 * references reported by line), files in other open dip samples left out on request, the seeded
 * stratified draw, and the files shared out among the reviewers. No role checks: callers decide.
 */
@Component
public class SamplingPlanner {

  /** Letters, digits and dashes, as child references are everywhere in the product. */
  private static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

  private final CaseFiles caseFiles;
  private final SampleFileRepository sampleFiles;

  SamplingPlanner(CaseFiles caseFiles, SampleFileRepository sampleFiles) {
    this.caseFiles = caseFiles;
    this.sampleFiles = sampleFiles;
  }

  /**
   * @param sampleId the sample being (re)drawn, so its own files do not count as "in another open sample"; 0 for a new one
   * @throws InvalidDipSample when nothing can be drawn or a file has no eligible reviewer
   */
  public SamplePreview plan(DipSampleDesign design, long seed, long sampleId) {
    List<RejectedReference> rejected = new ArrayList<>();
    List<CaseFile> population = population(design, rejected);
    int excluded = 0;
    if (design.excludeOpenSamples()) {
      Set<String> inOpenSamples = sampleFiles.childrenInOpenSamples(sampleId);
      int before = population.size();
      population = population.stream().filter(f -> !inOpenSamples.contains(f.childReference())).toList();
      excluded = before - population.size();
    }
    if (population.isEmpty()) {
      throw new InvalidDipSample("population", "No open case file matches this population"
          + (excluded > 0 ? " once the " + excluded + " files in other open dip samples are left out." : "."));
    }
    population = population.stream().sorted(Comparator.comparing(CaseFile::childReference)).toList();
    int size = sampleSize(design, population.size());
    Function<CaseFile, String> stratumOf = stratifier(design);
    List<CaseFile> drawn = StratifiedSampler.draw(population, stratumOf, size, design.minimumPerStratum(), seed);
    Map<String, String> reviewers = shareOut(drawn, design.reviewers());
    List<DrawnFile> files = drawn.stream()
        .map(f -> new DrawnFile(f.childReference(), f.serviceCode(), f.teamCode(), f.locality(), f.legalStatus().name(),
            stratumOf.apply(f), reviewers.get(f.childReference())))
        .sorted(Comparator.comparing(DrawnFile::stratum).thenComparing(DrawnFile::childReference)).toList();
    return new SamplePreview(population.size(), excluded, rejected, seed,
        StratifiedSampler.allocation(population, stratumOf, size, design.minimumPerStratum()), files);
  }

  /** The case file behind a drawn file (for the process's rerun and the review form). */
  public Optional<CaseFile> caseFile(String childReference) {
    return caseFiles.find(childReference);
  }

  static int sampleSize(DipSampleDesign design, int populationSize) {
    if (design.sizeMode() == SizeMode.PERCENT) {
      return (int) Math.min(populationSize, Math.ceil(populationSize * design.sizeValue() / 100.0));
    }
    return Math.min(populationSize, design.sizeValue());
  }

  static Function<CaseFile, String> stratifier(DipSampleDesign design) {
    return switch (design.stratifyBy()) {
      case LOCALITY -> CaseFile::locality;
      case TEAM -> CaseFile::teamCode;
      case NONE -> f -> "All files";
    };
  }

  private List<CaseFile> population(DipSampleDesign d, List<RejectedReference> rejected) {
    if (d.childReferences() != null && !d.childReferences().isBlank()) {
      return listed(d, rejected);
    }
    List<String> teamCodes = null;
    if (present(d.teamCode())) {
      teamCodes = List.of(d.teamCode().trim().toUpperCase(Locale.ROOT));
    } else if (present(d.serviceCode())) {
      String service = d.serviceCode().trim();
      teamCodes = caseFiles.teams().stream().filter(t -> t.serviceCode().equalsIgnoreCase(service)).map(Team::code).toList();
    }
    return caseFiles.openFiles(teamCodes, d.legalStatus() == null ? null : List.of(d.legalStatus())).stream()
        .filter(f -> outsideFilters(d, f) == null).toList();
  }

  /** A pasted list: each good reference kept (still narrowed by the filters), each bad one reported with its line. */
  private List<CaseFile> listed(DipSampleDesign d, List<RejectedReference> rejected) {
    List<CaseFile> found = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = d.childReferences().split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      for (String token : SEPARATORS.split(lines[i].trim())) {
        if (token.isEmpty()) {
          continue;
        }
        String reference = token.toUpperCase(Locale.ROOT);
        if (!CHILD_REFERENCE.matcher(reference).matches()) {
          rejected.add(new RejectedReference(line, token, "not a child reference (2 to 40 letters, digits or dashes)"));
        } else if (seen.containsKey(reference)) {
          rejected.add(new RejectedReference(line, token, "listed twice (first on line " + seen.get(reference) + ")"));
        } else {
          seen.put(reference, line);
          Optional<CaseFile> file = caseFiles.find(reference);
          if (file.isEmpty()) {
            rejected.add(new RejectedReference(line, token, "not on the roster"));
          } else if (!file.get().open()) {
            rejected.add(new RejectedReference(line, token, "the file is closed"));
          } else {
            String outside = outsideFilters(d, file.get());
            if (outside != null) {
              rejected.add(new RejectedReference(line, token, outside));
            } else {
              found.add(file.get());
            }
          }
        }
      }
    }
    return found;
  }

  /** Why a file falls outside the design's filters, or null when it is inside. */
  private String outsideFilters(DipSampleDesign d, CaseFile f) {
    if (present(d.serviceCode()) && !d.serviceCode().trim().equalsIgnoreCase(f.serviceCode())) {
      return "outside the chosen service (it is in " + f.serviceCode() + ")";
    }
    if (present(d.teamCode()) && !d.teamCode().trim().equalsIgnoreCase(f.teamCode())) {
      return "outside the chosen team (it is in " + f.teamCode() + ")";
    }
    if (present(d.locality()) && !d.locality().trim().equalsIgnoreCase(f.locality())) {
      return "outside the chosen locality (it is in " + f.locality() + ")";
    }
    if (d.legalStatus() != null && d.legalStatus() != f.legalStatus()) {
      return "legal status is " + f.legalStatus() + ", not " + d.legalStatus();
    }
    if (d.openedFrom() != null && (f.dateOpened() == null || f.dateOpened().isBefore(d.openedFrom()))) {
      return "opened before " + d.openedFrom();
    }
    if (d.openedTo() != null && (f.dateOpened() == null || f.dateOpened().isAfter(d.openedTo()))) {
      return "opened after " + d.openedTo();
    }
    return null;
  }

  /**
   * Shares the files out evenly: the file with fewest eligible reviewers goes first, to the eligible
   * reviewer holding fewest files so far. Nobody reviews a file of a team they manage or a child
   * allocated to them.
   *
   * @return child reference → reviewer
   */
  Map<String, String> shareOut(List<CaseFile> files, List<String> pool) {
    Map<String, Team> teams = new HashMap<>();
    caseFiles.teams().forEach(t -> teams.put(t.code(), t));
    List<String> reviewers = pool.stream().distinct().sorted().toList();
    Map<CaseFile, List<String>> eligible = new LinkedHashMap<>();
    for (CaseFile f : files) {
      List<String> can = reviewers.stream().filter(r -> mayReview(r, f, teams.get(f.teamCode()))).toList();
      if (can.isEmpty()) {
        throw new InvalidDipSample("reviewers", "Nobody in the pool may review " + f.childReference() + " (team "
            + f.teamCode() + "): each of them manages that team or is the child's worker. Add another reviewer.");
      }
      eligible.put(f, can);
    }
    Map<String, Integer> load = new TreeMap<>();
    reviewers.forEach(r -> load.put(r, 0));
    Map<String, String> assigned = new HashMap<>();
    eligible.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<CaseFile, List<String>> e) -> e.getValue().size())
            .thenComparing(e -> e.getKey().childReference()))
        .forEach(e -> {
          String reviewer = e.getValue().stream().min(Comparator.comparingInt(load::get)).orElseThrow();
          load.merge(reviewer, 1, Integer::sum);
          assigned.put(e.getKey().childReference(), reviewer);
        });
    return assigned;
  }

  /** Segregation of duties: nobody checks the practice of a team they manage, or their own case. */
  public static boolean mayReview(String reviewer, CaseFile file, Team team) {
    return !reviewer.equals(file.teamManager()) && !reviewer.equals(file.allocatedWorker())
        && (team == null || !reviewer.equals(team.managerUsername()));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
