package org.practiceassurance.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.ConcernStatus;
import org.springframework.security.access.AccessDeniedException;

/** The Cases of Concern register, as far as the person's scope reaches. Managers resolve entries here. */
@Route("concerns")
@PageTitle("Cases of Concern | Practice Assurance")
@Menu(title = "Cases of Concern", order = 40, icon = "vaadin:warning")
@PermitAll
public class ConcernRegisterView extends VerticalLayout {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));
  private final ConcernRegister register;
  private final Grid<ConcernEntry> grid = new Grid<>(ConcernEntry.class, false);
  private final Select<ConcernStatus> status = new Select<>();

  public ConcernRegisterView(ConcernRegister register) {
    this.register = register;
    setSizeFull();
    status.setLabel("Status");
    status.setItems(ConcernStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
    status.setEmptySelectionAllowed(true);
    status.setId("concern-status-filter");
    status.addValueChangeListener(e -> refresh());
    grid.setId("concern-grid");
    grid.addColumn(ConcernEntry::childReference).setHeader("Child").setAutoWidth(true);
    grid.addColumn(ConcernEntry::reason).setHeader("Reason").setFlexGrow(3);
    grid.addColumn(e -> e.status().label()).setHeader("Status").setAutoWidth(true);
    grid.addColumn(ConcernEntry::teamCode).setHeader("Team").setAutoWidth(true);
    grid.addColumn(e -> e.responsibleManager() == null ? "—" : e.responsibleManager()).setHeader("Responsible manager");
    grid.addColumn(e -> WHEN.format(e.raisedAt())).setHeader("Raised").setAutoWidth(true);
    grid.addColumn(ConcernEntry::raisedBy).setHeader("Raised by");
    grid.addColumn(ConcernEntry::reviewDate).setHeader("Review by");
    grid.addComponentColumn(this::resolveButton).setHeader("").setAutoWidth(true);
    add(new H2("Cases of Concern"),
        new Paragraph("Children found at risk in an audit, dip sample or surgery, until the risk is resolved. Nothing is deleted."),
        status, grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(register.visibleEntries().stream()
        .filter(e -> status.getValue() == null || e.status() == status.getValue()).toList());
  }

  private Button resolveButton(ConcernEntry entry) {
    Button resolve = new Button("Resolve", e -> {
      TextField resolution = new TextField("How was the risk resolved?");
      com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(resolution);
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
