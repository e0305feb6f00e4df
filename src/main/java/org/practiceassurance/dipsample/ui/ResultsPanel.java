package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.dipsample.AnswerType;
import org.practiceassurance.dipsample.Compliance;
import org.practiceassurance.dipsample.QuestionResult;
import org.practiceassurance.dipsample.SampleResults;
import org.practiceassurance.ui.FormProblems;

/**
 * A sample's results: overall compliance with its interval and how that interval is worked out,
 * compliance per question with its 95 % interval, then by stratum.
 */
class ResultsPanel extends VerticalLayout {

  /** How the intervals are worked out, in plain words (ADR 20). */
  static final String METHOD = "Compliance is (Yes + ½ Partly) ÷ the answers other than N/A. Overall compliance pools "
      + "every answer of the sample; as the answers about one child's file tend to go together, its 95 % interval "
      + "counts each file as a cluster (a cluster-robust interval: Wilson's, over the answers divided by the design "
      + "effect), so it is wider than if every answer were independent. A question's own interval is Wilson's: each "
      + "file answers a question once.";

  final Paragraph overall = new Paragraph();
  final Paragraph method = new Paragraph(METHOD);
  final Grid<QuestionResult> questions = new Grid<>();
  final Grid<StratumRow> strata = new Grid<>();

  /** One question in one stratum. */
  record StratumRow(int position, String question, String stratum, Compliance.Result result) {}

  ResultsPanel() {
    setPadding(false);
    overall.setId("overall-compliance");
    method.setId("compliance-method");
    method.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    questions.setId("question-results");
    questions.addColumn(r -> r.question().position()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    questions.addColumn(r -> r.question().text()).setHeader("Question").setFlexGrow(4);
    questions.addColumn(r -> yesNo(r) ? r.yes() : "").setHeader("Yes").setAutoWidth(true).setFlexGrow(0);
    questions.addColumn(r -> yesNo(r) ? r.partly() : "").setHeader("Partly").setAutoWidth(true).setFlexGrow(0);
    questions.addColumn(r -> yesNo(r) ? r.no() : "").setHeader("No").setAutoWidth(true).setFlexGrow(0);
    questions.addColumn(r -> yesNo(r) ? r.notApplicable() : "").setHeader("N/A").setAutoWidth(true).setFlexGrow(0);
    questions.addColumn(ResultsPanel::figure).setHeader("Compliance (95 % interval)").setFlexGrow(2);
    questions.setAllRowsVisible(true);
    strata.setId("stratum-results");
    strata.addColumn(StratumRow::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    strata.addColumn(StratumRow::stratum).setHeader("Stratum").setAutoWidth(true);
    strata.addColumn(r -> percent(r.result()) + " of " + r.result().answers()).setHeader("Compliance");
    strata.addColumn(StratumRow::question).setHeader("Question").setFlexGrow(3);
    strata.setAllRowsVisible(true);
    add(new H3("Results"), overall, method, questions, new H3("By stratum"), strata);
  }

  void show(SampleResults results) {
    overall.setText(results.reviewed() + " of " + results.total() + " files reviewed. Overall compliance "
        + overall(results.overall()) + ".");
    questions.setItems(results.questions());
    List<StratumRow> rows = new ArrayList<>();
    results.questions().forEach(q -> q.byStratum().forEach((stratum, r) ->
        rows.add(new StratumRow(q.question().position(), q.question().text(), stratum, r))));
    strata.setItems(rows);
  }

  private static boolean yesNo(QuestionResult r) {
    return r.question().answerType() == AnswerType.YES_PARTLY_NO_NA;
  }

  static String figure(QuestionResult r) {
    return switch (r.question().answerType()) {
      case YES_PARTLY_NO_NA -> withInterval(r.compliance());
      case NUMBER -> r.mean() == null ? "no answers" : String.format(Locale.UK, "mean %.1f over %d files", r.mean(), r.answered());
      case TEXT -> r.answered() + " written answers";
    };
  }

  static String withInterval(Compliance.Result r) {
    if (r == null || r.answers() == 0) {
      return "not yet known (no answers)";
    }
    return percent(r) + String.format(Locale.UK, " (%.0f–%.0f %%, n = %d)", r.lower() * 100, r.upper() * 100,
        r.answers());
  }

  /** Overall compliance, its clustered interval and what it rests on: "62 % (35–82 %; 18 answers on 5 files, worth about 13 independent answers)". */
  static String overall(Compliance.Result r) {
    if (r == null || r.answers() == 0) {
      return "not yet known (no answers)";
    }
    return percent(r) + String.format(Locale.UK, " (%.0f–%.0f %%; ", r.lower() * 100, r.upper() * 100)
        + FormProblems.count(r.answers(), "answer", "answers") + " on " + FormProblems.count(r.files(), "file", "files")
        + ", worth about " + FormProblems.count(Math.round(r.effectiveSize()), "independent answer", "independent answers")
        + ")";
  }

  static String percent(Compliance.Result r) {
    return r == null || r.answers() == 0 ? "–" : String.format(Locale.UK, "%.0f %%", r.compliance() * 100);
  }
}
