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

  /** The colour as a badge with the word, never the colour alone. */
  static Span badge(TeamRag rag) {
    Span badge = new Span(rag.label());
    String[] colours = switch (rag) {
      case RED -> new String[] {"var(--lumo-error-color)", "var(--lumo-error-contrast-color)"};
      case AMBER -> new String[] {"#f9a825", "#212121"};
      case GREEN -> new String[] {"var(--lumo-success-color)", "var(--lumo-success-contrast-color)"};
      case NONE -> new String[] {"var(--lumo-contrast-20pct)", "var(--lumo-body-text-color)"};
    };
    badge.getStyle().set("background", colours[0]).set("color", colours[1]).set("padding", "0.1em 0.6em")
        .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600")
        .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
    badge.addClassName("rag-" + rag.name().toLowerCase(java.util.Locale.ROOT));
    return badge;
  }
}
