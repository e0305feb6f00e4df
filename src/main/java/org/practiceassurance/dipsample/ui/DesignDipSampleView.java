package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.OrgService;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.dipsample.DipSampleDesign;
import org.practiceassurance.dipsample.DipSampleDetails;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.QuestionLibrary;
import org.practiceassurance.dipsample.SamplePreview;
import org.practiceassurance.dipsample.StratifiedSampler;
import org.practiceassurance.dipsample.Theme;
import org.practiceassurance.security.Roles;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A quality manager designs a dip sample: theme, population, size, strata and reviewers; previews
 * the draw (its make-up and who holds what) and launches exactly what was previewed. Opened with a
 * task id, it completes the design of a sample another process asked for.
 */
@Route("dip-samples/design")
@PageTitle("Design a dip sample | Practice Assurance")
@RolesAllowed(Roles.QUALITY_MANAGER)
public class DesignDipSampleView extends VerticalLayout implements HasUrlParameter<String> {

  private final DipSamples dipSamples;
  final H2 heading = new H2("Design a dip sample");
  final Paragraph requestNote = new Paragraph();
  final TextField title = new TextField("Title");
  final ComboBox<Theme> theme = new ComboBox<>("Theme");
  final ComboBox<OrgService> service = new ComboBox<>("Service");
  final ComboBox<Team> team = new ComboBox<>("Team");
  final ComboBox<String> locality = new ComboBox<>("Locality");
  final ComboBox<LegalStatus> legalStatus = new ComboBox<>("Legal status");
  final DatePicker openedFrom = new DatePicker("Opened on or after");
  final DatePicker openedTo = new DatePicker("Opened on or before");
  final TextArea childReferences = new TextArea("Or a list of child references");
  final Upload referenceUpload = new Upload();
  final RadioButtonGroup<SizeMode> sizeMode = new RadioButtonGroup<>("Size given as");
  final IntegerField sizeValue = new IntegerField("Size");
  final RadioButtonGroup<Stratification> stratifyBy = new RadioButtonGroup<>("Stratify by");
  final IntegerField minimumPerStratum = new IntegerField("Minimum files per stratum");
  final Checkbox excludeOpenSamples = new Checkbox("Leave out files already in another open dip sample", true);
  final TextField seed = new TextField("Random seed");
  final MultiSelectComboBox<String> reviewers = new MultiSelectComboBox<>("Reviewers");
  final DatePicker dueDate = new DatePicker("Reviews due");
  final Button preview = new Button("Preview the draw");
  final Button launch = new Button("Launch");
  final Span message = new Span();
  final Span previewSummary = new Span();
  final Grid<SamplePreview.RejectedReference> rejected = new Grid<>();
  final Grid<StratifiedSampler.Allocation> allocation = new Grid<>();
  final Grid<SamplePreview.DrawnFile> files = new Grid<>();
  final Span load = new Span();
  private final VerticalLayout previewArea = new VerticalLayout();
  private final FormProblems problems;
  private String taskId;
  private SamplePreview previewed;

  public DesignDipSampleView(DipSamples dipSamples, QuestionLibrary library, CaseFiles caseFiles) {
    this.dipSamples = dipSamples;
    setMaxWidth("80rem");
    title.setId("title");
    title.setRequired(true);
    title.setMaxLength(200);
    title.setWidthFull();
    theme.setId("theme");
    theme.setItems(library.themes());
    theme.setItemLabelGenerator(t -> t.name() + " (v" + t.latestVersion() + ", " + t.questionCount() + " questions)");
    theme.setRequired(true);
    service.setId("service");
    service.setItems(caseFiles.services());
    service.setItemLabelGenerator(s -> s.code() + " — " + s.name());
    service.setClearButtonVisible(true);
    List<Team> teams = caseFiles.teams();
    team.setId("team");
    team.setItems(teams);
    team.setItemLabelGenerator(t -> t.code() + " — " + t.name());
    team.setClearButtonVisible(true);
    locality.setId("locality");
    locality.setItems(teams.stream().map(Team::locality).filter(l -> l != null && !l.isBlank()).distinct().sorted().toList());
    locality.setClearButtonVisible(true);
    legalStatus.setId("legal-status");
    legalStatus.setItems(LegalStatus.values());
    legalStatus.setClearButtonVisible(true);
    openedFrom.setId("opened-from");
    openedTo.setId("opened-to");
    childReferences.setId("child-references");
    childReferences.setWidthFull();
    childReferences.setHelperText("One per line (commas or spaces also separate). References not on the roster, closed"
        + " or outside the filters are reported by line and left out; the rest are kept.");
    referenceUpload.setId("reference-upload");
    referenceUpload.setAcceptedFileTypes(".txt", ".csv", "text/plain", "text/csv");
    referenceUpload.setMaxFileSize(1_000_000);
    referenceUpload.setDropLabel(new Span("Upload a list (.txt or .csv)"));
    referenceUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
      childReferences.setValue(childReferences.getValue().isBlank() ? text : childReferences.getValue() + "\n" + text);
    }))));
    sizeMode.setId("size-mode");
    sizeMode.setItems(SizeMode.values());
    sizeMode.setItemLabelGenerator(m -> m == SizeMode.COUNT ? "Number of files" : "Percentage of the population");
    sizeMode.setValue(SizeMode.COUNT);
    sizeValue.setId("size");
    sizeValue.setValue(DipSampleDesign.DEFAULT_SIZE);
    sizeValue.setMin(1);
    stratifyBy.setId("stratify-by");
    stratifyBy.setItems(Stratification.values());
    stratifyBy.setItemLabelGenerator(s -> switch (s) {
      case NONE -> "Not stratified";
      case LOCALITY -> "Locality";
      case TEAM -> "Team";
    });
    stratifyBy.setValue(Stratification.LOCALITY);
    minimumPerStratum.setId("minimum-per-stratum");
    minimumPerStratum.setValue(2);
    minimumPerStratum.setMin(0);
    excludeOpenSamples.setId("exclude-open-samples");
    seed.setId("seed");
    seed.setHelperText("Filled in by the preview; keep it to draw exactly the same files again.");
    seed.setAllowedCharPattern("[0-9]");
    reviewers.setId("reviewers");
    reviewers.setItems(dipSamples.reviewerCandidates());
    reviewers.setHelperText("Files are shared out evenly; nobody gets a file of a team they manage or a child of their own.");
    reviewers.setWidthFull();
    dueDate.setId("due-date");
    dueDate.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14));
    preview.setId("preview");
    launch.setId("launch");
    launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    launch.setEnabled(false);
    requestNote.setId("request-note");
    requestNote.setVisible(false);

    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("themeCode", theme);
    fields.put("serviceCode", service);
    fields.put("teamCode", team);
    fields.put("openedTo", openedTo);
    fields.put("childReferences", childReferences);
    fields.put("sizeValue", sizeValue);
    fields.put("minimumPerStratum", minimumPerStratum);
    fields.put("reviewers", reviewers);
    fields.put("dueDate", dueDate);
    problems = new FormProblems(fields, message)
        .fieldErrors(InvalidDipSample.class, InvalidDipSample::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);

    FormLayout population = new FormLayout(service, team, locality, legalStatus, openedFrom, openedTo);
    FormLayout draw = new FormLayout(sizeMode, sizeValue, stratifyBy, minimumPerStratum, excludeOpenSamples, seed);
    previewSummary.setId("preview-summary");
    rejected.setId("rejected-references");
    rejected.addColumn(SamplePreview.RejectedReference::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    rejected.addColumn(SamplePreview.RejectedReference::reference).setHeader("Reference").setAutoWidth(true);
    rejected.addColumn(SamplePreview.RejectedReference::reason).setHeader("Why it was left out");
    rejected.setAllRowsVisible(true);
    allocation.setId("allocation");
    allocation.addColumn(StratifiedSampler.Allocation::stratum).setHeader("Stratum");
    allocation.addColumn(StratifiedSampler.Allocation::size).setHeader("Files in population");
    allocation.addColumn(StratifiedSampler.Allocation::drawn).setHeader("Drawn");
    allocation.setAllRowsVisible(true);
    files.setId("drawn-files");
    files.addColumn(SamplePreview.DrawnFile::childReference).setHeader("Child");
    files.addColumn(SamplePreview.DrawnFile::teamCode).setHeader("Team");
    files.addColumn(SamplePreview.DrawnFile::locality).setHeader("Locality");
    files.addColumn(SamplePreview.DrawnFile::legalStatus).setHeader("Legal status");
    files.addColumn(SamplePreview.DrawnFile::reviewer).setHeader("Reviewer");
    files.setHeight("24rem");
    load.setId("reviewer-load");
    previewArea.setPadding(false);
    previewArea.add(new H3("Preview"), previewSummary, rejected, new H3("Make-up"), allocation, load,
        new H3("Drawn files"), files);
    previewArea.setVisible(false);

    preview.addClickListener(e -> problems.attempt(this::showPreview, null));
    launch.addClickListener(e -> problems.attempt(this::launch, null));
    List<AbstractField<?, ?>> designFields = List.of(title, theme, service, team, locality, legalStatus, openedFrom,
        openedTo, childReferences, sizeMode, sizeValue, stratifyBy, minimumPerStratum, excludeOpenSamples, seed,
        reviewers, dueDate);
    designFields.forEach(f -> f.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        launch.setEnabled(false); // what is launched must be what was previewed
      }
    }));

    add(heading, requestNote, title, theme, new H3("Population"), population, childReferences, referenceUpload,
        new H3("Draw"), draw, new H3("Reviewers"), reviewers, dueDate, new HorizontalLayout(preview, launch), message,
        previewArea);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
    taskId = parameter;
    if (taskId == null) {
      return;
    }
    problems.attempt(() -> {
      DipSampleDesign design = dipSamples.requestedDesign(taskId);
      DipSampleDetails requested = dipSamples.requestedSample(taskId);
      heading.setText("Design the requested dip sample");
      requestNote.setText("Asked for by " + requested.requestedBy()
          + (requested.requestReason() == null ? "" : ": " + requested.requestReason()));
      requestNote.setVisible(true);
      fill(design);
    }, null);
  }

  private void fill(DipSampleDesign d) {
    title.setValue(d.title() == null ? "" : d.title());
    theme.getListDataView().getItems().filter(t -> t.code().equals(d.themeCode())).findFirst().ifPresent(theme::setValue);
    service.getListDataView().getItems().filter(s -> s.code().equals(d.serviceCode())).findFirst().ifPresent(service::setValue);
    team.getListDataView().getItems().filter(t -> t.code().equals(d.teamCode())).findFirst().ifPresent(team::setValue);
    locality.setValue(d.locality());
    legalStatus.setValue(d.legalStatus());
    sizeMode.setValue(d.sizeMode());
    sizeValue.setValue(d.sizeValue());
    stratifyBy.setValue(d.stratifyBy());
    minimumPerStratum.setValue(d.minimumPerStratum());
    excludeOpenSamples.setValue(d.excludeOpenSamples());
    dueDate.setValue(d.dueDate());
  }

  DipSampleDesign design() {
    return new DipSampleDesign(title.getValue(), theme.getValue() == null ? null : theme.getValue().code(),
        service.getValue() == null ? null : service.getValue().code(), team.getValue() == null ? null : team.getValue().code(),
        locality.getValue(), legalStatus.getValue(), openedFrom.getValue(), openedTo.getValue(), childReferences.getValue(),
        sizeMode.getValue(), sizeValue.getValue() == null ? 0 : sizeValue.getValue(), stratifyBy.getValue(),
        minimumPerStratum.getValue() == null ? 0 : minimumPerStratum.getValue(), excludeOpenSamples.getValue(),
        seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue()), List.copyOf(reviewers.getValue()),
        dueDate.getValue());
  }

  private void showPreview() {
    previewed = dipSamples.preview(design());
    seed.setValue(String.valueOf(previewed.seed()));
    previewSummary.setText(previewed.files().size() + " files drawn from a population of " + previewed.populationSize()
        + (previewed.excludedInOpenSamples() > 0 ? " (" + previewed.excludedInOpenSamples()
            + " left out: already in another open dip sample)" : "") + ". Seed " + previewed.seed() + ".");
    rejected.setItems(previewed.rejectedReferences());
    rejected.setVisible(!previewed.rejectedReferences().isEmpty());
    allocation.setItems(previewed.allocation());
    files.setItems(previewed.files());
    StringBuilder who = new StringBuilder("Who holds what: ");
    previewed.loadByReviewer().forEach((reviewer, n) -> who.append(reviewer).append(" ").append(n).append(" · "));
    load.setText(who.substring(0, who.length() - 3));
    previewArea.setVisible(true);
    launch.setEnabled(true);
  }

  private void launch() {
    long id = taskId == null ? dipSamples.launch(design()) : dipSamples.launchRequested(taskId, design());
    getUI().ifPresent(ui -> ui.navigate(DipSampleView.class, id));
  }
}
