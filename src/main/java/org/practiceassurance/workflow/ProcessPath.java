package org.practiceassurance.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.practiceassurance.ui.ProcessDiagram;

/**
 * Where one process instance stands and how it got there, read from the engine's history by {@link
 * ProcessPaths}; a {@link ProcessDiagram.Path}, so a view draws it with {@code new ProcessDiagram(path)}.
 *
 * @param processInstanceId the instance
 * @param processDefinitionId its definition (the version it runs)
 * @param processName the definition's name
 * @param bpmnXml the definition's BPMN 2.0 XML (shared with the cache of {@link ProcessPaths}, never copied)
 * @param started when the instance started
 * @param ended when it finished; null while it runs
 * @param steps every activity entered, in the order entered; a multi-instance activity is one step
 * @param activeActivityIds the activities it is in now (a call activity while the called process runs)
 * @param completedActivityIds the activities it has left at least once, done or withdrawn
 * @param takenFlowIds the sequence flows taken (inferred, see {@link ProcessPaths})
 */
public record ProcessPath(
    String processInstanceId, String processDefinitionId, String processName, String bpmnXml,
    Instant started, Instant ended, List<Step> steps, Set<String> activeActivityIds,
    Set<String> completedActivityIds, Set<String> takenFlowIds) implements ProcessDiagram.Path {

  public ProcessPath {
    steps = List.copyOf(steps);
    activeActivityIds = Set.copyOf(activeActivityIds);
    completedActivityIds = Set.copyOf(completedActivityIds);
    takenFlowIds = Set.copyOf(takenFlowIds);
  }

  /**
   * One activity entered.
   *
   * @param activityId its id in the model (a multi-instance activity's own id, not its body's)
   * @param name its name in the model, expressions shown as "…"; null when it has none
   * @param type the BPMN element type, e.g. {@code userTask}, {@code exclusiveGateway}, {@code callActivity}
   * @param started when it was entered
   * @param ended when it was left; null while the instance is in it
   * @param withdrawn left without being done (cancelled by the engine, e.g. by an interrupting event)
   * @param outcome the name of the sequence flow it left by, when that flow is named (a gateway's "yes")
   * @param calledProcessInstanceId the instance a call activity started; null for other activities
   */
  public record Step(String activityId, String name, String type, Instant started, Instant ended,
      boolean withdrawn, String outcome, String calledProcessInstanceId) implements ProcessDiagram.Step {
  }

  public boolean finished() {
    return ended != null;
  }

  /** Without the XML, which is long and the same for every instance of the definition. */
  @Override
  public String toString() {
    return "ProcessPath[" + processInstanceId + " of " + processDefinitionId + ", active " + activeActivityIds
        + ", completed " + completedActivityIds + ", taken " + takenFlowIds + (ended == null ? "" : ", ended " + ended)
        + "]";
  }
}
