package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.practiceassurance.dipsample.InvalidQuestionSet;
import org.practiceassurance.dipsample.Question;
import org.practiceassurance.dipsample.QuestionLibrary;
import org.practiceassurance.dipsample.QuestionSet;
import org.practiceassurance.dipsample.Theme;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The question library of dip samples: every theme with its latest question set, and its earlier
 * versions. Quality managers write a new version (from the one shown) or a new theme; a published
 * version is never changed, so samples already run keep the questions they were run with.
 * {@code dip-samples/themes/<CODE>} opens one theme.
 */
@Route("dip-samples/themes")
@PageTitle("Dip-sample themes | Practice Assurance")
@Menu(title = "Dip-sample themes", order = 35, icon = "vaadin:list-ol")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class ThemesView extends VerticalLayout implements HasUrlParameter<String> {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final QuestionLibrary library;
  private final boolean canEdit;

  private final Grid<Theme> themeGrid = new Grid<>();
  private final VerticalLayout detail = new VerticalLayout();
  private final H3 themeTitle = new H3();
  private final Paragraph themeDescription = new Paragraph();
  private final Select<QuestionSet> versionPicker = new Select<>();
  private final Grid<Question> questionGrid = new Grid<>();
  private final Button editVersion = new Button("Edit as new version", VaadinIcon.EDIT.create());
  private final Button newTheme = new Button("New theme", VaadinIcon.PLUS.create());

  private final VerticalLayout editor = new VerticalLayout();
  private final H3 editorTitle = new H3();
  private final Paragraph editorHint = new Paragraph();
  private final Span editorMessage = new Span();
  private final TextField code = new TextField("Code");
  private final TextField name = new TextField("Name");
  private final TextArea description = new TextArea("Description");
  private final FormLayout themeFields = new FormLayout(code, name, description);
  private final QuestionRows rows = new QuestionRows();
  private final Button publish = new Button();
  private final Button create = new Button("Create theme");
  private final Button cancel = new Button("Cancel");

  /** The theme shown, and the latest version when an edit of it began. */
  private Theme shown;
  private int editingFromLatest;

  public ThemesView(QuestionLibrary library, CurrentUser currentUser) {
    this.library = library;
    this.canEdit = currentUser.get().hasRole(Roles.QUALITY_MANAGER);
    setMaxWidth("90rem");

    themeGrid.setId("theme-grid");
    themeGrid.addColumn(Theme::name).setHeader("Theme").setFlexGrow(3);
    themeGrid.addColumn(Theme::latestVersion).setHeader("Latest version").setAutoWidth(true);
    themeGrid.addColumn(Theme::questionCount).setHeader("Questions").setAutoWidth(true);
    themeGrid.setAllRowsVisible(true);
    themeGrid.asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        show(e.getValue());
      }
    });

    themeTitle.setId("theme-title");
    themeDescription.setId("theme-description-text");
    versionPicker.setId("version-picker");
    versionPicker.setLabel("Version");
    versionPicker.setItemLabelGenerator(this::versionLabel);
    versionPicker.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        questionGrid.setItems(e.getValue().questions());
      }
    });
    questionGrid.setId("question-grid");
    questionGrid.addColumn(Question::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    questionGrid.addColumn(Question::text).setHeader("Question").setFlexGrow(3);
    questionGrid.addColumn(q -> q.answerType().label()).setHeader("Answer").setAutoWidth(true).setFlexGrow(0);
    questionGrid.addColumn(Question::guidance).setHeader("Guidance").setFlexGrow(3);
    questionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    questionGrid.setAllRowsVisible(true);
    detail.setPadding(false);
    detail.add(themeTitle, themeDescription, versionPicker, questionGrid);
    detail.setVisible(false);

    add(new H2("Dip-sample themes"), new Paragraph("Each theme's questions are published as numbered versions. "
        + "A published version never changes: a sample keeps the questions it was run with, and a re-run with a "
        + "later version is compared question by question."));
    if (canEdit) {
      editVersion.setId("edit-version");
      editVersion.addClickListener(e -> editAsNewVersion());
      detail.add(editVersion);
      newTheme.setId("new-theme");
      newTheme.addClickListener(e -> startNewTheme());
      add(newTheme);
      buildEditor();
    }
    add(themeGrid, detail, editor);
    editor.setVisible(false);
    refreshThemes(null);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String themeCode) {
    if (themeCode != null) {
      refreshThemes(themeCode.toUpperCase(Locale.ROOT));
    }
  }

  private void buildEditor() {
    editor.setId("question-editor");
    editor.setPadding(false);
    editorTitle.setId("editor-title");
    editorMessage.setId("editor-message");
    editorMessage.getElement().setAttribute("role", "alert");
    editorMessage.getElement().getThemeList().add("badge error");
    editorMessage.setVisible(false);
    code.setId("theme-code");
    code.setMaxLength(40);
    code.setHelperText("Capital letters, digits and underscores, e.g. CHILD_EXPLOITATION. Cannot be changed later.");
    name.setId("theme-name");
    name.setMaxLength(QuestionLibrary.MAX_NAME);
    description.setId("theme-description");
    description.setMaxLength(QuestionLibrary.MAX_DESCRIPTION);
    description.setHelperText("What the sample looks for and when it is run");
    themeFields.setColspan(description, 2);
    publish.setId("publish-version");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(e -> publishVersion());
    create.setId("create-theme");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> createTheme());
    cancel.setId("cancel-edit");
    cancel.addClickListener(e -> {
      closeEditor();
      refreshThemes(null); // someone else may have published meanwhile
    });
    editor.add(editorTitle, editorHint, themeFields, rows, editorMessage, new HorizontalLayout(publish, create, cancel));
  }

  private void refreshThemes(String select) {
    List<Theme> themes = library.themes();
    themeGrid.setItems(themes);
    String code = select != null ? select : shown != null ? shown.code() : null;
    themes.stream().filter(t -> t.code().equals(code)).findFirst()
        .or(() -> code == null ? themes.stream().findFirst() : java.util.Optional.empty())
        .ifPresentOrElse(themeGrid::select, () -> {
          themeGrid.deselectAll();
          detail.setVisible(false);
        });
  }

  private void show(Theme theme) {
    shown = theme;
    List<QuestionSet> versions;
    try {
      versions = library.versions(theme.code());
    } catch (NoSuchElementException e) {
      refreshThemes(null);
      return;
    }
    themeTitle.setText(theme.name() + " (" + theme.code() + ")");
    themeDescription.setText(theme.description());
    versionPicker.setItems(versions);
    versionPicker.setValue(versions.get(0));
    detail.setVisible(true);
  }

  private String versionLabel(QuestionSet set) {
    if (set == null) {
      return "";
    }
    return "Version " + set.version() + (shown != null && set.version() == shown.latestVersion() ? " (latest)" : "")
        + " · " + DATE.format(set.createdAt()) + " · " + set.createdBy();
  }

  private void editAsNewVersion() {
    QuestionSet from = versionPicker.getValue();
    if (shown == null || from == null) {
      return;
    }
    editingFromLatest = shown.latestVersion();
    int next = editingFromLatest + 1;
    editorTitle.setText(shown.name() + ": version " + next);
    editorHint.setText("Starting from version " + from.version() + ". Version " + from.version()
        + " stays as it is; samples already run keep their questions.");
    themeFields.setVisible(false);
    publish.setText("Publish version " + next);
    publish.setVisible(true);
    create.setVisible(false);
    rows.load(from.questions());
    openEditor();
  }

  private void startNewTheme() {
    editorTitle.setText("New theme");
    editorHint.setText("The theme starts at version 1 with the questions below.");
    code.clear();
    name.clear();
    description.clear();
    themeFields.setVisible(true);
    publish.setVisible(false);
    create.setVisible(true);
    rows.load(List.of());
    openEditor();
    code.focus();
  }

  private void openEditor() {
    clearProblems();
    editor.setVisible(true);
    detail.setVisible(false);
    themeGrid.setEnabled(false);
    newTheme.setEnabled(false);
  }

  private void closeEditor() {
    clearProblems();
    editor.setVisible(false);
    themeGrid.setEnabled(true);
    newTheme.setEnabled(true);
    detail.setVisible(shown != null);
  }

  private void publishVersion() {
    QuestionSet published = attempt(() -> library.publishVersion(shown.code(), editingFromLatest, rows.value()));
    if (published != null) {
      done("Version " + published.version() + " of " + published.themeName() + " published.", published.themeCode());
    }
  }

  private void createTheme() {
    Theme created = attempt(() -> library.createTheme(code.getValue(), name.getValue(), description.getValue(),
        rows.value()));
    if (created != null) {
      done("Theme " + created.name() + " created with " + created.questionCount()
          + (created.questionCount() == 1 ? " question." : " questions."), created.code());
    }
  }

  private void done(String message, String themeCode) {
    closeEditor();
    shown = null;
    refreshThemes(themeCode);
    Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  /** Runs a write; on a refusal the problems are shown beside their fields and the edit stays as it is. */
  private <T> T attempt(Supplier<T> write) {
    clearProblems();
    try {
      return write.get();
    } catch (InvalidQuestionSet e) {
      Map<String, String> rest = rows.showProblems(e.errors());
      Map<String, HasValidation> themeFieldsByKey = Map.of("code", code, "name", name, "description", description);
      StringBuilder general = new StringBuilder();
      rest.forEach((key, message) -> {
        HasValidation field = themeFields.isVisible() ? themeFieldsByKey.get(key) : null;
        if (field != null) {
          field.setErrorMessage(message);
          field.setInvalid(true);
        } else {
          general.append(general.isEmpty() ? "" : " ").append(message);
        }
      });
      if (!general.isEmpty()) {
        showMessage(general.toString());
      } else {
        showMessage("Nothing was saved: correct what is marked above.");
      }
    } catch (AccessDeniedException | NoSuchElementException e) {
      showMessage(e.getMessage());
    }
    return null;
  }

  private void showMessage(String text) {
    editorMessage.setText(text);
    editorMessage.setVisible(true);
  }

  private void clearProblems() {
    rows.clearProblems();
    code.setInvalid(false);
    name.setInvalid(false);
    description.setInvalid(false);
    editorMessage.setVisible(false);
  }
}
