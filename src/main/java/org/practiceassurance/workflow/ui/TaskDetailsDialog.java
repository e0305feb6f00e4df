package org.practiceassurance.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.UserIdentity;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskComment;
import org.practiceassurance.workflow.TaskComments;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskEvent;
import org.practiceassurance.workflow.TaskHistory;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;

/**
 * One task's details, opened from the task list and built only then: what it is about, a follow-up date
 * for a task I hold, the case's comments (with a box to add one), what happened to its tasks, and where
 * the case stands in its process (the diagram, drawn only when opened).
 */
class TaskDetailsDialog extends Dialog {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final WorkTask task;
  private final TaskListService taskList;
  private final TaskComments comments;
  private final TaskHistory history;
  private final Runnable changed;
  final UnorderedList commentList = new UnorderedList();
  final TextArea newComment = new TextArea("Add a comment");
  final DatePicker followUp = new DatePicker("Remind me on");
  final UnorderedList historyList = new UnorderedList();

  final ComboBox<UserIdentity> handOverTo = new ComboBox<>("Hand over to");
  final TextField handOverReason = new TextField("Why (kept as a comment)");

  TaskDetailsDialog(WorkTask task, String me, boolean mayHandOver, TaskListService taskList, TaskComments comments,
      TaskHistory history, ProcessPaths paths, Runnable changed) {
    this.task = task;
    this.taskList = taskList;
    this.comments = comments;
    this.history = history;
    this.changed = changed;
    setId("task-details");
    setHeaderTitle(task.name() + (task.aboutInFull() == null ? "" : " · " + task.aboutInFull()));
    setWidth("min(48rem, 100vw)");
    setMaxHeight("90vh");

    VerticalLayout body = new VerticalLayout();
    body.setPadding(false);
    body.add(summary(me));
    if (task.isAssignedTo(me)) {
      body.add(followUpSection());
    }
    if (mayHandOver) {
      body.add(handOverSection());
    }
    body.add(new H3("Comments"), commentList, commentBox());
    Details what = new Details("What happened to this case's tasks", historyList);
    what.setId("task-history");
    what.setOpened(true);
    body.add(what, ProcessDiagram.whereThisCaseStands(() -> paths.forTask(task.id())));
    add(body);
    showComments();
    showHistory();

    Button close = new Button("Close", e -> close());
    close.setId("task-details-close");
    getFooter().add(close);
  }

  private Div summary(String me) {
    Div summary = new Div();
    summary.setId("task-summary");
    summary.add(line("Process", task.processName()));
    summary.add(line("Team", task.teamCode() == null ? "—" : task.teamCode()));
    summary.add(line("Due", task.due() == null ? "—" : WHEN.format(task.due())));
    summary.add(line("Waiting since", WHEN.format(task.created())));
    summary.add(line("Held by", task.assignee() == null ? "Unclaimed" : task.isAssignedTo(me) ? "You" : task.assignee()));
    if (task.isUrgent()) {
      Span urgent = new Span("Urgent");
      urgent.getElement().getThemeList().add("badge error");
      summary.add(urgent);
    }
    return summary;
  }

  private static Paragraph line(String label, String value) {
    Paragraph line = new Paragraph(label + ": " + value);
    line.getStyle().set("margin", "0");
    return line;
  }

  private HorizontalLayout followUpSection() {
    followUp.setId("task-follow-up");
    followUp.setLocale(Locale.UK);
    followUp.setHelperText(task.isUrgent() ? "Urgent work cannot be put off."
        : "Until then the task waits under \"Follow up later\", out of your other lists.");
    followUp.setEnabled(!task.isUrgent());
    LocalDate today = LocalDate.now(UK);
    followUp.setMin(today.plusDays(1));
    followUp.setMax(today.plusYears(1));
    if (task.followUp() != null) {
      followUp.setValue(task.followUp().atZone(UK).toLocalDate());
    }
    Button save = new Button("Remind me then", e -> saveFollowUp(followUp.getValue()));
    save.setId("task-follow-up-save");
    save.setEnabled(!task.isUrgent());
    Button clear = new Button("No reminder", e -> saveFollowUp(null));
    clear.setId("task-follow-up-clear");
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    clear.setVisible(task.followUp() != null);
    HorizontalLayout row = new HorizontalLayout(followUp, save, clear);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    return row;
  }

  private void saveFollowUp(LocalDate day) {
    if (day == null && followUp.getValue() != null && task.followUp() == null) {
      return;
    }
    try {
      taskList.followUpOn(task.id(), day);
      followUp.setInvalid(false);
      Notification.show(day == null ? "No reminder for \"" + task.name() + "\""
              : "\"" + task.name() + "\" waits until " + DAY.format(day), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      close();
      changed.run();
    } catch (IllegalArgumentException e) {
      followUp.setErrorMessage(e.getMessage());
      followUp.setInvalid(true);
      followUp.focus();
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      followUp.setErrorMessage(e.getMessage());
      followUp.setInvalid(true);
    }
  }

  /** For a manager whose part of the organisation the task is about: who may take it, and why it moves. */
  private VerticalLayout handOverSection() {
    handOverTo.setId("task-hand-over-to");
    handOverTo.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
    handOverTo.setWidth("24rem");
    handOverReason.setId("task-hand-over-reason");
    handOverReason.setWidth("24rem");
    handOverReason.setMaxLength(500);
    Button handOver = new Button("Hand over", e -> handOver());
    handOver.setId("task-hand-over");
    try {
      var people = taskList.handOverCandidates(task.id());
      handOverTo.setItems(people);
      handOverTo.setHelperText(people.isEmpty() ? "Nobody else may take this task." : "People who may take this task.");
    } catch (TaskAccessDeniedException e) {
      handOverTo.setHelperText(e.getMessage());
      handOverTo.setEnabled(false);
      handOver.setEnabled(false);
    } catch (PeopleDirectory.Unavailable e) {
      handOverTo.setHelperText("The list of people cannot be read just now. Try again in a minute.");
      handOverTo.setEnabled(false);
      handOver.setEnabled(false);
    }
    HorizontalLayout row = new HorizontalLayout(handOverTo, handOverReason, handOver);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    VerticalLayout section = new VerticalLayout(new H3("Hand over"), row);
    section.setPadding(false);
    return section;
  }

  private void handOver() {
    if (handOverTo.getValue() == null) {
      handOverTo.setErrorMessage("Choose who takes it over.");
      handOverTo.setInvalid(true);
      handOverTo.focus();
      return;
    }
    try {
      taskList.handOver(task.id(), handOverTo.getValue().username(), handOverReason.getValue());
      Notification.show("\"" + task.name() + "\" is now with " + handOverTo.getValue().displayName(), 4000,
          Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      close();
      changed.run();
    } catch (IllegalArgumentException | TaskAccessDeniedException | TaskConflictException e) {
      handOverTo.setErrorMessage(e.getMessage());
      handOverTo.setInvalid(true);
    } catch (PeopleDirectory.Unavailable e) {
      handOverTo.setErrorMessage("The list of people cannot be read just now. Try again in a minute.");
      handOverTo.setInvalid(true);
    }
  }

  private VerticalLayout commentBox() {
    newComment.setId("task-new-comment");
    newComment.setWidthFull();
    newComment.setMaxLength(TaskComments.MAX_LENGTH);
    newComment.setHelperText("Seen by whoever works on this case's tasks. Up to " + TaskComments.MAX_LENGTH + " characters.");
    Button add = new Button("Add comment", e -> addComment());
    add.setId("task-add-comment");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    VerticalLayout box = new VerticalLayout(newComment, add);
    box.setPadding(false);
    return box;
  }

  private void addComment() {
    try {
      comments.add(task.id(), newComment.getValue());
      newComment.clear();
      newComment.setInvalid(false);
      showComments();
      showHistory();
    } catch (IllegalArgumentException | TaskAccessDeniedException | TaskConflictException e) {
      newComment.setErrorMessage(e.getMessage());
      newComment.setInvalid(true);
      newComment.focus();
    }
  }

  private void showComments() {
    commentList.removeAll();
    commentList.setId("task-comments");
    var all = comments.ofCase(task.id());
    if (all.isEmpty()) {
      commentList.add(new ListItem("No comments yet."));
    }
    for (TaskComment comment : all) {
      ListItem item = new ListItem();
      Span who = new Span(comment.author() + ", " + WHEN.format(comment.at())
          + (comment.taskName() == null ? "" : " (" + comment.taskName() + ")"));
      who.getStyle().set("font-weight", "600");
      Paragraph text = new Paragraph(comment.text());
      text.getStyle().set("margin", "0").set("white-space", "pre-wrap");
      item.add(who, text);
      commentList.add(item);
    }
  }

  private void showHistory() {
    historyList.removeAll();
    for (TaskEvent event : history.ofCase(task.id())) {
      historyList.add(new ListItem(WHEN.format(event.at()) + " · " + event.taskName() + " · " + event.describe()));
    }
  }
}
