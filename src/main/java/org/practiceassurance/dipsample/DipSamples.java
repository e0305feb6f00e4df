package org.practiceassurance.dipsample;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.internal.DipSample;
import org.practiceassurance.dipsample.internal.DipSampleListQuery;
import org.practiceassurance.dipsample.internal.DipSampleRepository;
import org.practiceassurance.dipsample.internal.SampleFileEntity;
import org.practiceassurance.dipsample.internal.SampleFileRepository;
import org.practiceassurance.dipsample.internal.SampleLauncher;
import org.practiceassurance.dipsample.internal.SamplingPlanner;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designing, launching and following dip samples. A quality manager designs (theme, population,
 * size, stratification, reviewers), previews the draw and launches it; the {@code dip-sample}
 * process then gives each reviewer one task per file. Another process may ask for a dip sample
 * ({@link #request}); a quality manager then completes its design.
 */
@Service
public class DipSamples {

  /** Message that starts a requested dip sample, with its theme and population as variables. */
  public static final String REQUEST_MESSAGE = "DipSampleRequested";
  /** Message that ends a sample's reviews before every file is reviewed. */
  public static final String CLOSE_EARLY_MESSAGE = "DipSampleClosedEarly";
  static final ZoneId UK = ZoneId.of("Europe/London");
  static final int MAX_SIZE = 2000;

  private final DipSampleRepository samples;
  private final DipSampleListQuery listQuery;
  private final SampleFileRepository files;
  private final SamplingPlanner planner;
  private final SampleLauncher launcher;
  private final QuestionLibrary library;
  private final CaseFiles caseFiles;
  private final PeopleDirectory people;
  private final TaskListService taskList;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;
  private final SecureRandom random = new SecureRandom();

  DipSamples(DipSampleRepository samples, DipSampleListQuery listQuery, SampleFileRepository files, SamplingPlanner planner,
      SampleLauncher launcher, QuestionLibrary library, CaseFiles caseFiles, PeopleDirectory people,
      TaskListService taskList, RuntimeService runtime, CurrentUser currentUser) {
    this.samples = samples;
    this.listQuery = listQuery;
    this.files = files;
    this.planner = planner;
    this.launcher = launcher;
    this.library = library;
    this.caseFiles = caseFiles;
    this.people = people;
    this.taskList = taskList;
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  /** Who may review dip-sample files: auditors, moderators and quality managers, by username. */
  public List<String> reviewerCandidates() {
    Set<String> candidates = new TreeSet<>();
    for (String role : List.of(Roles.AUDITOR, Roles.MODERATOR, Roles.QUALITY_MANAGER)) {
      candidates.addAll(people.withRole(role));
    }
    return List.copyOf(candidates);
  }

  /**
   * The draw this design gives, with each file's reviewer. A design without a seed gets a new one;
   * previewing again with the returned seed gives the same draw.
   */
  @Transactional(readOnly = true)
  public SamplePreview preview(DipSampleDesign design) {
    requireQualityManager();
    validate(design, true);
    return planner.plan(design, seedOf(design), 0);
  }

  /** Draws the sample (exactly as previewed, given the preview's seed) and starts its reviews. */
  @Transactional
  public long launch(DipSampleDesign design) {
    UserIdentity me = requireQualityManager();
    validate(design, true);
    QuestionSet questions = library.latest(design.themeCode().trim());
    SamplePreview plan = planner.plan(design, seedOf(design), 0);
    DipSample sample = launcher.create(design, questions.id(), me.username(), plan, null, false);
    launcher.storeDraw(sample, plan);
    launcher.start(sample);
    return sample.id();
  }

  /**
   * Asks for a dip sample on behalf of another process: starts {@code dip-sample} by its message with
   * the theme and population filled in; a quality manager gets a task to design and launch it.
   */
  @Transactional
  public void request(DipSampleRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.themeCode() == null || library.theme(request.themeCode().trim()).isEmpty()) {
      errors.put("themeCode", "There is no dip-sample theme " + request.themeCode() + ".");
    }
    if (request.requestedBy() == null || request.requestedBy().isBlank()) {
      errors.put("requestedBy", "Say who asks for the dip sample.");
    }
    if (request.sampleSize() != null && (request.sampleSize() < 1 || request.sampleSize() > MAX_SIZE)) {
      errors.put("sampleSize", "A sample is 1 to " + MAX_SIZE + " files.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidDipSample(errors);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("themeCode", request.themeCode().trim());
    variables.put("title", request.title());
    variables.put("serviceCode", request.serviceCode());
    variables.put("teamCode", request.teamCode());
    variables.put("locality", request.locality());
    variables.put("legalStatus", request.legalStatus());
    variables.put("sampleSize", request.sampleSize());
    variables.put("requestedBy", request.requestedBy());
    variables.put("requestReason", request.reason());
    variables.put("requestSource", request.source());
    runtime.createMessageCorrelation(REQUEST_MESSAGE).setVariables(variables).correlateStartMessage();
  }

  /** The design a requested dip sample starts from, for the quality manager's design task. */
  @Transactional(readOnly = true)
  public DipSampleDesign requestedDesign(String taskId) {
    requireQualityManager();
    DipSample sample = sampleOfDesignTask(taskId);
    return sample.designed(library.questionSet(sample.questionSetId()).themeCode());
  }

  /** The requested sample behind a design task: who asked and why. */
  @Transactional(readOnly = true)
  public DipSampleDetails requestedSample(String taskId) {
    requireQualityManager();
    return details(sampleOfDesignTask(taskId).id());
  }

  /** Completes a requested dip sample's design: draws it, shares the files out and starts the reviews. */
  @Transactional
  public long launchRequested(String taskId, DipSampleDesign design) {
    UserIdentity me = requireQualityManager();
    DipSample sample = sampleOfDesignTask(taskId);
    validate(design, true);
    QuestionSet questions = library.latest(design.themeCode().trim());
    SamplePreview plan = planner.plan(design, seedOf(design), sample.id());
    sample.design(design, questions.id(), plan.seed(), me.username());
    launcher.storeDraw(sample, plan);
    taskList.claim(taskId);
    taskList.complete(taskId, Map.of("lead", me.username()));
    return sample.id();
  }

  /**
   * One page of the dip samples this person may follow (quality managers, directors and
   * administrators: all of them; everyone else: the ones they lead or review files in), filtered and
   * sorted in the database (newest first unless the page says otherwise; sortable by {@link
   * DipSampleListQuery#SORTABLE}), with how many match in all.
   *
   * @throws InvalidDipSample for an unknown sort column or a due-date range that ends before it starts
   */
  @Transactional(readOnly = true)
  public Page<DipSampleSummary> visible(DipSampleFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(visibleRows(filter, pageable), pageable, () -> visibleCount(filter));
  }

  /** The rows of one page of {@link #visible} without counting them all (a lazy grid counts once, with {@link #visibleCount}). */
  @Transactional(readOnly = true)
  public List<DipSampleSummary> visibleRows(DipSampleFilter filter, Pageable pageable) {
    check(filter);
    return summariesOf(listQuery.rows(currentUser.get(), filter, pageable));
  }

  /** How many dip samples {@link #visible} lists in all. */
  @Transactional(readOnly = true)
  public long visibleCount(DipSampleFilter filter) {
    check(filter);
    return listQuery.count(currentUser.get(), filter);
  }

  private static void check(DipSampleFilter filter) {
    if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
      throw new InvalidDipSample("dueTo", "The end of the due-date range is before its start.");
    }
  }

  /** One dip sample's page; a reviewer who is not the lead sees only their own files. */
  @Transactional(readOnly = true)
  public DipSampleDetails details(long sampleId) {
    UserIdentity me = currentUser.get();
    DipSample s = samples.findById(sampleId).orElseThrow(() -> new NoSuchElementException("No dip sample " + sampleId));
    boolean overseer = OrganisationScope.seesWholeCounty(me) || me.username().equals(s.lead());
    List<SampleFile> all = files.findBySampleIdOrderByChildReference(sampleId).stream()
        .map(SampleFileEntity::toSampleFile).toList();
    List<SampleFile> shown = overseer ? all : all.stream().filter(f -> me.username().equals(f.reviewer())).toList();
    if (!overseer && shown.isEmpty()) {
      throw new AccessDeniedException("You do not lead this dip sample or review any of its files.");
    }
    DipSampleSummary summary = summaries(List.of(s)).get(0);
    Long next = samples.findFirstByPreviousRunIdOrderByIdDesc(sampleId).map(DipSample::id).orElse(null);
    boolean mayClose = s.status() == DipSampleStatus.REVIEWING
        && (me.username().equals(s.lead()) || me.hasRole(Roles.QUALITY_MANAGER));
    return new DipSampleDetails(summary, describePopulation(s), describeSize(s), describeStratification(s), s.seed(),
        s.reviewerList(), s.excludeOpenSamples(), s.requestedBy(), s.requestReason(), s.closedEarlyReason(),
        s.findings(), s.remediation(), s.rerunDecision(), next, shown, mayClose, overseer);
  }

  /** Ends the reviews now (the lead or a quality manager), recording why; unreviewed files are left out of the results. */
  @Transactional
  public void closeEarly(long sampleId, String reason) {
    UserIdentity me = currentUser.get();
    DipSample s = samples.findById(sampleId).orElseThrow(() -> new NoSuchElementException("No dip sample " + sampleId));
    if (!me.username().equals(s.lead()) && !me.hasRole(Roles.QUALITY_MANAGER)) {
      throw new AccessDeniedException("Only the dip sample's lead or a quality manager can close its reviews early.");
    }
    if (s.status() != DipSampleStatus.REVIEWING) {
      throw new InvalidDipSample("status", "The reviews of this dip sample are already closed.");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidDipSample("reason", "Record why the reviews close before every file is reviewed.");
    }
    if (reason.trim().length() > 2000) {
      throw new InvalidDipSample("reason", "At most 2000 characters.");
    }
    s.closedEarly(reason.trim());
    runtime.createMessageCorrelation(CLOSE_EARLY_MESSAGE).processInstanceBusinessKey(SampleLauncher.businessKey(sampleId))
        .correlate();
  }

  List<DipSampleSummary> summaries(List<DipSample> list) {
    return summariesOf(list.stream().map(s -> new DipSampleListQuery.Row(s.id(), s.title(), s.questionSetId(),
        s.runNumber(), s.status(), s.lead(), s.dueDate(), s.launchedAt(), s.previousRunId())).toList());
  }

  /** Rows with their theme and progress: one query for the progress of them all, one per question set not yet read. */
  private List<DipSampleSummary> summariesOf(List<DipSampleListQuery.Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, SampleFileRepository.Progress> progress = files.progress(rows.stream().map(DipSampleListQuery.Row::id).toList())
        .stream().collect(Collectors.toMap(SampleFileRepository.Progress::getSampleId, p -> p));
    Map<Long, QuestionSet> sets = new HashMap<>();
    return rows.stream().map(s -> {
      QuestionSet set = sets.computeIfAbsent(s.questionSetId(), library::questionSet);
      SampleFileRepository.Progress p = progress.get(s.id());
      return new DipSampleSummary(s.id(), s.title(), set.themeCode(), set.themeName(), set.version(), s.runNumber(),
          s.status(), s.lead(), p == null ? 0 : (int) p.getReviewed(), p == null ? 0 : (int) p.getTotal(), s.dueDate(),
          s.launchedAt(), s.previousRunId());
    }).toList();
  }

  private DipSample sampleOfDesignTask(String taskId) {
    WorkTask task = taskList.myTask(taskId);
    if (!"dip-sample".equals(task.processDefinitionKey()) || task.businessKey() == null
        || !task.businessKey().startsWith("DS-")) {
      throw new InvalidDipSample("task", "This task is not the design of a requested dip sample.");
    }
    long id = Long.parseLong(task.businessKey().substring(3));
    return samples.findById(id).orElseThrow(() -> new NoSuchElementException("No dip sample " + id));
  }

  private long seedOf(DipSampleDesign design) {
    return design.seed() != null ? design.seed() : random.nextLong() & 0xFFFF_FFFFFFFFL;
  }

  private UserIdentity requireQualityManager() {
    UserIdentity me = currentUser.get();
    if (!me.hasRole(Roles.QUALITY_MANAGER)) {
      throw new AccessDeniedException("Only quality managers design and launch dip samples.");
    }
    return me;
  }

  /** Every problem with a design, by field; nothing is drawn when there is one. */
  void validate(DipSampleDesign d, boolean needReviewers) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (d.title() == null || d.title().isBlank()) {
      errors.put("title", "Give the dip sample a title.");
    } else if (d.title().trim().length() > 200) {
      errors.put("title", "At most 200 characters.");
    }
    if (d.themeCode() == null || d.themeCode().isBlank()) {
      errors.put("themeCode", "Choose a theme.");
    } else if (library.theme(d.themeCode().trim()).isEmpty()) {
      errors.put("themeCode", "There is no theme " + d.themeCode() + ".");
    }
    if (d.serviceCode() != null && !d.serviceCode().isBlank()
        && caseFiles.services().stream().noneMatch(s -> s.code().equalsIgnoreCase(d.serviceCode().trim()))) {
      errors.put("serviceCode", "There is no service " + d.serviceCode() + ".");
    }
    if (d.teamCode() != null && !d.teamCode().isBlank() && caseFiles.team(d.teamCode()).isEmpty()) {
      errors.put("teamCode", "There is no team " + d.teamCode() + ".");
    }
    if (d.openedFrom() != null && d.openedTo() != null && d.openedFrom().isAfter(d.openedTo())) {
      errors.put("openedTo", "The end of the date-opened range is before its start.");
    }
    if (d.sizeMode() == null) {
      errors.put("sizeValue", "Say whether the size is a number of files or a percentage.");
    } else if (d.sizeMode() == SizeMode.COUNT && (d.sizeValue() < 1 || d.sizeValue() > MAX_SIZE)) {
      errors.put("sizeValue", "A sample is 1 to " + MAX_SIZE + " files.");
    } else if (d.sizeMode() == SizeMode.PERCENT && (d.sizeValue() < 1 || d.sizeValue() > 100)) {
      errors.put("sizeValue", "A percentage is 1 to 100.");
    }
    if (d.stratifyBy() == null) {
      errors.put("stratifyBy", "Choose how to stratify (or not at all).");
    }
    if (d.minimumPerStratum() < 0 || d.minimumPerStratum() > 100) {
      errors.put("minimumPerStratum", "The minimum per stratum is 0 to 100.");
    }
    if (d.childReferences() != null && d.childReferences().length() > 200_000) {
      errors.put("childReferences", "The list is too long (at most 200,000 characters).");
    }
    if (d.dueDate() == null) {
      errors.put("dueDate", "Set when the reviews are due.");
    } else if (d.dueDate().isBefore(LocalDate.now(UK))) {
      errors.put("dueDate", "The due date must be today or later.");
    }
    if (needReviewers) {
      if (d.reviewers() == null || d.reviewers().isEmpty()) {
        errors.put("reviewers", "Choose at least one reviewer.");
      } else {
        List<String> candidates = reviewerCandidates();
        List<String> unknown = d.reviewers().stream().filter(r -> !candidates.contains(r)).toList();
        if (!unknown.isEmpty()) {
          errors.put("reviewers", "Not auditors, moderators or quality managers: " + String.join(", ", unknown) + ".");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidDipSample(errors);
    }
  }

  static String describePopulation(DipSample s) {
    List<String> parts = new java.util.ArrayList<>();
    if (s.childReferences() != null) {
      parts.add("a list of " + s.childReferences().split("[,;\\s]+").length + " references");
    }
    if (s.serviceCode() != null) {
      parts.add("service " + s.serviceCode());
    }
    if (s.teamCode() != null) {
      parts.add("team " + s.teamCode());
    }
    if (s.locality() != null) {
      parts.add("locality " + s.locality());
    }
    if (s.legalStatus() != null) {
      parts.add("legal status " + s.legalStatus());
    }
    if (s.openedFrom() != null) {
      parts.add("opened from " + s.openedFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    if (s.openedTo() != null) {
      parts.add("opened to " + s.openedTo().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    return parts.isEmpty() ? "All open files" : String.join(" · ", parts);
  }

  static String describeSize(DipSample s) {
    return s.sizeMode() == SizeMode.PERCENT ? s.sizeValue() + " % of the population" : s.sizeValue() + " files";
  }

  static String describeStratification(DipSample s) {
    return switch (s.stratifyBy()) {
      case NONE -> "Not stratified";
      case LOCALITY -> "By locality, at least " + s.minimumPerStratum() + " per locality";
      case TEAM -> "By team, at least " + s.minimumPerStratum() + " per team";
    };
  }
}
