package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.OrgService;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.insight.InsightFilter;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/**
 * The filter above every insight page: how many months up to which month, and a service, locality
 * and team among those the person may see (a head of service chooses among their service's teams; a
 * team manager has their team only). The server narrows the filter again whatever is chosen here.
 */
public class InsightFilterBar extends Composite<FlexLayout> {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  final Select<Integer> months = new Select<>();
  final ComboBox<YearMonth> upTo = new ComboBox<>("Up to");
  final ComboBox<OrgService> service = new ComboBox<>("Service");
  final ComboBox<String> locality = new ComboBox<>("Locality");
  final ComboBox<Team> team = new ComboBox<>("Team");
  private final List<Team> visibleTeams;
  private Consumer<InsightFilter> listener = f -> {};

  public InsightFilterBar(CaseFiles caseFiles, UserIdentity me, int defaultMonths) {
    months.setLabel("Months");
    months.setId("filter-months");
    months.setItems(1, 3, 6, 12, 24, 36);
    months.setItemLabelGenerator(n -> n == 1 ? "1 month" : n + " months");
    months.setValue(defaultMonths);

    upTo.setId("filter-up-to");
    YearMonth now = YearMonth.now(UK);
    List<YearMonth> recent = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      recent.add(now.minusMonths(i));
    }
    upTo.setItems(recent);
    upTo.setItemLabelGenerator(MONTH::format);
    upTo.setValue(now);
    upTo.setAllowCustomValue(false);

    boolean county = OrganisationScope.seesWholeCounty(me);
    visibleTeams = county ? caseFiles.teams() : caseFiles.teamsVisibleTo(me);
    service.setId("filter-service");
    service.setItems(caseFiles.services().stream()
        .filter(s -> county || me.service().filter(s.code()::equals).isPresent() && me.hasRole(Roles.HEAD_OF_SERVICE)
            || visibleTeams.stream().anyMatch(t -> t.serviceCode().equals(s.code()))).toList());
    service.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
    service.setClearButtonVisible(true);
    service.setPlaceholder(county ? "Every service" : null);
    locality.setId("filter-locality");
    locality.setItems(visibleTeams.stream().map(Team::locality).filter(Objects::nonNull).distinct().sorted().toList());
    locality.setClearButtonVisible(true);
    locality.setPlaceholder("Every locality");
    team.setId("filter-team");
    team.setItemLabelGenerator(t -> t.code() + " · " + t.name());
    team.setClearButtonVisible(true);
    team.setPlaceholder("Every team");
    teamsFor(null);

    if (me.hasRole(Roles.HEAD_OF_SERVICE) && !county) {
      service.setValue(service.getListDataView().getItems().findFirst().orElse(null));
      service.setReadOnly(true);
    }
    if (!county && !me.hasRole(Roles.HEAD_OF_SERVICE)) {
      service.setVisible(false);
      locality.setVisible(false);
      team.setValue(visibleTeams.isEmpty() ? null : visibleTeams.get(0));
      team.setReadOnly(true);
    }

    service.addValueChangeListener(e -> {
      teamsFor(e.getValue());
      changed();
    });
    months.addValueChangeListener(e -> changed());
    upTo.addValueChangeListener(e -> changed());
    locality.addValueChangeListener(e -> changed());
    team.addValueChangeListener(e -> changed());

    FlexLayout bar = getContent();
    bar.add(months, upTo, service, locality, team);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("gap", "var(--lumo-space-m)");
    bar.getElement().setAttribute("role", "search");
    bar.getElement().setAttribute("aria-label", "Choose the months and the part of the county");
  }

  private void teamsFor(OrgService chosen) {
    Team current = team.getValue();
    List<Team> teams = visibleTeams.stream().filter(t -> chosen == null || t.serviceCode().equals(chosen.code())).toList();
    team.setItems(teams);
    if (current != null && teams.contains(current)) {
      team.setValue(current);
    }
  }

  /** Called with the new filter whenever a choice changes. */
  public void onChange(Consumer<InsightFilter> listener) {
    this.listener = listener;
  }

  public InsightFilter filter() {
    YearMonth last = upTo.getValue() == null ? YearMonth.now(UK) : upTo.getValue();
    int n = months.getValue() == null ? 12 : months.getValue();
    return new InsightFilter(last.minusMonths(n - 1L), last, service.getValue() == null ? null : service.getValue().code(),
        locality.getValue(), team.getValue() == null ? null : team.getValue().code());
  }

  private void changed() {
    listener.accept(filter());
  }
}
