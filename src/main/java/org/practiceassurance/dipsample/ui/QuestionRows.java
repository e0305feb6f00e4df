package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassurance.dipsample.AnswerType;
import org.practiceassurance.dipsample.NewQuestion;
import org.practiceassurance.dipsample.Question;
import org.practiceassurance.dipsample.QuestionLibrary;

/**
 * The editable rows of a question set: question, answer type and guidance per row, with add,
 * remove and move up/down. Each row's fields carry ids by position ({@code question-text-0},
 * {@code question-type-0}, {@code question-guidance-0}, {@code move-up-0}, {@code move-down-0},
 * {@code remove-question-0}), renumbered whenever rows move. Problems from the library
 * ({@code questions[i].text} etc.) are shown on the fields of row {@code i}.
 */
class QuestionRows extends VerticalLayout {

  private static final Pattern ROW_FIELD = Pattern.compile("questions\\[(\\d+)]\\.(text|answerType|guidance)");

  private final List<Row> rows = new ArrayList<>();
  private final VerticalLayout list = new VerticalLayout();
  final Button add = new Button("Add question", VaadinIcon.PLUS.create(), e -> addRow(null));

  QuestionRows() {
    setPadding(false);
    list.setPadding(false);
    list.setId("question-rows");
    add.setId("add-question");
    add(list, add);
  }

  /** Starts again from these questions (none: one empty row). */
  void load(List<Question> questions) {
    rows.clear();
    questions.forEach(this::addRowQuietly);
    if (rows.isEmpty()) {
      addRowQuietly(null);
    }
    render();
  }

  List<NewQuestion> value() {
    return rows.stream().map(r -> new NewQuestion(r.text.getValue(), r.type.getValue(), r.guidance.getValue())).toList();
  }

  int size() {
    return rows.size();
  }

  void clearProblems() {
    rows.forEach(r -> {
      r.text.setInvalid(false);
      r.type.setInvalid(false);
      r.guidance.setInvalid(false);
    });
  }

  /** Shows each row's problems on its fields; returns the ones that belong to no row. */
  Map<String, String> showProblems(Map<String, String> problems) {
    Map<String, String> rest = new LinkedHashMap<>();
    problems.forEach((key, message) -> {
      Matcher m = ROW_FIELD.matcher(key);
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (index < 0 || index >= rows.size()) {
        rest.put(key, message);
        return;
      }
      Row row = rows.get(index);
      switch (m.group(2)) {
        case "text" -> { row.text.setErrorMessage(message); row.text.setInvalid(true); }
        case "answerType" -> { row.type.setErrorMessage(message); row.type.setInvalid(true); }
        default -> { row.guidance.setErrorMessage(message); row.guidance.setInvalid(true); }
      }
    });
    return rest;
  }

  private void addRow(Question from) {
    addRowQuietly(from);
    render();
    rows.get(rows.size() - 1).text.focus();
  }

  private void addRowQuietly(Question from) {
    Row row = new Row();
    if (from != null) {
      row.text.setValue(from.text());
      row.type.setValue(from.answerType());
      row.guidance.setValue(from.guidance());
    }
    rows.add(row);
  }

  private void move(Row row, int by) {
    int from = rows.indexOf(row);
    int to = from + by;
    if (to >= 0 && to < rows.size()) {
      rows.remove(from);
      rows.add(to, row);
      render();
    }
  }

  private void remove(Row row) {
    rows.remove(row);
    render();
  }

  private void render() {
    list.removeAll();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      row.number(i, rows.size());
      list.add(row.layout);
    }
    add.setEnabled(rows.size() < QuestionLibrary.MAX_QUESTIONS);
  }

  /** One question being written. */
  private final class Row {
    final Span number = new Span();
    final TextArea text = new TextArea("Question");
    final Select<AnswerType> type = new Select<>();
    final TextArea guidance = new TextArea("Guidance");
    final Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
    final Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(this));
    final HorizontalLayout layout = new HorizontalLayout(number, text, type, guidance, up, down, remove);

    Row() {
      text.setMaxLength(QuestionLibrary.MAX_TEXT);
      text.setRequiredIndicatorVisible(true);
      type.setLabel("Answer");
      type.setItems(AnswerType.values());
      type.setItemLabelGenerator(t -> t == null ? "" : t.label());
      type.setValue(AnswerType.YES_PARTLY_NO_NA);
      type.setWidth("14rem");
      guidance.setMaxLength(QuestionLibrary.MAX_GUIDANCE);
      guidance.setHelperText("What counts as Yes, Partly or No");
      for (Button b : List.of(up, down, remove)) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
      }
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      layout.setWidthFull();
      layout.setAlignItems(FlexComponent.Alignment.BASELINE);
      layout.setFlexGrow(3, text);
      layout.setFlexGrow(3, guidance);
    }

    void number(int index, int count) {
      int position = index + 1;
      number.setText(position + ".");
      text.setId("question-text-" + index);
      type.setId("question-type-" + index);
      guidance.setId("question-guidance-" + index);
      up.setId("move-up-" + index);
      down.setId("move-down-" + index);
      remove.setId("remove-question-" + index);
      up.setEnabled(index > 0);
      down.setEnabled(index < count - 1);
      remove.setEnabled(count > 1);
      up.setAriaLabel("Move question " + position + " up");
      down.setAriaLabel("Move question " + position + " down");
      remove.setAriaLabel("Remove question " + position);
    }
  }
}
