package org.practiceassurance.workflow.ui;

import java.util.Optional;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.ui.NavigationBadge;
import org.practiceassurance.workflow.TaskInbox;
import org.springframework.stereotype.Component;

/** "2 urgent" beside My tasks for anyone with urgent work assigned or offered to them. */
@Component
class UrgentTasksBadge implements NavigationBadge {

  private final TaskInbox inbox;
  private final CurrentUser currentUser;

  UrgentTasksBadge(TaskInbox inbox, CurrentUser currentUser) {
    this.inbox = inbox;
    this.currentUser = currentUser;
  }

  @Override
  public String path() {
    return "";
  }

  @Override
  public Optional<Badge> current() {
    if (currentUser.find().isEmpty()) {
      return Optional.empty();
    }
    long urgent = inbox.urgentCount();
    return urgent == 0 ? Optional.empty()
        : Optional.of(new Badge(urgent + " urgent", urgent + (urgent == 1 ? " urgent task" : " urgent tasks"), true));
  }
}
