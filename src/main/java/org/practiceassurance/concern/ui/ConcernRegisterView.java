package org.practiceassurance.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernFilter;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.ConcernStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Cases of Concern register, as far as the person's scope reaches (and the entries they raised):
 * filtered, sorted and paged in the database; the view keeps its filter values only. Managers resolve
 * entries here.
 */
@Route("concerns")
@PageTitle("Cases of Concern | Practice Assurance")
@Menu(title = "Cases of Concern", order = 40, icon = "vaadin:warning")
@PermitAll
public class ConcernRegisterView extends VerticalLayout {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

  private final ConcernRegister register;
  final Select<ConcernStatus> status = new Select<>();
  final TextField child = new TextField("Child reference");
  final TextField team = new TextField("Team");
  final TextField person = new TextField("Raised by or manager");
  final DatePicker raisedFrom = new DatePicker("Raised from");
  final DatePicker raisedTo = new DatePicker("Raised to");
  final Span count = new Span();
  final Grid<ConcernEntry> grid = new Grid<>(ConcernEntry.class, false);

  public ConcernRegisterView(ConcernRegister register) {
    this.register = register;
    setSizeFull();
    status.setLabel("Status");
    status.setItems(ConcernStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
    status.setEmptySelectionAllowed(true);
    status.setId("concern-status-filter");
    status.addValueChangeListener(e -> refresh());
    child.setId("concern-child-filter");
    child.setPlaceholder("starts with, e.g. CF-10");
    team.setId("concern-team-filter");
    team.setPlaceholder("e.g. CF-STR-1");
    person.setId("concern-person-filter");
    person.setPlaceholder("username");
    for (TextField field : new TextField[] {child, team, person}) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    raisedFrom.setId("concern-raised-from");
    raisedTo.setId("concern-raised-to");
    for (DatePicker date : new DatePicker[] {raisedFrom, raisedTo}) {
      date.setClearButtonVisible(true);
      date.setLocale(Locale.UK);
      date.addValueChangeListener(e -> refresh());
    }
    FlexLayout filters = new FlexLayout(status, child, team, person, raisedFrom, raisedTo);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the register");
    count.setId("concern-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("concern-grid");
    grid.addColumn(ConcernEntry::childReference).setHeader("Child").setAutoWidth(true).setSortProperty("childReference");
    grid.addColumn(ConcernEntry::reason).setHeader("Reason").setFlexGrow(3);
    grid.addColumn(e -> e.status().label()).setHeader("Status").setAutoWidth(true).setSortProperty("status");
    grid.addColumn(ConcernEntry::teamCode).setHeader("Team").setAutoWidth(true).setSortProperty("teamCode");
    grid.addColumn(e -> e.responsibleManager() == null ? "—" : e.responsibleManager()).setHeader("Responsible manager")
        .setSortProperty("responsibleManager");
    grid.addColumn(e -> WHEN.format(e.raisedAt())).setHeader("Raised").setAutoWidth(true).setSortProperty("raisedAt");
    grid.addColumn(ConcernEntry::raisedBy).setHeader("Raised by").setSortProperty("raisedBy");
    grid.addColumn(e -> DAY.format(e.reviewDate())).setHeader("Review by").setSortProperty("reviewDate");
    grid.addComponentColumn(this::resolveButton).setHeader("").setAutoWidth(true);
    grid.setItems(query -> query.getLimit() == 0 ? Stream.empty() // a count of none asks for nothing
            : register.visibleRows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> counted(() -> register.visibleCount(filter())));
    add(new H2("Cases of Concern"),
        new Paragraph("Children found at risk in an audit, dip sample or surgery, until the risk is resolved. Nothing is deleted."),
        filters, count, grid);
    setFlexGrow(1, grid);
  }

  ConcernFilter filter() {
    return new ConcernFilter(status.getValue(), child.getValue(), team.getValue(), null, person.getValue(),
        raisedFrom.getValue(), raisedTo.getValue());
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }

  /** Counts once per filter (the grid asks when it is refreshed) and says how many match; a bad range matches none. */
  private int counted(LongSupplier size) {
    raisedTo.setInvalid(false);
    try {
      long n = size.getAsLong();
      count.setText(String.format(Locale.UK, "%,d %s", n, n == 1 ? "entry" : "entries"));
      return (int) Math.min(Integer.MAX_VALUE, n);
    } catch (IllegalArgumentException e) {
      raisedTo.setErrorMessage(e.getMessage());
      raisedTo.setInvalid(true);
      count.setText(e.getMessage());
      return 0;
    }
  }

  private Button resolveButton(ConcernEntry entry) {
    Button resolve = new Button("Resolve", e -> {
      TextField resolution = new TextField("How was the risk resolved?");
      Dialog dialog = new Dialog(resolution);
      dialog.setHeaderTitle("Resolve concern about " + entry.childReference());
      Button save = new Button("Resolve", ev -> {
        try {
          register.resolve(entry.id(), resolution.getValue());
          dialog.close();
          refresh();
        } catch (IllegalArgumentException ex) {
          resolution.setErrorMessage(ex.getMessage());
          resolution.setInvalid(true);
        } catch (AccessDeniedException ex) {
          Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
      });
      dialog.getFooter().add(new Button("Cancel", ev -> dialog.close()), save);
      dialog.open();
    });
    resolve.setVisible(entry.status() != ConcernStatus.RESOLVED);
    resolve.getElement().setAttribute("aria-label", "Resolve concern about " + entry.childReference());
    return resolve;
  }
}
