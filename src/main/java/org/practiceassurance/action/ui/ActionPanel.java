package org.practiceassurance.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.ActionHistoryItem;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.internal.ActionDates;

/** An action's facts and its whole history, read-only: the top of every action form. */
class ActionPanel extends VerticalLayout {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
  static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ActionDates.UK);

  final Paragraph description = new Paragraph();
  final Div facts = new Div();
  final Grid<ActionHistoryItem> history = new Grid<>(ActionHistoryItem.class, false);

  ActionPanel() {
    setPadding(false);
    description.setId("action-description");
    description.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-l)");
    facts.setId("action-facts");
    facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

    history.setId("history-grid");
    history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    history.setAllRowsVisible(true);
    history.addColumn(h -> MOMENT.format(h.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
    history.addColumn(ActionHistoryItem::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    history.addColumn(h -> h.kind().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
    history.addComponentColumn(ActionPanel::noteCell).setHeader("Note / evidence").setFlexGrow(1);
    history.getElement().setAttribute("aria-label", "History of the action");

    add(description, facts, new H3("History"), history);
    setAlignItems(FlexComponent.Alignment.STRETCH);
  }

  void show(ActionDetails details) {
    ActionSummary a = details.action();
    description.setText(a.description());
    facts.removeAll();
    facts.add(fact("Status", a.status().label(), "fact-status"),
        fact("Due", DAY.format(a.dueDate()) + (a.isOverdue(ActionDates.today()) ? " (overdue)" : ""), "fact-due"),
        fact("Priority", a.priority().name().charAt(0) + a.priority().name().substring(1).toLowerCase(), "fact-priority"),
        fact("Owner", a.owner(), "fact-owner"),
        fact("Raised by", a.raisedBy(), "fact-raised-by"),
        fact("From", sourceLabel(a.source()) + " " + a.sourceId(), "fact-source"),
        fact("Child", a.childReference() == null ? "Team-level action" : a.childReference(), "fact-child"),
        fact("Team", a.teamCode() == null ? "—" : a.teamCode(), "fact-team"),
        fact("Service", a.serviceCode(), "fact-service"));
    history.setItems(details.history());
  }

  static String sourceLabel(String source) {
    return switch (source) {
      case "AUDIT" -> "Audit";
      case "DIP_SAMPLE" -> "Dip sample";
      case "SURGERY" -> "Surgery";
      default -> source;
    };
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }

  private static Component fact(String label, String value, String id) {
    Span caption = new Span(label);
    caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Span text = new Span(value);
    text.setId(id);
    Div fact = new Div(caption, new Div(text));
    return fact;
  }

  private static Component noteCell(ActionHistoryItem item) {
    Div cell = new Div();
    cell.getStyle().set("white-space", "pre-wrap");
    if (item.text() != null) {
      cell.add(new Span(item.text()));
    }
    if (item.dueDate() != null) {
      cell.add(new Div(new Span("Due " + DAY.format(item.dueDate()))));
    }
    if (item.link() != null) {
      // Links were checked to be http(s) when recorded; opened in a new tab without a referrer.
      Anchor link = new Anchor(item.link(), item.link(), AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      cell.add(new Div(link));
    }
    return cell;
  }
}
