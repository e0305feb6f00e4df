package org.practiceassurance.concern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register shows each person only their scope; only a manager of the child's team or service acts on it. */
@SpringBootTest
class ConcernViewsTest {

  @Autowired ApplicationContext context;
  @Autowired ConcernRegister register;

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  private long raiseInStroud(String child) {
    TestUsers.auditor1();
    return register.raise(new RaiseConcern(child, "No one has seen the child for a month.", "AUDIT", "T-1", "CF", "CF-STR-1", "tm1"));
  }

  @Test
  void theTeamManagerSeesTheirTeamsConcernsAndAnotherTeamsManagerDoesNot() {
    String child = "CC-" + System.nanoTime() % 1_000_000;
    raiseInStroud(child);

    TestUsers.tm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("concerns");
    @SuppressWarnings("unchecked")
    Grid<ConcernEntry> grid = _get(Grid.class, spec -> spec.withId("concern-grid"));
    assertThat(grid.getGenericDataView().getItems()).anyMatch(e -> e.childReference().equals(child));
    BrowserlessUi.close();

    TestUsers.auditor2(); // team manager of RA-GLO-1
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("concerns");
    @SuppressWarnings("unchecked")
    Grid<ConcernEntry> other = _get(Grid.class, spec -> spec.withId("concern-grid"));
    assertThat(other.getGenericDataView().getItems()).noneMatch(e -> e.childReference().equals(child));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRegisterSaysHowManyMatchAndNarrowsAsTheFiltersChange() {
    String child = "CV-" + System.nanoTime() % 1_000_000;
    long first = raiseInStroud(child);
    long second = raiseInStroud(child + "1");

    TestUsers.tm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("concerns");
    _get(TextField.class, spec -> spec.withId("concern-child-filter")).setValue(child.toLowerCase());
    assertThat(_get(Span.class, spec -> spec.withId("concern-count")).getText()).isEqualTo("2 entries");
    Grid<ConcernEntry> grid = _get(Grid.class, spec -> spec.withId("concern-grid"));
    assertThat(grid.getLazyDataView().getItems().map(ConcernEntry::id)).as("newest first").containsExactly(second, first);

    _get(Select.class, spec -> spec.withId("concern-status-filter")).setValue(ConcernStatus.RESOLVED);
    assertThat(_get(Span.class, spec -> spec.withId("concern-count")).getText()).isEqualTo("0 entries");
    _get(Select.class, spec -> spec.withId("concern-status-filter")).setValue(ConcernStatus.OPEN);
    _get(TextField.class, spec -> spec.withId("concern-child-filter")).setValue(child + "1");
    assertThat(_get(Span.class, spec -> spec.withId("concern-count")).getText()).isEqualTo("1 entry");
    assertThat(grid.getLazyDataView().getItems().map(ConcernEntry::id)).containsExactly(second);

    DatePicker to = _get(DatePicker.class, spec -> spec.withId("concern-raised-to"));
    _get(DatePicker.class, spec -> spec.withId("concern-raised-from")).setValue(java.time.LocalDate.now().plusDays(2));
    to.setValue(java.time.LocalDate.now());
    assertThat(_get(Span.class, spec -> spec.withId("concern-count")).getText())
        .isEqualTo("The end of the date range is before its start.");
    assertThat(to.isInvalid()).isTrue();
  }

  @Test
  void onlyAManagerInScopeAcknowledgesOrResolvesAndNothingIsDeleted() {
    long id = raiseInStroud("CC-" + System.nanoTime() % 1_000_000);

    TestUsers.auditor2();
    assertThatThrownBy(() -> register.acknowledge(id)).isInstanceOf(AccessDeniedException.class);
    TestUsers.signIn("sw1", java.util.List.of("social-worker"), "CF", "CF-STR-1");
    assertThatThrownBy(() -> register.resolve(id, "Seen today")).isInstanceOf(AccessDeniedException.class);

    TestUsers.signIn("hos1", java.util.List.of("head-of-service"), "CF", null);
    register.acknowledge(id);
    register.resolve(id, "Child seen with the police; safety plan agreed.");
    assertThat(register.visibleRows(ConcernFilter.NONE, Pageable.unpaged())).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.status()).isEqualTo(ConcernStatus.RESOLVED);
      assertThat(e.acknowledgedBy()).isEqualTo("hos1");
    });
  }
}
