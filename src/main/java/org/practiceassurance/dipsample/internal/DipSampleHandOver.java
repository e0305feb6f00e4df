package org.practiceassurance.dipsample.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A manager handed a dip-sample task to someone else: a review goes to its new reviewer (never to someone
 * who manages the file's team or is the child's worker, as when the sample was drawn); the findings to a
 * new lead.
 */
@Component
class DipSampleHandOver {

  private final SampleFileRepository files;
  private final DipSampleRepository samples;
  private final CaseFiles caseFiles;
  private final RuntimeService runtime;
  private final TaskService tasks;

  DipSampleHandOver(SampleFileRepository files, DipSampleRepository samples, CaseFiles caseFiles, RuntimeService runtime,
      TaskService tasks) {
    this.files = files;
    this.samples = samples;
    this.caseFiles = caseFiles;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @EventListener
  void handedOver(TaskHandedOver event) {
    if (!"dip-sample".equals(event.processDefinitionKey())) {
      return;
    }
    if ("review-file".equals(event.taskDefinitionKey())) {
      long fileId = ((Number) tasks.getVariable(event.taskId(), "sampleFileId")).longValue();
      SampleFileEntity file = files.findById(fileId).orElseThrow();
      boolean allowed = caseFiles.find(file.childReference())
          .map(caseFile -> SamplingPlanner.mayReview(event.to(), caseFile, caseFiles.team(file.teamCode()).orElse(null)))
          .orElse(true);
      if (!allowed) {
        throw new TaskAccessDeniedException(event.to() + " manages " + file.teamCode() + " or is " + file.childReference()
            + "'s worker: nobody checks their own team's practice.");
      }
      file.reviewBy(event.to());
    } else if ("write-findings".equals(event.taskDefinitionKey())) {
      long sampleId = ((Number) runtime.getVariable(event.processInstanceId(), "dipSampleId")).longValue();
      samples.findById(sampleId).orElseThrow().ledBy(event.to());
      runtime.setVariable(event.processInstanceId(), "lead", event.to());
    }
  }
}
