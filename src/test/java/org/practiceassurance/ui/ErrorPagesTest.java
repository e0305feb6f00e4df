package org.practiceassurance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceassurance.audit.ui.StartAuditView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browserless, with the error views as deployed: a page the person's role does not open, or that
 * does not exist, says so plainly inside the shell (in production mode too); a page that fails shows
 * a reference, never a stack trace, and the log holds the failure under that reference; and a
 * failure no view handled reaches the person as a plain notification (a real PostgreSQL refusal).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

  private static final String REFERENCE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
    System.clearProperty("vaadin.productionMode");
  }

  private static void sw1() {
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
  }

  private static String pageText() {
    return _get(PageNotAvailableView.class).getElement().getTextRecursively();
  }

  @Test
  void aSocialWorkerOpeningAQualityManagersPageIsToldPlainlyInsideTheShellWithAWayBack() {
    sw1();
    BrowserlessUi.openAsDeployed(context);

    UI.getCurrent().navigate("audits/start");

    _assertNone(StartAuditView.class);
    assertThat(pageText()).contains("This page is not available to you")
        .contains("your role does not open it").doesNotContain("audits/start").doesNotContain("route");
    assertThat(_get(Anchor.class, spec -> spec.withId("go-to-my-tasks")).getHref()).isEmpty();
    assertThat(_get(PageNotAvailableView.class).getParent()).get().isInstanceOf(MainLayout.class);
    assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).contains("sw1");
  }

  @Test
  void aPageThatDoesNotExistReadsTheSameSoNobodyLearnsWhichPagesExist() {
    sw1();
    BrowserlessUi.openAsDeployed(context);

    // As a browser opening the address does (UI.navigate hands an unknown path to the client's router first).
    UI ui = UI.getCurrent();
    ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.CLIENT_SIDE);

    assertThat(pageText()).contains("This page is not available to you").doesNotContain("no/such/page");
  }

  @Test
  void inProductionModeARefusedPageIsTheSameView() {
    System.setProperty("vaadin.productionMode", "true");
    sw1();
    BrowserlessUi.openAsDeployed(context);
    assertThat(VaadinSession.getCurrent().getConfiguration().isProductionMode()).isTrue();

    UI.getCurrent().navigate("audits/start");

    _assertNone(StartAuditView.class);
    assertThat(pageText()).contains("This page is not available to you");
  }

  @Test
  void aPageThatFailsShowsAReferenceThatTheLogHoldsWithTheFailureAndNoStackTrace(CapturedOutput log) {
    sw1();
    BrowserlessUi.openAsDeployed(context);

    UI.getCurrent().navigate("test-harness/failure");

    UnexpectedErrorView view = _get(UnexpectedErrorView.class);
    String text = view.getElement().getTextRecursively();
    assertThat(text).contains("Something went wrong").contains("not anything you did")
        .doesNotContain(FailingHarnessView.SECRET).doesNotContain("IllegalStateException").doesNotContain("at org.");
    String reference = _get(Paragraph.class, spec -> spec.withId("error-reference")).getText()
        .replaceAll(".*reference: (" + REFERENCE + ")\\.$", "$1");
    assertThat(reference).matches(REFERENCE);
    assertThat(log.getOut()).contains("Page /test-harness/failure failed to open (reference " + reference + ")")
        .contains("IllegalStateException: Harness failure while running " + FailingHarnessView.SECRET);
  }

  @Test
  void aDatabaseRefusalNoViewHandledIsToldPlainlyAndLoggedInFull(CapturedOutput log) {
    sw1();
    BrowserlessUi.openAsDeployed(context);
    Throwable refusal = catchThrowable(() -> transactions.executeWithoutResult(tx -> {
      jdbc.execute("create temporary table harness_once (code text primary key) on commit drop");
      jdbc.update("insert into harness_once values ('CF-STR-1'), ('CF-STR-1')");
    }));
    assertThat(refusal).isInstanceOf(DataIntegrityViolationException.class);

    VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refusal));

    List<String> shown = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    assertThat(shown).singleElement().asString()
        .startsWith("This would duplicate a record that already exists, so nothing was saved. Reference ")
        .doesNotContain("harness_once").doesNotContain("CF-STR-1").doesNotContain("duplicate key");
    String reference = shown.get(0).replaceAll(".*Reference (" + REFERENCE + ")\\.$", "$1");
    assertThat(log.getOut()).contains("The database refused a change on screen (reference " + reference + ")")
        .contains("duplicate key value violates unique constraint");
  }

  @Test
  void aRefusalByRoleSaysWhyAndAnythingElseGivesAReference(CapturedOutput log) {
    sw1();
    BrowserlessUi.openAsDeployed(context);

    VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
        new AccessDeniedException("Only the child's team manager can do this.")));
    VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new NullPointerException("bug at line 42")));

    List<String> shown = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    assertThat(shown).hasSize(2);
    assertThat(shown.get(0)).isEqualTo("Only the child's team manager can do this.");
    assertThat(shown.get(1)).startsWith("Something went wrong on our side").doesNotContain("bug at line 42")
        .matches(".*reference: " + REFERENCE + "\\.$");
    String reference = shown.get(1).replaceAll(".*reference: (" + REFERENCE + ")\\.$", "$1");
    assertThat(log.getOut()).contains("Unexpected error on screen (reference " + reference + ")")
        .contains("bug at line 42");
  }
}
