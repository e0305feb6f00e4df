package org.practiceassurance.dipsample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer sees for one file: the file, the questions and the answers saved so far.
 *
 * @param allocatedWorker the file's allocated worker (the default owner of an action raised from it)
 * @param answers saved answers by question id
 */
public record ReviewForm(String taskId, long sampleId, String sampleTitle, String themeName, LocalDate dueDate,
    SampleFile file, String legalStatus, String allocatedWorker, String teamManager, List<Question> questions,
    Map<Long, AnswerValue> answers, List<String> actionsRaised, List<Long> concernsRaised) {}
