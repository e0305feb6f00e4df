package org.practiceassurance.dipsample.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.dipsample.DipSampleDesign;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.dipsample.QuestionLibrary;
import org.practiceassurance.dipsample.QuestionSet;
import org.practiceassurance.dipsample.SamplePreview;
import org.springframework.stereotype.Component;

/** What the dip-sample process does to the sample at each step ({@code ${dipSampleProcess...}}). */
@Component("dipSampleProcess")
public class DipSampleProcessHooks {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  /** A requested sample's reviews are due this many days after it is asked for, unless the designer changes it. */
  static final int REQUESTED_DUE_DAYS = 14;

  private final DipSampleRepository samples;
  private final SampleFileRepository files;
  private final SamplingPlanner planner;
  private final SampleLauncher launcher;
  private final QuestionLibrary library;
  private final SecureRandom random = new SecureRandom();

  DipSampleProcessHooks(DipSampleRepository samples, SampleFileRepository files, SamplingPlanner planner,
      SampleLauncher launcher, QuestionLibrary library) {
    this.samples = samples;
    this.files = files;
    this.planner = planner;
    this.launcher = launcher;
    this.library = library;
  }

  /** Message start: stores the requested sample as a draft, its theme and population filled in. */
  public void recordRequest(DelegateExecution execution) {
    QuestionSet questions = library.latest(string(execution, "themeCode"));
    String requestedBy = string(execution, "requestedBy");
    String team = string(execution, "teamCode");
    String status = string(execution, "legalStatus");
    Object size = execution.getVariable("sampleSize");
    String title = string(execution, "title");
    DipSampleDesign design = new DipSampleDesign(
        title == null ? questions.themeName() + " dip sample" : title, questions.themeCode(),
        string(execution, "serviceCode"), team, string(execution, "locality"),
        status == null ? null : LegalStatus.valueOf(status), null, null, null, SizeMode.COUNT,
        size == null ? DipSampleDesign.DEFAULT_SIZE : ((Number) size).intValue(),
        team == null ? Stratification.LOCALITY : Stratification.NONE, 1, true, null, List.of(),
        LocalDate.now(UK).plusDays(REQUESTED_DUE_DAYS));
    DipSample sample = new DipSample(questions.id(), requestedBy, launcher.now());
    sample.design(design, questions.id(), random.nextLong() & 0xFFFF_FFFFFFFFL, requestedBy);
    sample.requested(requestedBy, string(execution, "requestReason"), string(execution, "requestSource"));
    samples.saveAndFlush(sample);
    execution.setVariable("dipSampleId", sample.id());
    execution.setProcessBusinessKey(SampleLauncher.businessKey(sample.id()));
  }

  /** The multi-instance collection: one review task per drawn file. */
  public List<Long> fileIds(Long dipSampleId) {
    return files.findBySampleIdOrderByChildReference(dipSampleId).stream().map(SampleFileEntity::id).toList();
  }

  public String reviewerOf(Long sampleFileId) {
    return file(sampleFileId).reviewer();
  }

  public String childOf(Long sampleFileId) {
    return file(sampleFileId).childReference();
  }

  public String teamOf(Long sampleFileId) {
    return file(sampleFileId).teamCode();
  }

  /** The reviews' due date, 17:00 UK time. */
  public Date dueOf(Long dipSampleId) {
    LocalDate due = sample(dipSampleId).dueDate();
    return Date.from(due.atTime(17, 0).atZone(UK).toInstant());
  }

  /** Every file reviewed, or the lead closed the reviews early: the sample moves on to findings. */
  public void reviewsClosed(DelegateExecution execution) {
    sample(execution).reviewsClosed(launcher.now());
  }

  /**
   * Starts the next run: the same questions, population rule, size, strata and reviewers, on a new
   * draw (or the same children when {@code sameChildren} is set); reviews due as long after launch
   * as last time.
   */
  public void startRerun(DelegateExecution execution) {
    DipSample previous = sample(execution);
    boolean sameChildren = Boolean.TRUE.equals(execution.getVariable("sameChildren"));
    QuestionSet questions = library.questionSet(previous.questionSetId());
    DipSampleDesign design = previous.designed(questions.themeCode());
    long days = previous.launchedAt() == null ? REQUESTED_DUE_DAYS
        : Math.max(7, ChronoUnit.DAYS.between(previous.launchedAt().atZone(UK).toLocalDate(), previous.dueDate()));
    design = new DipSampleDesign(design.title(), design.themeCode(), design.serviceCode(), design.teamCode(),
        design.locality(), design.legalStatus(), design.openedFrom(), design.openedTo(), design.childReferences(),
        design.sizeMode(), design.sizeValue(), design.stratifyBy(), design.minimumPerStratum(),
        design.excludeOpenSamples(), null, design.reviewers(), LocalDate.now(UK).plusDays(days));
    if (sameChildren) {
      List<String> children = files.findBySampleIdOrderByChildReference(previous.id()).stream()
          .map(SampleFileEntity::childReference).toList();
      design = new DipSampleDesign(design.title(), design.themeCode(), null, null, null, null, null, null,
          String.join("\n", children), SizeMode.COUNT, children.size(), design.stratifyBy(), design.minimumPerStratum(),
          false, null, design.reviewers(), design.dueDate());
    }
    SamplePreview plan = planner.plan(design, random.nextLong() & 0xFFFF_FFFFFFFFL, previous.id());
    DipSample next = launcher.create(design, previous.questionSetId(), previous.lead(), plan, previous, sameChildren);
    launcher.storeDraw(next, plan);
    launcher.start(next);
    execution.setVariable("nextRunId", next.id());
  }

  private DipSample sample(DelegateExecution execution) {
    return sample(((Number) execution.getVariable("dipSampleId")).longValue());
  }

  private DipSample sample(long id) {
    return samples.findById(id).orElseThrow(() -> new IllegalStateException("No dip sample " + id));
  }

  private SampleFileEntity file(Long id) {
    return files.findById(id).orElseThrow(() -> new IllegalStateException("No dip-sample file " + id));
  }

  private static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
