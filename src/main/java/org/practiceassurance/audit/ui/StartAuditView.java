package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.security.Roles;

/** Quality managers: start an audit of one child's case file, offered to the auditors. */
@Route("audits/start")
@PageTitle("Start an audit | Practice Assurance")
@Menu(title = "Start an audit", order = 10, icon = "vaadin:file-add")
@RolesAllowed(Roles.QUALITY_MANAGER)
public class StartAuditView extends VerticalLayout {

  final TextField childReference = new TextField("Child reference");
  final DatePicker dueDate = new DatePicker("Due");
  final Button start = new Button("Start audit");

  public StartAuditView(CaseFileAudits audits) {
    childReference.setRequired(true);
    childReference.setHelperText("As in the case management system, e.g. CF-104233");
    childReference.setId("child-reference");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    dueDate.setValue(today.plusDays(14));
    dueDate.setMin(today);
    dueDate.setRequired(true);
    dueDate.setId("due-date");
    start.setId("start-audit");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(e -> {
      childReference.setInvalid(false);
      dueDate.setInvalid(false);
      try {
        audits.startAudit(childReference.getValue(), dueDate.getValue());
        Notification.show("Audit of " + childReference.getValue().trim() + " started and offered to the auditors.",
            4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        childReference.clear();
      } catch (CaseFileAudits.InvalidAuditRequest ex) {
        if ("dueDate".equals(ex.field())) {
          dueDate.setErrorMessage(ex.getMessage());
          dueDate.setInvalid(true);
        } else {
          childReference.setErrorMessage(ex.getMessage());
          childReference.setInvalid(true);
        }
      }
    });
    add(new H2("Start an audit"), new FormLayout(childReference, dueDate), start);
  }
}
