package org.practiceassurance.dipsample;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.TreeSet;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.dipsample.RerunChoice.Mode;
import org.practiceassurance.dipsample.internal.DipSample;
import org.practiceassurance.dipsample.internal.DipSampleRepository;
import org.practiceassurance.dipsample.internal.ResultsQuery;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a dip sample found: compliance per question (overall and by stratum), the lead's findings
 * and areas for urgent remediation, actions raised from them, whether it runs again, and the
 * comparison with the previous run. Results are for quality managers, directors, administrators
 * and the sample's lead.
 */
@Service
public class DipSampleFindings {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final int MAX_TEXT = 20_000;

  private final DipSampleRepository samples;
  private final ResultsQuery resultsQuery;
  private final QuestionLibrary library;
  private final DipSamples dipSamples;
  private final Actions actions;
  private final TaskListService taskList;
  private final CurrentUser currentUser;

  DipSampleFindings(DipSampleRepository samples, ResultsQuery resultsQuery, QuestionLibrary library,
      DipSamples dipSamples, Actions actions, TaskListService taskList, CurrentUser currentUser) {
    this.samples = samples;
    this.resultsQuery = resultsQuery;
    this.library = library;
    this.dipSamples = dipSamples;
    this.actions = actions;
    this.taskList = taskList;
    this.currentUser = currentUser;
  }

  /** Compliance per question over the files reviewed so far. */
  @Transactional(readOnly = true)
  public SampleResults results(long sampleId) {
    DipSample sample = overseen(sampleId);
    return resultsOf(sample);
  }

  /** The sample whose findings this task is for (the lead's task). */
  @Transactional(readOnly = true)
  public long sampleOfFindingsTask(String taskId) {
    return findingsTask(taskId).id();
  }

  /**
   * Publishes the findings and decides whether the sample runs again. For
   * {@link Mode#UNTIL_TARGET}, a sample whose overall compliance has reached the target does not.
   *
   * @return the decision in words, e.g. "Runs again on 20/01/2027"
   */
  @Transactional
  public String complete(String taskId, String findings, String remediation, RerunChoice choice) {
    DipSample sample = findingsTask(taskId);
    Map<String, String> errors = new LinkedHashMap<>();
    if (findings == null || findings.isBlank()) {
      errors.put("findings", "Write what the dip sample found.");
    } else if (findings.trim().length() > MAX_TEXT) {
      errors.put("findings", "At most " + MAX_TEXT + " characters.");
    }
    if (remediation != null && remediation.trim().length() > MAX_TEXT) {
      errors.put("remediation", "At most " + MAX_TEXT + " characters.");
    }
    RerunChoice rerun = choice == null ? RerunChoice.none() : choice;
    if ((rerun.mode() == Mode.AFTER_WEEKS || rerun.mode() == Mode.UNTIL_TARGET)
        && (rerun.weeks() == null || rerun.weeks() < 1 || rerun.weeks() > 52)) {
      errors.put("weeks", "Run again after 1 to 52 weeks.");
    }
    if (rerun.mode() == Mode.UNTIL_TARGET
        && (rerun.targetPercent() == null || rerun.targetPercent() <= 0 || rerun.targetPercent() > 100)) {
      errors.put("target", "The compliance target is a percentage above 0 and at most 100.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidDipSample(errors);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("sameChildren", rerun.sameChildren());
    String decision;
    Mode mode = rerun.mode();
    if (mode == Mode.UNTIL_TARGET) {
      double overall = resultsOf(sample).overall().compliance();
      double target = rerun.targetPercent() / 100;
      if (!Double.isNaN(overall) && overall >= target) {
        mode = Mode.NONE;
        decision = String.format("Target %.0f %% reached (%.0f %%): not run again", rerun.targetPercent(), overall * 100);
      } else {
        decision = String.format("Repeats every %d weeks until compliance reaches %.0f %%; next run %s",
            rerun.weeks(), rerun.targetPercent(), rerunDate(rerun.weeks()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      }
    } else {
      decision = switch (mode) {
        case NONE -> "Not run again";
        case NOW -> "Run again at once";
        case AFTER_WEEKS -> "Runs again on " + rerunDate(rerun.weeks()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        default -> throw new IllegalStateException();
      };
    }
    if (rerun.sameChildren() && mode != Mode.NONE) {
      decision += ", with the same children";
    }
    switch (mode) {
      case NONE -> variables.put("rerun", "NONE");
      case NOW -> variables.put("rerun", "NOW");
      case AFTER_WEEKS, UNTIL_TARGET -> {
        variables.put("rerun", "LATER");
        variables.put("rerunAt", java.util.Date.from(rerunDate(rerun.weeks()).atTime(7, 0).atZone(UK).toInstant()));
      }
    }
    sample.completed(findings.trim(), remediation == null || remediation.isBlank() ? null : remediation.trim(), decision,
        rerun.mode() == Mode.UNTIL_TARGET ? rerun.weeks() : null,
        rerun.mode() == Mode.UNTIL_TARGET ? rerun.targetPercent() / 100 : null, java.time.Clock.systemUTC().instant());
    samples.saveAndFlush(sample);
    taskList.complete(taskId, variables);
    return decision;
  }

  /** A re-run's policy carried over from the previous run, to preselect in the findings form. */
  @Transactional(readOnly = true)
  public RerunChoice inheritedRerun(long sampleId) {
    DipSample sample = overseen(sampleId);
    return sample.repeatTarget() == null ? RerunChoice.none()
        : new RerunChoice(Mode.UNTIL_TARGET, sample.repeatEveryWeeks(), sample.repeatTarget() * 100, sample.sameChildren());
  }

  /** An action from the findings (team- or service-level, or for one child): the lead or a quality manager. */
  @Transactional
  public String raiseAction(long sampleId, String description, String owner, String serviceCode, String teamCode,
      String childReference, LocalDate dueDate, Priority priority) {
    DipSample sample = overseen(sampleId);
    UserIdentity me = currentUser.get();
    if (!me.username().equals(sample.lead()) && !me.hasRole(org.practiceassurance.security.Roles.QUALITY_MANAGER)) {
      throw new AccessDeniedException("Only the dip sample's lead or a quality manager raises actions from its findings.");
    }
    return actions.raise(new ActionRequest(ActionSource.DIP_SAMPLE.name(), String.valueOf(sampleId), childReference,
        description, owner, me.username(), serviceCode, teamCode, dueDate, priority));
  }

  /** Every action raised from the sample: from its findings and from its files. */
  @Transactional(readOnly = true)
  public List<ActionSummary> actions(long sampleId) {
    overseen(sampleId);
    List<ActionSummary> all = new ArrayList<>(actions.bySource(ActionSource.DIP_SAMPLE.name(), String.valueOf(sampleId)));
    all.addAll(actions.bySourcePrefix(ActionSource.DIP_SAMPLE.name(), sampleId + "/"));
    return all;
  }

  /** This run against the one before it, question by question. */
  @Transactional(readOnly = true)
  public SampleComparison comparison(long sampleId) {
    DipSample current = overseen(sampleId);
    if (current.previousRunId() == null) {
      throw new InvalidDipSample("previousRun", "This is the first run of the dip sample: there is nothing to compare with.");
    }
    DipSample previous = samples.findById(current.previousRunId()).orElseThrow();
    SampleResults before = resultsOf(previous);
    SampleResults after = resultsOf(current);
    Map<Integer, QuestionResult> beforeByPosition = new TreeMap<>();
    before.questions().forEach(q -> beforeByPosition.put(q.question().position(), q));
    List<SampleComparison.Row> rows = new ArrayList<>();
    for (QuestionResult a : after.questions()) {
      QuestionResult b = beforeByPosition.get(a.question().position());
      if (a.question().answerType() == AnswerType.YES_PARTLY_NO_NA && b != null) {
        rows.add(row(a.question().text(), a.question().position(), b.compliance(), a.compliance()));
      }
    }
    List<DipSampleSummary> summaries = dipSamples.summaries(List.of(previous, current));
    return new SampleComparison(summaries.get(0), summaries.get(1), rows,
        row("All questions", 0, before.overall(), after.overall()));
  }

  private static SampleComparison.Row row(String text, int position, Compliance.Result b, Compliance.Result a) {
    Compliance.Change change = b.effectiveSize() > 0 && a.effectiveSize() > 0 ? Compliance.change(b, a) : null;
    return new SampleComparison.Row(text, position, b, a, change);
  }

  SampleResults resultsOf(DipSample sample) {
    int[] progress = resultsQuery.progress(sample.id());
    return aggregate(sample.id(), progress[0], progress[1], library.questionSet(sample.questionSetId()).questions(),
        resultsQuery.cells(sample.id()), resultsQuery.fileAnswers(sample.id()));
  }

  /**
   * Folds the counted answers into compliance per question and stratum, and each file's answers into
   * overall compliance, clustered by file (see {@link Compliance}).
   */
  static SampleResults aggregate(long sampleId, int reviewed, int total, List<Question> questions,
      List<ResultsQuery.Cell> cells, List<Compliance.FileAnswers> files) {
    TreeSet<String> strata = new TreeSet<>();
    cells.forEach(c -> strata.add(c.stratum()));
    List<QuestionResult> results = new ArrayList<>();
    for (Question q : questions) {
      Map<String, int[]> byStratum = new TreeMap<>();
      int[] all = new int[4];
      int answered = 0;
      int numbers = 0;
      double sum = 0;
      for (ResultsQuery.Cell c : cells) {
        if (c.questionId() != q.id()) {
          continue;
        }
        switch (q.answerType()) {
          case YES_PARTLY_NO_NA -> {
            if (c.answer() != null) {
              int index = Answer.valueOf(c.answer()).ordinal();
              all[index] += c.files();
              byStratum.computeIfAbsent(c.stratum(), k -> new int[4])[index] += c.files();
              answered += c.files();
            }
          }
          case NUMBER -> {
            numbers += c.numbers();
            sum += c.numberSum();
            answered += c.numbers();
          }
          case TEXT -> answered += c.texts();
        }
      }
      Map<String, Compliance.Result> stratumResults = new LinkedHashMap<>();
      byStratum.forEach((stratum, n) -> stratumResults.put(stratum, Compliance.of(n[0], n[1], n[2], n[3])));
      results.add(new QuestionResult(q, all[0], all[1], all[2], all[3], answered,
          q.answerType() == AnswerType.YES_PARTLY_NO_NA ? Compliance.of(all[0], all[1], all[2], all[3]) : null,
          stratumResults, numbers == 0 ? null : sum / numbers));
    }
    return new SampleResults(sampleId, reviewed, total, List.copyOf(strata), results, Compliance.overall(files));
  }

  private static LocalDate rerunDate(int weeks) {
    return LocalDate.now(UK).plusWeeks(weeks);
  }

  private DipSample findingsTask(String taskId) {
    WorkTask task = taskList.myTask(taskId);
    if (!"dip-sample".equals(task.processDefinitionKey()) || task.businessKey() == null
        || !task.businessKey().startsWith("DS-") || task.formRoute() == null
        || !task.formRoute().startsWith("dip-samples/findings/")) {
      throw new InvalidDipSample("task", "This task is not a dip sample's findings.");
    }
    DipSample sample = samples.findById(Long.parseLong(task.businessKey().substring(3))).orElseThrow();
    if (!currentUser.get().username().equals(sample.lead())) {
      throw new TaskAccessDeniedException("Only the dip sample's lead, " + sample.lead() + ", writes its findings.");
    }
    return sample;
  }

  private DipSample overseen(long sampleId) {
    UserIdentity me = currentUser.get();
    DipSample sample = samples.findById(sampleId).orElseThrow(() -> new NoSuchElementException("No dip sample " + sampleId));
    if (!OrganisationScope.seesWholeCounty(me) && !me.username().equals(sample.lead())) {
      throw new AccessDeniedException("Dip-sample results are for quality managers, directors and the sample's lead.");
    }
    return sample;
  }
}
