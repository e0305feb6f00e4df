package org.practiceassurance.surgery;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.RaiseConcern;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.indicator.MonthlyValue;
import org.practiceassurance.indicator.Rag;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.surgery.internal.PackBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The preparation pack from real imported indicators, a real concern and a real exception list: on
 * screen (the service) and as a PDF opened with PDFBox and read; through REST with real tokens, for
 * the service's head of service only.
 */
class SurgeryPackTest extends KeycloakBackedTest {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  @Autowired RosterImport roster;
  @Autowired Indicators indicators;
  @Autowired ConcernRegister concerns;
  @Autowired Surgeries surgeries;
  @Autowired RuntimeService runtime;
  @Autowired ApplicationContext context;

  SurgeryFixtures county;
  long surgeryId;
  final YearMonth lastMonth = YearMonth.now(UK).minusMonths(1);

  @BeforeEach
  void aTeamWithFiguresAConcernAndAnException() {
    county = new SurgeryFixtures(roster);
    TestUsers.qm1();
    String values = "indicator,team,month,value,numerator,denominator\n"
        + "SUPERVISION_IN_TIME," + county.team + "," + lastMonth.minusMonths(1) + ",86,,\n"
        + "SUPERVISION_IN_TIME," + county.team + "," + lastMonth + ",70,,\n";
    assertThat(indicators.importValues(new ByteArrayInputStream(values.getBytes(StandardCharsets.UTF_8)), "values.csv")
        .rejected()).isEmpty();
    String exceptions = "list,child_reference,team,month,detail\n"
        + "NOT_SEEN_IN_TIMESCALE," + county.child1 + "," + county.team + "," + lastMonth + ",Last seen 41 days ago\n";
    assertThat(indicators.importExceptions(new ByteArrayInputStream(exceptions.getBytes(StandardCharsets.UTF_8)),
        "exceptions.csv").rejected()).isEmpty();
    concerns.raise(new RaiseConcern(county.child2, "Domestic abuse incident reported by police", "AUDIT", "PACK-TEST",
        "CF", county.team, "tm1"));
    SurgeryFixtures.hos1();
    surgeryId = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK).plusDays(2));
  }

  @AfterEach
  void tidy() {
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    TestUsers.signOut();
  }

  @Test
  void thePackShowsTheScopesFiguresWithRagConcernsAndExceptions() throws Exception {
    SurgeryFixtures.hos1();
    SurgeryPack pack = surgeries.pack(surgeryId);
    IndicatorSeries supervision = pack.indicators().stream()
        .filter(s -> s.indicator().code().equals("SUPERVISION_IN_TIME")).findFirst().orElseThrow();
    assertThat(supervision.months()).extracting(MonthlyValue::value, MonthlyValue::rag)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(86.0, Rag.GREEN), org.assertj.core.groups.Tuple.tuple(70.0, Rag.RED));
    assertThat(pack.concerns()).extracting(c -> c.childReference()).containsExactly(county.child2);
    assertThat(pack.exceptions()).extracting(e -> e.childReference()).containsExactly(county.child1);

    String text = new PDFTextStripper().getText(Loader.loadPDF(surgeries.packPdf(surgeryId)));
    assertThat(text).contains("Performance surgery preparation pack: Team " + county.team)
        .contains("Case supervision in time").contains("70 RED").contains("86 GREEN")
        .contains(county.child2).contains("Domestic abuse incident").contains(county.child1)
        .contains("Children not seen within timescale").contains("Open actions from earlier surgeries");
  }

  @Test
  void theRestApiGivesThePdfToTheServicesHeadOfServiceOnly() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> mine = http.send(HttpRequest.newBuilder(URI.create(app() + "/api/surgeries/" + surgeryId + "/pack.pdf"))
        .header("Authorization", "Bearer " + TestKeycloak.accessToken("hos1")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new PDFTextStripper().getText(Loader.loadPDF(mine.body()))).contains("Team " + county.team);

    HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(app() + "/api/surgeries/" + surgeryId + "/pack.pdf"))
        .header("Authorization", "Bearer " + TestKeycloak.accessToken("hos2")).header("Accept", "application/json, application/pdf")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("not yours to see");
  }

  /**
   * "Six months" are the six latest that can have data, up to last month: early in a month this month
   * (with nothing imported yet) took a place, and the pack showed five; on screen and in the PDF alike.
   */
  @Test
  void thePackShowsTheSixMonthsUpToLastMonthOnScreenAndInThePdf() throws Exception {
    assertThat(PackBuilder.months(LocalDate.of(2026, 12, 2))).containsExactly(YearMonth.of(2026, 6),
        YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    assertThat(PackBuilder.months(LocalDate.of(2027, 1, 31))).first().isEqualTo(YearMonth.of(2026, 7));
    assertThat(PackBuilder.months(LocalDate.of(2027, 1, 31))).last().isEqualTo(YearMonth.of(2026, 12));
    YearMonth first = lastMonth.minusMonths(5);
    TestUsers.qm1();
    String values = "indicator,team,month,value,numerator,denominator\n"
        + "SUPERVISION_IN_TIME," + county.team + "," + first + ",91,,\n";
    assertThat(indicators.importValues(new ByteArrayInputStream(values.getBytes(StandardCharsets.UTF_8)), "first.csv")
        .rejected()).isEmpty();
    List<String> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> MONTH.format(first.plusMonths(i))).toList();

    SurgeryFixtures.hos1();
    SurgeryPack pack = surgeries.pack(surgeryId);
    assertThat(pack.months()).hasSize(6).first().isEqualTo(first);
    assertThat(pack.months()).last().isEqualTo(lastMonth);
    assertThat(pack.auditsSince()).isEqualTo(first.atDay(1));

    BrowserlessUi.open(context);
    try {
      UI.getCurrent().navigate("surgery/" + surgeryId);
      @SuppressWarnings("unchecked")
      Grid<IndicatorSeries> grid = _get(Grid.class, spec -> spec.withId("pack-indicators"));
      assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).hasSize(8).endsWith(six.toArray(String[]::new));
      assertThat(_get(H3.class, spec -> spec.withId("pack-indicators-heading")).getText())
          .isEqualTo("Performance indicators, the six months " + six.get(0) + " to " + six.get(5));
    } finally {
      BrowserlessUi.close();
    }

    SurgeryFixtures.hos1();
    String text = new PDFTextStripper().getText(Loader.loadPDF(surgeries.packPdf(surgeryId)));
    assertThat(text).contains("Performance indicators, the six months " + six.get(0) + " to " + six.get(5))
        .contains("91 GREEN").contains("Audit grades, submitted since " + first.atDay(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .doesNotContain(MONTH.format(YearMonth.now(UK)));
    for (String month : six) {
      assertThat(text).contains(month);
    }
  }
}
