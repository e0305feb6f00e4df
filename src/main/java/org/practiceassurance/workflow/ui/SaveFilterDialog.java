package org.practiceassurance.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.practiceassurance.security.Roles;
import org.practiceassurance.workflow.SavedTaskFilter;
import org.practiceassurance.workflow.SavedTaskFilters;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskSearch;

/** Names and keeps the task list as it is looked at now; a quality manager may share it with a role. */
class SaveFilterDialog extends Dialog {

  final TextField name = new TextField("Name");
  final Select<String> role = new Select<>();

  SaveFilterDialog(SavedTaskFilters filters, TaskSearch search, boolean mayShare, Consumer<SavedTaskFilter> kept) {
    setId("save-filter-dialog");
    setHeaderTitle("Save this filter");
    name.setId("save-filter-name");
    name.setMaxLength(SavedTaskFilters.MAX_NAME);
    name.setRequired(true);
    name.setWidthFull();
    role.setId("save-filter-role");
    role.setLabel("Share with everyone who is a");
    role.setItems(Roles.ALL);
    role.setEmptySelectionAllowed(true);
    role.setEmptySelectionCaption("Nobody: keep it to myself");
    role.setVisible(mayShare);
    add(new VerticalLayout(name, role));

    Button save = new Button("Save", e -> {
      try {
        SavedTaskFilter filter = filters.save(name.getValue(), search, role.getValue());
        close();
        kept.accept(filter);
      } catch (IllegalArgumentException | TaskAccessDeniedException problem) {
        name.setErrorMessage(problem.getMessage());
        name.setInvalid(true);
        name.focus();
      }
    });
    save.setId("save-filter-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> close());
    getFooter().add(cancel, save);
  }
}
