package org.practiceassurance.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the sequence flows an instance took from the activities it entered (Camunda 7 records
 * activities, not flows). For each activity entered, in the order entered, the flows into it are
 * looked at: a flow may have led there when an instance of its source was left (not withdrawn) no
 * later than the target was entered and has not already been counted for that flow. Of those, the
 * source left most recently is the one that led there (so after a rework loop the way back counts,
 * not the first way in); a parallel or inclusive join counts one such source on every incoming flow.
 */
final class PathTracer {

  private PathTracer() {}

  /** A flow node of the model: its name for people, its BPMN type, and whether it joins branches that all arrive. */
  record Node(String id, String name, String type, boolean join) {}

  record Flow(String id, String sourceId, String targetId, String name) {}

  /** One activity entered, as the history tells it; in the order entered. */
  record Entry(String activityId, String activityType, Instant started, Instant ended, boolean withdrawn,
      String calledProcessInstanceId) {}

  /**
   * @param takenFlowIds the flows taken
   * @param outcomes by entry index: the name of the named flow that entry left by, if any
   */
  record Trace(Set<String> takenFlowIds, Map<Integer, String> outcomes) {}

  static Trace trace(Map<String, Node> nodes, List<Flow> flows, List<Entry> entries) {
    Map<String, List<Flow>> incoming = new HashMap<>();
    flows.forEach(f -> incoming.computeIfAbsent(f.targetId(), k -> new ArrayList<>()).add(f));
    Set<String> taken = new HashSet<>();
    Map<Integer, String> outcomes = new HashMap<>();
    Set<String> counted = new HashSet<>(); // "<entry index> <flow id>": a source left once leads along a flow once

    for (int t = 0; t < entries.size(); t++) {
      Entry target = entries.get(t);
      Node node = nodes.get(target.activityId());
      boolean join = node != null && node.join();
      Flow bestFlow = null;
      int best = -1;
      for (Flow flow : incoming.getOrDefault(target.activityId(), List.of())) {
        int source = latestSource(entries, flow, t, counted);
        if (source < 0) {
          continue;
        }
        if (join) {
          take(flow, source, taken, outcomes, counted);
        } else if (best < 0 || later(entries.get(source), source, entries.get(best), best)) {
          best = source;
          bestFlow = flow;
        }
      }
      if (bestFlow != null) {
        take(bestFlow, best, taken, outcomes, counted);
      }
    }
    return new Trace(Set.copyOf(taken), Map.copyOf(outcomes));
  }

  /** The index of the source entry left most recently that may have led along {@code flow} to entry {@code t}; -1 if none. */
  private static int latestSource(List<Entry> entries, Flow flow, int t, Set<String> counted) {
    Instant entered = entries.get(t).started();
    int latest = -1;
    for (int s = 0; s < t; s++) {
      Entry source = entries.get(s);
      if (source.activityId().equals(flow.sourceId()) && source.ended() != null && !source.withdrawn()
          && !source.ended().isAfter(entered) && !counted.contains(s + " " + flow.id())
          && (latest < 0 || later(source, s, entries.get(latest), latest))) {
        latest = s;
      }
    }
    return latest;
  }

  /** Left later; on the same millisecond, entered later. */
  private static boolean later(Entry a, int aIndex, Entry b, int bIndex) {
    int byEnd = a.ended().compareTo(b.ended());
    return byEnd != 0 ? byEnd > 0 : aIndex > bIndex;
  }

  private static void take(Flow flow, int source, Set<String> taken, Map<Integer, String> outcomes, Set<String> counted) {
    taken.add(flow.id());
    counted.add(source + " " + flow.id());
    if (flow.name() != null && !flow.name().isBlank()) {
      outcomes.put(source, flow.name());
    }
  }
}
