package org.practiceassurance.dipsample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.RaiseConcern;
import org.practiceassurance.dipsample.internal.AnswerEntity;
import org.practiceassurance.dipsample.internal.AnswerRepository;
import org.practiceassurance.dipsample.internal.DipSample;
import org.practiceassurance.dipsample.internal.DipSampleRepository;
import org.practiceassurance.dipsample.internal.SampleFileEntity;
import org.practiceassurance.dipsample.internal.SampleFileRepository;
import org.practiceassurance.dipsample.internal.SamplingPlanner;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's work on one file of a dip sample: answers saved as they are given (a draft until
 * submitted), then the review submitted; from the file, an action or a Cases of Concern entry.
 * Only the file's reviewer may do any of it.
 */
@Service
public class DipSampleReviews {

  static final String FILE_VARIABLE = "sampleFileId";

  private final TaskListService taskList;
  private final TaskService tasks;
  private final SampleFileRepository files;
  private final DipSampleRepository samples;
  private final AnswerRepository answers;
  private final QuestionLibrary library;
  private final SamplingPlanner planner;
  private final Actions actions;
  private final ConcernRegister concerns;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  DipSampleReviews(TaskListService taskList, TaskService tasks, SampleFileRepository files,
      DipSampleRepository samples, AnswerRepository answers, QuestionLibrary library, SamplingPlanner planner,
      Actions actions, ConcernRegister concerns, CurrentUser currentUser) {
    this.taskList = taskList;
    this.tasks = tasks;
    this.files = files;
    this.samples = samples;
    this.answers = answers;
    this.library = library;
    this.planner = planner;
    this.actions = actions;
    this.concerns = concerns;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public ReviewForm form(String taskId) {
    SampleFileEntity file = myFile(taskId);
    DipSample sample = samples.findById(file.sampleId()).orElseThrow();
    QuestionSet questions = library.questionSet(sample.questionSetId());
    CaseFile caseFile = planner.caseFile(file.childReference()).orElse(null);
    Map<Long, AnswerValue> saved = new LinkedHashMap<>();
    answers.findBySampleFileId(file.id()).forEach(a -> saved.put(a.questionId(), a.toValue()));
    String sourceId = sourceId(file);
    return new ReviewForm(taskId, sample.id(), sample.title(), questions.themeName(), sample.dueDate(),
        file.toSampleFile(), caseFile == null ? "" : caseFile.legalStatus().name(),
        caseFile == null ? null : caseFile.allocatedWorker(), caseFile == null ? null : caseFile.teamManager(),
        questions.questions(), saved,
        actions.bySource(ActionSource.DIP_SAMPLE.name(), sourceId).stream().map(ActionSummary::id).toList(),
        concerns.fromSource(ActionSource.DIP_SAMPLE.name(), sourceId).stream().map(ConcernEntry::id).toList());
  }

  /** Saves one answer as it is given; the review stays a draft until {@link #submit}. */
  @Transactional
  public void save(String taskId, AnswerValue value) {
    SampleFileEntity file = myFile(taskId);
    DipSample sample = samples.findById(file.sampleId()).orElseThrow();
    Question question = library.questionSet(sample.questionSetId()).questions().stream()
        .filter(q -> q.id() == value.questionId()).findFirst()
        .orElseThrow(() -> new InvalidDipSample("question", "That question is not part of this dip sample."));
    String field = "q" + question.position();
    if (value.text() != null && value.text().trim().length() > 4000) {
      throw new InvalidDipSample(field, "At most 4000 characters.");
    }
    if (value.notes() != null && value.notes().trim().length() > 2000) {
      throw new InvalidDipSample(field + ".notes", "Notes are at most 2000 characters.");
    }
    if (value.number() != null && (value.number().isNaN() || value.number().isInfinite())) {
      throw new InvalidDipSample(field, "Enter a number.");
    }
    AnswerEntity answer = answers.findBySampleFileIdAndQuestionId(file.id(), question.id())
        .orElseGet(() -> new AnswerEntity(file.id(), question.id()));
    answer.set(new AnswerValue(question.id(), question.answerType() == AnswerType.YES_PARTLY_NO_NA ? value.answer() : null,
        question.answerType() == AnswerType.NUMBER ? value.number() : null,
        question.answerType() == AnswerType.TEXT ? value.text() : null, value.notes()));
    answers.save(answer);
  }

  /** Submits the review: every question must be answered. The file then counts in the results. */
  @Transactional
  public void submit(String taskId) {
    SampleFileEntity file = myFile(taskId);
    DipSample sample = samples.findById(file.sampleId()).orElseThrow();
    Map<Long, AnswerValue> saved = new LinkedHashMap<>();
    answers.findBySampleFileId(file.id()).forEach(a -> saved.put(a.questionId(), a.toValue()));
    Map<String, String> errors = new LinkedHashMap<>();
    for (Question q : library.questionSet(sample.questionSetId()).questions()) {
      AnswerValue v = saved.get(q.id());
      if (v == null || !v.isAnswered(q.answerType())) {
        errors.put("q" + q.position(), "Answer question " + q.position() + ".");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidDipSample(errors);
    }
    file.reviewed(clock.instant());
    files.saveAndFlush(file);
    taskList.complete(taskId, Map.of());
  }

  /** An action from this file (the owner defaults, in the form, to the allocated worker). */
  @Transactional
  public String raiseAction(String taskId, String description, String owner, LocalDate dueDate, Priority priority) {
    SampleFileEntity file = myFile(taskId);
    return actions.raise(new ActionRequest(ActionSource.DIP_SAMPLE.name(), sourceId(file), file.childReference(),
        description, owner, currentUser.get().username(), file.serviceCode(), file.teamCode(), dueDate, priority));
  }

  /** The child is at risk now: onto the Cases of Concern register at once, the team manager answerable. */
  @Transactional
  public long raiseConcern(String taskId, String reason) {
    SampleFileEntity file = myFile(taskId);
    String manager = planner.caseFile(file.childReference()).map(CaseFile::teamManager).orElse(null);
    return concerns.raise(new RaiseConcern(file.childReference(), reason, ActionSource.DIP_SAMPLE.name(),
        sourceId(file), file.serviceCode(), file.teamCode(), manager));
  }

  /** What actions and concerns raised from a file point back to: {@code <sample id>/<child reference>}. */
  static String sourceId(SampleFileEntity file) {
    return file.sampleId() + "/" + file.childReference();
  }

  /** The task's file, if the signed-in person is its reviewer and the task is theirs. */
  private SampleFileEntity myFile(String taskId) {
    UserIdentity me = currentUser.get();
    WorkTask task = taskList.myTask(taskId);
    Object fileId = task.processDefinitionKey().equals("dip-sample") ? tasks.getVariable(taskId, FILE_VARIABLE) : null;
    if (fileId == null) {
      throw new InvalidDipSample("task", "This task is not a dip-sample review.");
    }
    SampleFileEntity file = files.findById(((Number) fileId).longValue()).orElseThrow();
    if (!me.username().equals(file.reviewer())) {
      throw new TaskAccessDeniedException("This file is " + file.reviewer() + "'s to review, not yours.");
    }
    return file;
  }

  List<AnswerValue> answersOf(long fileId) {
    return answers.findBySampleFileId(fileId).stream().map(AnswerEntity::toValue).toList();
  }
}
