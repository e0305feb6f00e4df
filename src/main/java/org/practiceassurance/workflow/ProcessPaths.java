package org.practiceassurance.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.practiceassurance.workflow.PathTracer.Entry;
import org.practiceassurance.workflow.PathTracer.Flow;
import org.practiceassurance.workflow.PathTracer.Node;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case stands in its process: the read side behind {@code ui.ProcessDiagram}. For one
 * process instance, running or finished: its definition's BPMN XML, the activities it is in now,
 * the activities it has left, in order with when, and the sequence flows it took.
 *
 * <p>Camunda 7 records activities, not flows, so the flows are inferred from the history with the
 * model's flows (see {@link PathTracer}): a flow counts as taken when an instance of its target
 * started at or after its source was left (not withdrawn); where a target has several incoming
 * flows, the source left most recently is the one that led there, except at a parallel or inclusive
 * join, which every branch reaches.
 *
 * <p>A called process (the audit calls {@code audit-moderation}) is shown from its parent: the call
 * activity is the current step there, and its {@link ProcessPath.Step#calledProcessInstanceId()}
 * names the called instance for a caller that wants that one too.
 *
 * <p>A definition's XML and flows are cached by definition id: a deployed definition never changes
 * (a new deployment is a new id), and the definitions are few.
 */
@Service
public class ProcessPaths {

  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskListService taskList;
  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  ProcessPaths(RepositoryService repository, RuntimeService runtime, HistoryService history, TaskListService taskList) {
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
    this.taskList = taskList;
  }

  /** A definition's XML and what the path needs of its model. */
  private record Definition(String xml, Map<String, Node> nodes, List<Flow> flows) {}

  /**
   * Where the case of a task stands: the task must be one I may look at (I hold it, it is offered to me,
   * or it is about the part of the organisation I manage), and the path is that of the top-level
   * instance its process belongs to (for the moderation task, the audit's, with moderation as the
   * current step).
   *
   * @throws TaskAccessDeniedException when the task is not mine to look at
   * @throws TaskConflictException when it has been completed or withdrawn meanwhile
   */
  @Transactional(readOnly = true)
  public ProcessPath forTask(String taskId) {
    String processInstanceId = taskList.readTaskIMayView(taskId, (task, work) -> task.getProcessInstanceId());
    if (processInstanceId == null) {
      throw new NoSuchElementException("This task belongs to no process.");
    }
    HistoricProcessInstance instance = instance(processInstanceId);
    String root = instance.getRootProcessInstanceId();
    return root == null || root.equals(instance.getId()) ? path(instance) : path(instance(root));
  }

  /**
   * The path of one process instance, running or finished. <strong>No check of who asks</strong>:
   * for callers that have already checked that the person may see what the instance is about (the
   * dip sample, the surgery), or that ask for the instance a call activity of such an instance started.
   *
   * @throws NoSuchElementException when there is no such instance (or its history has been removed)
   */
  @Transactional(readOnly = true)
  public ProcessPath forInstance(String processInstanceId) {
    return path(instance(processInstanceId));
  }

  /**
   * The path of the latest instance of a process started for one business key (a dip sample's
   * {@code DS-<id>}, a surgery's {@code SG-<id>}), if there is one. <strong>No check of who
   * asks</strong>, as {@link #forInstance(String)}.
   */
  @Transactional(readOnly = true)
  public Optional<ProcessPath> forBusinessKey(String processDefinitionKey, String businessKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().map(this::path);
  }

  private HistoricProcessInstance instance(String processInstanceId) {
    HistoricProcessInstance instance = processInstanceId == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NoSuchElementException("There is no record of this process.");
    }
    return instance;
  }

  private ProcessPath path(HistoricProcessInstance instance) {
    Definition definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::read);
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    List<Entry> entries = entries(activities);
    Set<String> active = instance.getEndTime() == null ? activeActivityIds(instance.getId()) : Set.of();
    PathTracer.Trace trace = PathTracer.trace(definition.nodes(), definition.flows(), entries);

    List<ProcessPath.Step> steps = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Node node = definition.nodes().get(entry.activityId());
      steps.add(new ProcessPath.Step(entry.activityId(), node == null ? null : node.name(),
          node == null ? entry.activityType() : node.type(), entry.started(), entry.ended(), entry.withdrawn(),
          trace.outcomes().get(i), entry.calledProcessInstanceId()));
    }
    Set<String> completed = entries.stream().filter(e -> e.ended() != null).map(Entry::activityId)
        .collect(Collectors.toSet());
    String name = instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
        : instance.getProcessDefinitionKey();
    return new ProcessPath(instance.getId(), instance.getProcessDefinitionId(), name, definition.xml(),
        instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
        steps, active, completed, trace.takenFlowIds());
  }

  /** The engine's leaf activities with an active execution; a multi-instance activity by its own id. */
  private Set<String> activeActivityIds(String processInstanceId) {
    try {
      return runtime.getActiveActivityIds(processInstanceId).stream().map(ProcessPaths::withoutBody)
          .collect(Collectors.toSet());
    } catch (ProcessEngineException ended) {
      return Set.of(); // it finished between reading its history and now
    }
  }

  /**
   * The history as steps: a multi-instance activity is one step (its body), not one per instance;
   * the ids of the body and of the activity are the same in the model, so the body takes the activity's id.
   */
  private static List<Entry> entries(List<HistoricActivityInstance> activities) {
    Set<String> bodies = activities.stream().filter(a -> a.getActivityId().endsWith(MULTI_INSTANCE_BODY))
        .map(HistoricActivityInstance::getId).collect(Collectors.toSet());
    List<Entry> entries = new ArrayList<>();
    for (HistoricActivityInstance a : activities) {
      if (a.getParentActivityInstanceId() != null && bodies.contains(a.getParentActivityInstanceId())) {
        continue; // one instance inside a multi-instance body
      }
      entries.add(new Entry(withoutBody(a.getActivityId()), a.getActivityType(), a.getStartTime().toInstant(),
          a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.isCanceled(), a.getCalledProcessInstanceId()));
    }
    return entries;
  }

  private static String withoutBody(String activityId) {
    return activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
  }

  private Definition read(String processDefinitionId) {
    String xml;
    try (InputStream in = repository.getProcessModel(processDefinitionId)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
    Map<String, Integer> incoming = new HashMap<>();
    List<Flow> flows = new ArrayList<>();
    // From each flow's sourceRef and targetRef, as the engine reads them (not the nodes' <incoming> lists).
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      flows.add(new Flow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), flow.getName()));
      incoming.merge(flow.getTarget().getId(), 1, Integer::sum);
    }
    Map<String, Node> nodes = new HashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean join = (node instanceof ParallelGateway || node instanceof InclusiveGateway)
          && incoming.getOrDefault(node.getId(), 0) > 1;
      nodes.put(node.getId(), new Node(node.getId(), displayName(node.getName()), node.getElementType().getTypeName(), join));
    }
    return new Definition(xml, Map.copyOf(nodes), List.copyOf(flows));
  }

  /** A name as people read it: an expression in it (a review's child) as "…"; blank as none. */
  static String displayName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.replaceAll("[$#]\\{[^}]*}", "…").replaceAll("\\s+", " ").trim();
  }
}
