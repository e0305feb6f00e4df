package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.practiceassurance.insight.ActionRow;
import org.practiceassurance.insight.AuditRow;
import org.practiceassurance.insight.ConcernRow;
import org.practiceassurance.insight.Listing;

/** The list behind a dashboard figure, in a dialog: how many there are, and the rows. */
final class BehindTheFigure {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/London"));

  private BehindTheFigure() {}

  static Dialog audits(String title, Listing<AuditRow> listing) {
    Grid<AuditRow> grid = grid(listing);
    grid.addColumn(AuditRow::id).setHeader("Audit").setAutoWidth(true);
    grid.addColumn(AuditRow::childReference).setHeader("Child").setAutoWidth(true);
    grid.addColumn(AuditRow::teamCode).setHeader("Team").setAutoWidth(true);
    grid.addColumn(AuditRow::auditor).setHeader("Auditor").setAutoWidth(true);
    grid.addColumn(a -> a.auditorGrade() == null ? "" : a.auditorGrade().label()).setHeader("Auditor's grade").setAutoWidth(true);
    grid.addColumn(a -> a.finalGrade() == null ? "" : a.finalGrade().label()).setHeader("Final grade").setAutoWidth(true);
    grid.addColumn(a -> a.moderated() ? "Yes" : "No").setHeader("Moderated").setAutoWidth(true);
    grid.addColumn(a -> date(a.submittedAt())).setHeader("Submitted").setAutoWidth(true);
    grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
    return dialog(title, listing, grid, "audits");
  }

  static Dialog actions(String title, Listing<ActionRow> listing) {
    Grid<ActionRow> grid = grid(listing);
    grid.addColumn(ActionRow::id).setHeader("Ref").setAutoWidth(true);
    grid.addColumn(a -> a.childReference() == null ? "Team" : a.childReference()).setHeader("Child").setAutoWidth(true);
    grid.addColumn(ActionRow::description).setHeader("Action").setWidth("18rem").setFlexGrow(2);
    grid.addColumn(ActionRow::owner).setHeader("Owner").setAutoWidth(true);
    grid.addColumn(a -> a.teamCode() == null ? a.serviceCode() : a.teamCode()).setHeader("Team").setAutoWidth(true);
    grid.addColumn(a -> a.dueDate() == null ? "" : a.dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .setHeader("Due").setAutoWidth(true);
    grid.addColumn(ActionRow::status).setHeader("Status").setAutoWidth(true);
    grid.addColumn(a -> date(a.createdAt())).setHeader("Raised").setAutoWidth(true);
    grid.addColumn(a -> date(a.closedAt())).setHeader("Closed").setAutoWidth(true);
    return dialog(title, listing, grid, "actions");
  }

  static Dialog concerns(String title, Listing<ConcernRow> listing) {
    Grid<ConcernRow> grid = grid(listing);
    grid.addColumn(ConcernRow::childReference).setHeader("Child").setAutoWidth(true);
    grid.addColumn(ConcernRow::reason).setHeader("Reason").setWidth("18rem").setFlexGrow(2);
    grid.addColumn(ConcernRow::teamCode).setHeader("Team").setAutoWidth(true);
    grid.addColumn(ConcernRow::responsibleManager).setHeader("Responsible manager").setAutoWidth(true);
    grid.addColumn(ConcernRow::status).setHeader("Status").setAutoWidth(true);
    grid.addColumn(c -> date(c.raisedAt())).setHeader("Raised").setAutoWidth(true);
    grid.addColumn(ConcernRow::ageDays).setHeader("Days open").setAutoWidth(true);
    return dialog(title, listing, grid, "concerns");
  }

  private static <T> Grid<T> grid(Listing<T> listing) {
    Grid<T> grid = new Grid<>();
    grid.setId("behind-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(listing.rows());
    grid.setWidthFull();
    return grid;
  }

  private static Dialog dialog(String title, Listing<?> listing, Grid<?> grid, String noun) {
    Dialog dialog = new Dialog();
    dialog.setId("behind-dialog");
    dialog.setHeaderTitle(title);
    Paragraph count = new Paragraph(listing.total() == 0 ? "No " + noun + "."
        : listing.truncated() ? "The first " + listing.rows().size() + " of " + listing.total() + " " + noun + "."
        : listing.total() + " " + (listing.total() == 1 ? noun.substring(0, noun.length() - 1) : noun) + ".");
    count.setId("behind-count");
    grid.getElement().setAttribute("aria-label", title);
    dialog.add(count, grid);
    dialog.setWidth("min(90vw, 70rem)");
    Button close = new Button("Close", e -> dialog.close());
    close.setId("behind-close");
    dialog.getFooter().add(close);
    return dialog;
  }

  private static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }
}
