package org.practiceassurance.insight.internal;

import java.util.regex.Pattern;

/** Text made safe for HTML: every character with a meaning in markup escaped; paragraphs kept. */
public final class HtmlText {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  private HtmlText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Someone's text as paragraphs (split at blank lines, line breaks kept), escaped; null when blank. */
  public static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : BLANK_LINES.split(text.strip())) {
      out.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
    }
    return out.toString();
  }
}
