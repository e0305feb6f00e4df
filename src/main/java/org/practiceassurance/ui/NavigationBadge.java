package org.practiceassurance.ui;

import java.util.Optional;

/**
 * A count a capability shows beside one of its navigation entries (e.g. urgent tasks beside My tasks),
 * worked out afresh on every navigation for the signed-in person. Capabilities provide these as beans,
 * so that the shell needs to know none of them.
 */
public interface NavigationBadge {

  /** The route path of the navigation entry, as in its {@code @Route} ({@code ""} for My tasks). */
  String path();

  /**
   * What to show now, e.g. "2 urgent", with the words a screen reader says (e.g. "2 urgent tasks");
   * empty to show nothing.
   */
  Optional<Badge> current();

  record Badge(String text, String spokenText, boolean alarming) {}
}
