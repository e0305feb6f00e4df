package org.practiceassurance.dipsample;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list of dip samples in SQL: the county for quality managers, directors and administrators, the
 * samples one leads or reviews a file in for everyone else; complete however many newer samples
 * others lead; paged without overlap or gap; sorted and searched. Samples are written straight into
 * the tables as the module leaves them.
 */
@SpringBootTest
class DipSampleListTest {

  @Autowired DipSamples dipSamples;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  /** {@code n} samples titled {@code <title> 1...} led by {@code lead}, statuses taking turns, due in turn over a month. */
  private List<Long> insert(int n, String title, String theme, String lead) {
    Long set = jdbc.queryForObject("select max(id) from pa.dip_question_set where theme_code = ?", Long.class, theme);
    return jdbc.queryForList("""
        insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                   minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, run_number,
                                   created_by, created_at, launched_at)
        select ? || ' ' || g, ?, ?, (array['REVIEWING', 'FINDINGS', 'COMPLETE'])[1 + g % 3], 'COUNT', 2, 'NONE', 0,
               false, g, 'auditor1,auditor2', current_date + g % 4, 1 + g % 2, ?, now(), now()
          from generate_series(1, ?) g
        returning id
        """, Long.class, title, set, lead, lead, n);
  }

  private void file(long sample, String child, String reviewer) {
    jdbc.update("""
        insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum, reviewer)
        values (?, ?, 'CF', 'CF-STR-1', 'Stroud', 'All', ?)
        """, sample, child, reviewer);
  }

  private static String stamp() {
    return String.valueOf(System.nanoTime() % 100_000_000);
  }

  private List<Long> ids(DipSampleFilter filter) {
    List<DipSampleSummary> rows = dipSamples.visibleRows(filter, Pageable.unpaged());
    assertThat(dipSamples.visibleCount(filter)).isEqualTo(rows.size());
    return rows.stream().map(DipSampleSummary::id).toList();
  }

  @Test
  void aReviewerSeesTheSamplesTheyReviewInAndTheLeadTheirsHoweverManyNewerOnesOthersLead() {
    String s = stamp();
    long reviewed = insert(1, "Reviewed " + s, "PROTECTION", "qm1").get(0);
    file(reviewed, "DL-" + s + "-1", "reviewer.dl" + s);
    file(reviewed, "DL-" + s + "-2", "auditor2");
    long led = insert(1, "Led " + s, "PROTECTION", "lead.dl" + s).get(0);
    List<Long> newer = insert(300, "Newer " + s, "VISITS", "qm1");

    TestUsers.signIn("reviewer.dl" + s, List.of("auditor"), "QA", "QA-AUDIT");
    Page<DipSampleSummary> page = dipSamples.visible(DipSampleFilter.NONE, PageRequest.of(0, 50));
    assertThat(page.getContent()).extracting(DipSampleSummary::id).containsExactly(reviewed);
    assertThat(page.getTotalElements()).isEqualTo(1);
    assertThat(page.getContent().get(0).total()).isEqualTo(2);
    assertThat(page.getContent().get(0).themeCode()).isEqualTo("PROTECTION");

    TestUsers.signIn("lead.dl" + s, List.of("moderator"), "QA", "QA-AUDIT");
    assertThat(ids(DipSampleFilter.NONE)).containsExactly(led);
    TestUsers.tm1();
    assertThat(ids(DipSampleFilter.NONE.withTitle(s))).as("a team manager neither leads nor reviews").isEmpty();

    TestUsers.qm1();
    assertThat(ids(DipSampleFilter.NONE.withTitle(s))).hasSize(302).startsWith(newer.get(299))
        .contains(reviewed, led);
  }

  @Test
  void pagesNeitherOverlapNorLeaveGapsAndEachColumnSorts() {
    String s = stamp();
    List<Long> ours = insert(13, "Paged " + s, "PROTECTION", "qm1");
    TestUsers.qm1();
    DipSampleFilter filter = DipSampleFilter.NONE.withTitle("paged " + s);
    for (Sort sort : List.of(Sort.unsorted(), Sort.by("status"), Sort.by(Sort.Direction.DESC, "dueDate"),
        Sort.by("runNumber", "title"), Sort.by("lead"), Sort.by("launchedAt"))) {
      List<Long> paged = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        Page<DipSampleSummary> page = dipSamples.visible(filter, PageRequest.of(p, 5, sort));
        assertThat(page.getTotalElements()).isEqualTo(13);
        page.forEach(d -> paged.add(d.id()));
      }
      assertThat(paged).as("sorted by %s", sort).hasSize(13).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ours);
    }
    assertThat(ids(filter)).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(dipSamples.visibleRows(filter, PageRequest.of(0, 13, Sort.by("status"))))
        .extracting(DipSampleSummary::status).isSorted();
    assertThat(dipSamples.visibleRows(filter, PageRequest.of(0, 13, Sort.by("dueDate"))))
        .extracting(DipSampleSummary::dueDate).isSorted();
    assertThatThrownBy(() -> dipSamples.visible(filter, PageRequest.of(0, 5, Sort.by("findings"))))
        .isInstanceOfSatisfying(InvalidDipSample.class, e -> assertThat(e.errors().get("sort")).contains("\"findings\""));
  }

  @Test
  void searchesByThemeStatusLeadChildAndDueDate() {
    String s = stamp();
    List<Long> protection = insert(3, "Search " + s, "PROTECTION", "lead.ds" + s);
    List<Long> visits = insert(3, "Search " + s, "VISITS", "qm1");
    file(visits.get(0), "DSR-" + s + "-7", "auditor1");
    TestUsers.qm1();
    DipSampleFilter filter = DipSampleFilter.NONE.withTitle("SEARCH " + s);
    assertThat(ids(filter)).hasSize(6);
    assertThat(ids(filter.withTheme("protection"))).containsExactlyInAnyOrderElementsOf(protection);
    assertThat(ids(filter.withLead("LEAD.DS" + s))).containsExactlyInAnyOrderElementsOf(protection);
    assertThat(ids(filter.withStatus(DipSampleStatus.FINDINGS))).containsExactlyInAnyOrder(protection.get(0), visits.get(0));
    assertThat(ids(DipSampleFilter.NONE.withChild("dsr-" + s))).containsExactly(visits.get(0));
    LocalDate today = LocalDate.now();
    assertThat(ids(filter.withDue(today.plusDays(1), today.plusDays(1)))).containsExactlyInAnyOrder(protection.get(0),
        visits.get(0));
    assertThatThrownBy(() -> dipSamples.visibleCount(filter.withDue(today, today.minusDays(1))))
        .isInstanceOfSatisfying(InvalidDipSample.class, e -> assertThat(e.errors()).containsOnlyKeys("dueTo"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theListSaysHowManyMatchAndNarrowsAsTheFiltersChange() {
    String s = stamp();
    List<Long> ours = insert(3, "Shown " + s, "PROTECTION", "qm1");
    TestUsers.qm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("dip-samples");
    _get(TextField.class, spec -> spec.withId("filter-title")).setValue("shown " + s);
    assertThat(_get(Span.class, spec -> spec.withId("dip-sample-count")).getText()).isEqualTo("3 dip samples");
    Grid<DipSampleSummary> grid = _get(Grid.class, spec -> spec.withId("dip-samples"));
    assertThat(grid.getLazyDataView().getItems().map(DipSampleSummary::id)).containsExactly(ours.get(2), ours.get(1),
        ours.get(0));
    ComboBox<DipSampleStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
    status.setValue(DipSampleStatus.COMPLETE);
    assertThat(_get(Span.class, spec -> spec.withId("dip-sample-count")).getText()).isEqualTo("1 dip sample");
    assertThat(grid.getLazyDataView().getItems().map(DipSampleSummary::id)).containsExactly(ours.get(1));
  }
}
