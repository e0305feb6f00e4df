package org.practiceassurance.surgery;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.surgery.ui.SurgeriesView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The surgeries list and the accountable actions in SQL (each person's scope, complete however many
 * newer surgeries other services have, paged without overlap or gap, sorted and searched), and a
 * second ad-hoc surgery for the same scope and day refused with a clear message, nothing started.
 */
@SpringBootTest
class SurgeryListTest {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired Surgeries surgeries;
  @Autowired RosterImport roster;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @AfterEach
  void tidy() {
    BrowserlessUi.close();
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  /** {@code n} team surgeries of {@code team} on consecutive days back from {@code last}, statuses taking turns. */
  private List<Long> insert(int n, String service, String team, String lead, LocalDate last) {
    return jdbc.queryForList("""
        insert into pa.surgery (level, service_code, team_code, lead, due_date, ad_hoc, status, created_at)
        select 'TEAM', ?, ?, ?, cast(? as date) - g, g % 2 = 0, (array['SCHEDULED', 'PREPARED', 'HELD'])[1 + g % 3], now()
          from generate_series(1, ?) g
        returning id
        """, Long.class, service, team, lead, java.sql.Date.valueOf(last), n);
  }

  private static String stamp() {
    return String.valueOf(System.nanoTime() % 100_000_000);
  }

  private List<Long> ids(SurgeryFilter filter) {
    List<SurgerySummary> rows = surgeries.visibleRows(filter, Pageable.unpaged());
    assertThat(surgeries.visibleCount(filter)).isEqualTo(rows.size());
    return rows.stream().map(SurgerySummary::id).toList();
  }

  @Test
  void eachPersonSeesTheirScopeHoweverManyNewerSurgeriesOtherServicesHave() {
    String s = stamp();
    LocalDate today = LocalDate.now(UK);
    List<Long> cf = insert(2, "CF", "SL" + s + "-T", "hos1", today.minusDays(400));
    List<Long> ledElsewhere = insert(1, "RA", "SL" + s + "-R", "lead.sl" + s, today.minusDays(400));
    List<Long> newer = insert(600, "ZZ", "ZZ-" + s, "hos.zz", today.plusDays(700));

    TestUsers.signIn("hos.cf" + s, List.of("head-of-service"), "CF", null);
    Page<SurgerySummary> page = surgeries.visible(SurgeryFilter.NONE.withScope("sl" + s + "-t"), PageRequest.of(0, 50));
    assertThat(page.getContent()).extracting(SurgerySummary::id).containsExactlyElementsOf(cf);
    assertThat(ids(SurgeryFilter.NONE)).containsAll(cf).doesNotContainAnyElementsOf(ledElsewhere)
        .doesNotContainAnyElementsOf(newer);

    TestUsers.signIn("lead.sl" + s, List.of("director"), null, null);
    assertThat(surgeries.visibleCount(SurgeryFilter.NONE.withScope("ZZ-" + s))).as("directors see the county")
        .isEqualTo(600);
    TestUsers.signIn("lead.sl" + s, List.of("team-manager"), "RA", "SL" + s + "-R");
    assertThat(ids(SurgeryFilter.NONE)).as("a lead sees what they lead; a team's manager no more")
        .containsExactlyElementsOf(ledElsewhere);
    TestUsers.signIn("hos.ra" + s, List.of("head-of-service"), "RA", null);
    assertThat(ids(SurgeryFilter.NONE.withLead("LEAD.SL" + s))).containsExactlyElementsOf(ledElsewhere);
  }

  @Test
  void pagesNeitherOverlapNorLeaveGapsAndEachColumnSorts() {
    String s = stamp();
    String team = "SP" + s + "-T";
    List<Long> ours = insert(11, "CF", team, "hos1", LocalDate.now(UK).plusDays(30));
    TestUsers.qm1();
    SurgeryFilter filter = SurgeryFilter.NONE.withScope(team);
    for (Sort sort : List.of(Sort.unsorted(), Sort.by("status"), Sort.by("dueDate"), Sort.by("lead", "teamCode"),
        Sort.by(Sort.Direction.DESC, "level"))) {
      List<Long> paged = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        Page<SurgerySummary> page = surgeries.visible(filter, PageRequest.of(p, 4, sort));
        assertThat(page.getTotalElements()).isEqualTo(11);
        page.forEach(x -> paged.add(x.id()));
      }
      assertThat(paged).as("sorted by %s", sort).hasSize(11).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ours);
    }
    assertThat(surgeries.visibleRows(filter, PageRequest.of(0, 11))).extracting(SurgerySummary::dueDate)
        .as("latest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(surgeries.visibleRows(filter, PageRequest.of(0, 11, Sort.by("status")))).extracting(SurgerySummary::status)
        .isSorted();
    assertThat(ids(filter.withStatus(SurgeryStatus.HELD))).hasSize(4);
    assertThat(ids(filter.withAdHoc(true))).hasSize(5);
    LocalDate day = LocalDate.now(UK).plusDays(29);
    assertThat(ids(filter.withDates(day, day))).containsExactly(ours.get(0));
    assertThatThrownBy(() -> surgeries.visible(filter, PageRequest.of(0, 4, Sort.by("attendees"))))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.errors().get("sort")).contains("\"attendees\""));
    assertThatThrownBy(() -> surgeries.visibleCount(filter.withDates(day, day.minusDays(1))))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.errors()).containsOnlyKeys("dateTo"));
  }

  @Test
  void theSurgeryActionsAHeadOfServiceIsAccountableForArePagedAndFiltered() {
    String s = stamp();
    long surgery = insert(1, "CF", "SA" + s + "-T", "hos1", LocalDate.now(UK)).get(0);
    String hos = "hos.acc" + s;
    jdbc.update("""
        insert into pa.action (id, source, source_id, description, owner, raised_by, service_code, team_code, priority,
                               due_date, status, created_at, version)
        select 'K' || ? || lpad(g::text, 3, '0'), 'SURGERY', ?, 'Surgery action ' || g, 'tm1', 'hos1', 'CF', ?, 'MEDIUM',
               current_date + g, (array['OPEN', 'DONE_AWAITING_VERIFICATION'])[1 + g % 2], now(), 0
          from generate_series(1, 7) g
        """, s, String.valueOf(surgery), "SA" + s + "-T");
    jdbc.update("""
        insert into pa.surgery_action (action_id, surgery_id, accountable_hos)
        select 'K' || ? || lpad(g::text, 3, '0'), ?, case when g <= 6 then ? else 'hos.other' end
          from generate_series(1, 7) g
        """, s, surgery, hos);

    TestUsers.signIn(hos, List.of("head-of-service"), "CF", null);
    Page<AccountableAction> first = surgeries.accountableActions(RegisterFilter.NONE, PageRequest.of(0, 4));
    assertThat(first.getTotalElements()).isEqualTo(6);
    assertThat(first.getContent()).extracting(a -> a.action().id())
        .containsExactly("K" + s + "001", "K" + s + "002", "K" + s + "003", "K" + s + "004");
    assertThat(first.getContent()).allSatisfy(a -> {
      assertThat(a.surgeryId()).isEqualTo(surgery);
      assertThat(a.verifyTaskId()).as("no process runs these rows").isNull();
    });
    assertThat(surgeries.accountableActions(RegisterFilter.NONE, first.nextPageable()).getContent())
        .extracting(a -> a.action().id()).containsExactly("K" + s + "005", "K" + s + "006");
    assertThat(surgeries.accountableActionCount(RegisterFilter.NONE.withStatus(ActionStatus.DONE_AWAITING_VERIFICATION)))
        .isEqualTo(3);
    assertThat(surgeries.accountableActionRows(RegisterFilter.NONE, PageRequest.of(0, 6, Sort.by(Sort.Direction.DESC,
        "dueDate")))).extracting(a -> a.action().id()).startsWith("K" + s + "006");
    TestUsers.signIn("hos.none" + s, List.of("head-of-service"), "CF", null);
    assertThat(surgeries.accountableActionCount(RegisterFilter.NONE)).isZero();
  }

  @Test
  void aSecondAdHocSurgeryForTheSameScopeAndDayIsRefusedWithAClearMessage() {
    SurgeryFixtures county = new SurgeryFixtures(roster);
    LocalDate day = LocalDate.now(UK).plusDays(3);
    String said = "Team " + county.team + " already has a surgery on "
        + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    SurgeryFixtures.hos1();
    long first = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, day);

    assertThatThrownBy(() -> surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team.toLowerCase(), day))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.errors().get("dueDate")).startsWith(said));
    assertThat(surgeries.visibleRows(SurgeryFilter.NONE.withScope(county.team), Pageable.unpaged()))
        .extracting(SurgerySummary::id).containsExactly(first);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("SG-" + first).count()).isEqualTo(1);

    // a service has no team code, so the database does not refuse a second one: the check does
    SurgeryFixtures.director1();
    LocalDate later = LocalDate.now(UK).plusDays(400);
    surgeries.scheduleAdHoc(SurgeryLevel.SERVICE, "CF", later);
    assertThatThrownBy(() -> surgeries.scheduleAdHoc(SurgeryLevel.SERVICE, "cf", later))
        .isInstanceOfSatisfying(InvalidSurgery.class,
            e -> assertThat(e.errors().get("dueDate")).startsWith("Service CF already has a surgery on"));
    assertThat(surgeries.visibleCount(SurgeryFilter.NONE.withScope("CF").withLevel(SurgeryLevel.SERVICE)
        .withDates(later, later))).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theScreenSaysSoBesideTheDateAndKeepsWhatWasChosen() {
    SurgeryFixtures county = new SurgeryFixtures(roster);
    SurgeryFixtures.hos1();
    LocalDate day = LocalDate.now(UK).plusDays(5);
    surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, day);

    BrowserlessUi.open(context);
    UI.getCurrent().navigate("surgeries");
    _get(TextField.class, spec -> spec.withId("filter-scope")).setValue(county.team);
    assertThat(_get(Span.class, spec -> spec.withId("surgery-count")).getText()).isEqualTo("1 surgery");
    Grid<SurgerySummary> grid = _get(Grid.class, spec -> spec.withId("surgeries"));
    assertThat(grid.getLazyDataView().getItems()).extracting(SurgerySummary::dueDate).containsExactly(day);

    ComboBox<String> scope = _get(ComboBox.class, spec -> spec.withId("adhoc-scope"));
    scope.setValue(county.team);
    DatePicker date = _get(DatePicker.class, spec -> spec.withId("adhoc-date"));
    date.setValue(day);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("call-surgery")));

    assertThat(date.isInvalid()).isTrue();
    assertThat(date.getErrorMessage()).startsWith("Team " + county.team + " already has a surgery on");
    assertThat(scope.getValue()).isEqualTo(county.team);
    assertThat(date.getValue()).isEqualTo(day);
    NavigatorKt.expectView(SurgeriesView.class);
    assertThat(surgeries.visibleCount(SurgeryFilter.NONE.withScope(county.team))).isEqualTo(1);
  }
}
