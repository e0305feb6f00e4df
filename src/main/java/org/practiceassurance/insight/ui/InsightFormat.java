package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.practiceassurance.insight.TeamRag;

/** Numbers and badges as the insight pages show them. */
final class InsightFormat {

  private InsightFormat() {}

  /** e.g. "30 %"; a dash when there is no figure. */
  static String percent(Double value) {
    return value == null ? "–" : String.format(Locale.UK, "%.0f %%", value);
  }

  /** e.g. "6.5"; a dash when there is no figure. */
  static String number(Double value) {
    if (value == null) {
      return "–";
    }
    return value == Math.rint(value) ? String.format(Locale.UK, "%.0f", value) : String.format(Locale.UK, "%.1f", value);
  }

  /** The colour as a Lumo badge with the word, never the colour alone. */
  static Span badge(TeamRag rag) {
    Span badge = new Span(rag.label());
    badge.getElement().getThemeList().add(switch (rag) {
      case RED -> "badge error primary";
      case AMBER -> "badge warning primary";
      case GREEN -> "badge success primary";
      case NONE -> "badge contrast";
    });
    return badge;
  }
}
