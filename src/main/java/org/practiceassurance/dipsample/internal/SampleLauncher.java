package org.practiceassurance.dipsample.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.dipsample.DipSampleDesign;
import org.practiceassurance.dipsample.SamplePreview;
import org.springframework.stereotype.Component;

/**
 * Stores a drawn sample and starts its {@code dip-sample} process: for a sample designed from
 * scratch and for a re-run. No role checks: {@code DipSamples} and the process decide who may.
 */
@Component
public class SampleLauncher {

  public static final String PROCESS_KEY = "dip-sample";

  private final DipSampleRepository samples;
  private final SampleFileRepository files;
  private final RuntimeService runtime;
  private final Clock clock = Clock.systemUTC();

  SampleLauncher(DipSampleRepository samples, SampleFileRepository files, RuntimeService runtime) {
    this.samples = samples;
    this.files = files;
    this.runtime = runtime;
  }

  /** A new sample (or re-run) with its design, drawn as planned; not yet started. */
  public DipSample create(DipSampleDesign design, long questionSetId, String lead, SamplePreview plan,
      DipSample previousRun, boolean sameChildren) {
    DipSample sample = new DipSample(questionSetId, lead, clock.instant());
    sample.design(design, questionSetId, plan.seed(), lead);
    if (previousRun != null) {
      sample.rerunOf(previousRun, sameChildren);
    }
    samples.saveAndFlush(sample);
    return sample;
  }

  /** Writes the drawn files with their reviewers and marks the sample as being reviewed. */
  public void storeDraw(DipSample sample, SamplePreview plan) {
    plan.files().forEach(f -> files.save(new SampleFileEntity(sample.id(), f.childReference(), f.serviceCode(),
        f.teamCode(), f.locality(), f.stratum(), f.reviewer())));
    sample.launched(clock.instant());
    files.flush();
  }

  /** Starts the sample's process: one review task per file, then findings. */
  public void start(DipSample sample) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("dipSampleId", sample.id());
    variables.put("lead", sample.lead());
    runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(sample.id()), variables);
  }

  public static String businessKey(long sampleId) {
    return "DS-" + sampleId;
  }

  public Instant now() {
    return clock.instant();
  }

}
