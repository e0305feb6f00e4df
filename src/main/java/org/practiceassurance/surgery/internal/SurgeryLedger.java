package org.practiceassurance.surgery.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.surgery.CarriedAction;
import org.practiceassurance.surgery.LoggedAction;
import org.practiceassurance.surgery.ReviewOutcome;
import org.practiceassurance.surgery.SurgeryStatus;
import org.springframework.stereotype.Component;

/**
 * The action logs of surgeries, read live from the action process: a surgery's own log, and the
 * open actions of earlier surgeries of the same scope that it must review first.
 */
@Component
public class SurgeryLedger {

  private final SurgeryRepository surgeries;
  private final SurgeryActionRepository logged;
  private final ActionReviewRepository reviews;
  private final Actions actions;

  SurgeryLedger(SurgeryRepository surgeries, SurgeryActionRepository logged, ActionReviewRepository reviews,
      Actions actions) {
    this.surgeries = surgeries;
    this.logged = logged;
    this.reviews = reviews;
    this.actions = actions;
  }

  /** The actions logged at this surgery, with their live state. */
  public List<LoggedAction> log(long surgeryId) {
    return logged(List.of(surgeryId));
  }

  /**
   * The earlier surgeries' actions this one reviews: those it has reviewed already, and (until it is
   * held) every other one still not closed and not resolved at a surgery in between.
   */
  public List<CarriedAction> carried(Surgery surgery) {
    List<Long> earlier = surgeries.earlierOfScope(surgery.level(), surgery.serviceCode(), surgery.teamCode(),
        surgery.dueDate(), surgery.id());
    if (earlier.isEmpty()) {
      return List.of();
    }
    List<ActionReviewEntity> decided = reviews.findBySurgeryIdIn(withThis(earlier, surgery.id()));
    Map<String, ActionReviewEntity> here = new HashMap<>();
    Set<String> resolvedBefore = new java.util.HashSet<>();
    for (ActionReviewEntity r : decided) {
      if (r.surgeryId() == surgery.id()) {
        here.put(r.actionId(), r);
      } else if (r.outcome() == ReviewOutcome.RESOLVED) {
        resolvedBefore.add(r.actionId());
      }
    }
    List<CarriedAction> carried = new ArrayList<>();
    for (LoggedAction action : logged(earlier)) {
      ActionReviewEntity review = here.get(action.action().id());
      boolean stillOpen = action.action().status() != ActionStatus.CLOSED && !resolvedBefore.contains(action.action().id());
      if (review != null) {
        carried.add(new CarriedAction(action, review.outcome(), review.reason()));
      } else if (stillOpen && surgery.status() != SurgeryStatus.HELD) {
        carried.add(new CarriedAction(action, null, null));
      }
    }
    return carried;
  }

  private List<LoggedAction> logged(List<Long> surgeryIds) {
    Map<String, SurgeryActionEntity> byAction = logged.findBySurgeryIdIn(surgeryIds).stream()
        .collect(Collectors.toMap(SurgeryActionEntity::actionId, a -> a));
    List<String> sources = surgeryIds.stream().map(String::valueOf).toList();
    List<LoggedAction> result = new ArrayList<>();
    for (ActionSummary a : actions.bySourceIds(ActionSource.SURGERY.name(), sources)) {
      SurgeryActionEntity entry = byAction.get(a.id());
      if (entry != null) {
        result.add(new LoggedAction(entry.surgeryId(), a, entry.accountableHos()));
      }
    }
    return result;
  }

  private static List<Long> withThis(List<Long> earlier, long id) {
    List<Long> all = new ArrayList<>(earlier);
    all.add(id);
    return all;
  }
}
