package org.practiceassurance.workflow.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practiceassurance.workflow.TaskComment;
import org.practiceassurance.workflow.TaskComments;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskEvent;
import org.practiceassurance.workflow.TaskHistory;
import org.practiceassurance.workflow.TaskInbox;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.TaskPage;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskSort;
import org.practiceassurance.workflow.TaskView;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The task list over REST: the same service, the same checks, as the screens. */
@RestController
@RequestMapping("/api/tasks")
class TaskApi {

  private final TaskListService taskList;
  private final TaskInbox inbox;
  private final TaskComments comments;
  private final TaskHistory history;

  TaskApi(TaskListService taskList, TaskInbox inbox, TaskComments comments, TaskHistory history) {
    this.taskList = taskList;
    this.inbox = inbox;
    this.comments = comments;
    this.history = history;
  }

  /**
   * A page of my task list: {@code view} (a built-in filter, default MY_WORK), {@code q} (words),
   * {@code process}, {@code team}, {@code sort} (PRIORITY, DUE, CREATED, CHILD, TEAM, PROCESS) and
   * {@code direction} (asc, desc); then either {@code page} (from 0) or {@code after} (the {@code next}
   * cursor of the page before, which neither repeats nor skips a task completed meanwhile), and {@code size}.
   */
  @GetMapping
  TaskListPage tasks(@RequestParam(required = false) String view, @RequestParam(required = false) String q,
      @RequestParam(required = false) String process, @RequestParam(required = false) String team,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
      @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String after) {
    TaskSearch search = new TaskSearch(choice(TaskView.class, "view", view), q, process, team,
        choice(TaskSort.class, "sort", sort), descending(direction));
    if (size < 1 || size > TaskInbox.MAX_PAGE) {
      throw new IllegalArgumentException("size must be between 1 and " + TaskInbox.MAX_PAGE + ".");
    }
    if (page != null && after != null) {
      throw new IllegalArgumentException("Give either page or after, not both.");
    }
    if (page != null && page < 0) {
      throw new IllegalArgumentException("page starts at 0.");
    }
    TaskPage found = page == null ? inbox.page(search, after, size) : inbox.page(search, page, size);
    long totalPages = (found.total() + size - 1) / size;
    return new TaskListPage(found.tasks(), new PageInfo(size, page, found.total(), totalPages), found.next());
  }

  /** How many tasks each built-in filter holds. */
  @GetMapping("/counts")
  Map<TaskView, Long> counts() {
    return inbox.counts();
  }

  @PostMapping("/{taskId}/claim")
  ResponseEntity<Void> claim(@PathVariable String taskId) {
    taskList.claim(taskId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String taskId) {
    taskList.unclaim(taskId);
    return ResponseEntity.noContent().build();
  }

  /** Every comment on the tasks of this task's case, oldest first. */
  @GetMapping("/{taskId}/comments")
  List<TaskComment> comments(@PathVariable String taskId) {
    return comments.ofCase(taskId);
  }

  /** {@code {"text": "..."}}: a comment on a task I may look at. */
  @PostMapping("/{taskId}/comments")
  ResponseEntity<Void> comment(@PathVariable String taskId, @RequestBody CommentRequest request) {
    comments.add(taskId, request.text());
    return ResponseEntity.noContent().build();
  }

  /** What happened to the tasks of this task's case, oldest first. */
  @GetMapping("/{taskId}/history")
  List<TaskEvent> history(@PathVariable String taskId) {
    return history.ofCase(taskId);
  }

  /** {@code {"date": "2026-12-24"}} puts a task I hold off until that day; {@code {"date": null}} takes the date away. */
  @PutMapping("/{taskId}/follow-up")
  ResponseEntity<Void> followUp(@PathVariable String taskId, @RequestBody FollowUpRequest request) {
    taskList.followUpOn(taskId, request.date());
    return ResponseEntity.noContent().build();
  }

  /** {@code {"to": "sw2", "reason": "..."}}: a manager hands a task over. */
  @PostMapping("/{taskId}/hand-over")
  ResponseEntity<Void> handOver(@PathVariable String taskId, @RequestBody HandOverRequest request) {
    taskList.handOver(taskId, request.to(), request.reason());
    return ResponseEntity.noContent().build();
  }

  record CommentRequest(String text) {}

  record FollowUpRequest(LocalDate date) {}

  record HandOverRequest(String to, String reason) {}

  /** A page of tasks, what it is part of, and the cursor of the next page (null on the last). */
  record TaskListPage(List<WorkTask> content, PageInfo page, String next) {}

  /**
   * Spring Data's page metadata fields; {@code number} is null when the page was asked for by cursor
   * (Spring's own {@code PageMetadata} refuses a page without a number).
   */
  record PageInfo(int size, Integer number, long totalElements, long totalPages) {}

  private static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(parameter + " must be one of " + List.of(type.getEnumConstants()) + ".");
    }
  }

  private static boolean descending(String direction) {
    if (direction == null || direction.isBlank() || direction.equalsIgnoreCase("asc")) {
      return false;
    }
    if (direction.equalsIgnoreCase("desc")) {
      return true;
    }
    throw new IllegalArgumentException("direction must be asc or desc.");
  }

  /** Someone else acted first on a task, through any of the product's APIs: 409, and the caller keeps their input. */
  @RestControllerAdvice
  static class Problems {
    @ExceptionHandler(TaskConflictException.class)
    ProblemDetail conflict(TaskConflictException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
      problem.setTitle("Someone else acted on this task first");
      return problem;
    }
  }

  /** A task-list parameter out of bounds: 400. */
  @RestControllerAdvice(assignableTypes = TaskApi.class)
  static class BadParameters {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TaskApi.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
      LOG.debug("Task-list request refused: {}", e.getMessage(), e);
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Bad request");
      return problem;
    }
  }
}
