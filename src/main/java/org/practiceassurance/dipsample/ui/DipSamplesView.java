package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Stream;
import org.practiceassurance.dipsample.DipSampleFilter;
import org.practiceassurance.dipsample.DipSampleStatus;
import org.practiceassurance.dipsample.DipSampleSummary;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.QuestionLibrary;
import org.practiceassurance.dipsample.Theme;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;

/**
 * Every dip sample the person may follow, with its progress: filtered, sorted and paged in the
 * database; the view keeps its filter values only. Quality managers design new ones here.
 */
@Route("dip-samples")
@PageTitle("Dip samples | Practice Assurance")
@Menu(title = "Dip samples", order = 33, icon = "vaadin:records")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR})
public class DipSamplesView extends VerticalLayout {

  final Grid<DipSampleSummary> grid = new Grid<>();
  final Button design = new Button("Design a dip sample");
  final TextField title = new TextField("Title");
  final ComboBox<Theme> theme = new ComboBox<>("Theme");
  final ComboBox<DipSampleStatus> status = new ComboBox<>("Status");
  final TextField lead = new TextField("Lead");
  final TextField child = new TextField("Child reference");
  final Span count = new Span();

  public DipSamplesView(DipSamples dipSamples, QuestionLibrary library, CurrentUser currentUser) {
    setSizeFull();
    design.setId("design-dip-sample");
    design.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    design.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DesignDipSampleView.class)));
    design.setVisible(currentUser.get().hasRole(Roles.QUALITY_MANAGER));

    title.setId("filter-title");
    title.setPlaceholder("words in the title");
    lead.setId("filter-lead");
    lead.setPlaceholder("username");
    child.setId("filter-child");
    child.setPlaceholder("samples that drew, e.g. CF-10");
    for (TextField field : new TextField[] {title, lead, child}) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    theme.setId("filter-theme");
    theme.setItems(library.themes());
    theme.setItemLabelGenerator(Theme::name);
    theme.setClearButtonVisible(true);
    theme.addValueChangeListener(e -> refresh());
    status.setId("filter-status");
    status.setItems(DipSampleStatus.values());
    status.setItemLabelGenerator(DipSampleView::statusText);
    status.setClearButtonVisible(true);
    status.addValueChangeListener(e -> refresh());
    FlexLayout filters = new FlexLayout(title, theme, status, lead, child);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the dip samples");
    count.setId("dip-sample-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("dip-samples");
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    grid.addComponentColumn(s -> new Anchor(routes.getUrl(DipSampleView.class, s.id()), s.title()))
        .setHeader("Dip sample").setFlexGrow(3).setSortProperty("title");
    grid.addColumn(s -> s.themeName() + " v" + s.questionSetVersion()).setHeader("Theme").setFlexGrow(2);
    grid.addColumn(DipSampleSummary::runNumber).setHeader("Run").setAutoWidth(true).setFlexGrow(0)
        .setSortProperty("runNumber");
    grid.addColumn(s -> DipSampleView.statusText(s.status())).setHeader("Status").setSortProperty("status");
    grid.addColumn(s -> s.reviewed() + " / " + s.total()).setHeader("Reviewed");
    grid.addColumn(DipSampleSummary::lead).setHeader("Lead").setSortProperty("lead");
    grid.addColumn(s -> DipSampleView.DATE.format(s.dueDate())).setHeader("Due").setSortProperty("dueDate");
    grid.setItems(query -> query.getLimit() == 0 ? Stream.empty() // a count of none asks for nothing
            : dipSamples.visibleRows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> {
          long n = dipSamples.visibleCount(filter());
          count.setText(String.format(Locale.UK, "%,d %s", n, n == 1 ? "dip sample" : "dip samples"));
          return (int) Math.min(Integer.MAX_VALUE, n);
        });
    HorizontalLayout top = new HorizontalLayout(new H2("Dip samples"), design);
    top.setAlignItems(Alignment.BASELINE);
    add(top, filters, count, grid);
    setFlexGrow(1, grid);
  }

  DipSampleFilter filter() {
    return new DipSampleFilter(title.getValue(), theme.getValue() == null ? null : theme.getValue().code(),
        status.getValue(), lead.getValue(), child.getValue(), null, null);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }
}
