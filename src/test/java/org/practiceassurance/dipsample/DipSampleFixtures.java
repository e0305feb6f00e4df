package org.practiceassurance.dipsample;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.support.TestUsers;

/**
 * Two new teams put in the roster the way a quality manager would: team A in Stroud, managed by
 * auditor2 (who must never review its files), team B in Cotswold, managed by tm1; six open files
 * each. Designs list the twelve references, so other tests' files never enter the draw.
 */
final class DipSampleFixtures {

  final String stamp = String.valueOf(System.nanoTime() % 100_000_000);
  final String teamA = "DS" + stamp + "-A";
  final String teamB = "DS" + stamp + "-B";
  final List<String> references = new ArrayList<>();

  DipSampleFixtures(RosterImport roster) {
    StringBuilder csv = new StringBuilder(
        "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened\n");
    for (int i = 0; i < 6; i++) {
      String a = "DSA-" + stamp + "-" + i;
      String b = "DSB-" + stamp + "-" + i;
      csv.append(a).append(",,2015-01-0").append(i + 1).append(i % 2 == 0 ? ",CP" : ",CIN").append(",CF,").append(teamA)
          .append(",Stroud,sw1,auditor2,2024-0").append(i + 1).append("-01\n");
      csv.append(b).append(",,2016-02-0").append(i + 1).append(",CIN,CF,").append(teamB)
          .append(",Cotswold,sw1,tm1,2024-0").append(i + 1).append("-15\n");
      references.add(a);
      references.add(b);
    }
    TestUsers.qm1();
    var report = roster.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false);
    if (!report.rejected().isEmpty()) {
      throw new IllegalStateException("Fixture rows rejected: " + report.rejected());
    }
  }

  /** A design over the twelve files, stratified by team, shared between auditor1 and auditor2. */
  DipSampleDesign design(int size, Long seed) {
    return new DipSampleDesign("Protection check " + stamp, "PROTECTION", null, null, null, null, null, null,
        String.join("\n", references), SizeMode.COUNT, size, Stratification.TEAM, 1, false, seed,
        List.of("auditor1", "auditor2"), LocalDate.now().plusDays(14));
  }

  static List<Task> reviewTasks(TaskService tasks, long sampleId) {
    return tasks.createTaskQuery().processInstanceBusinessKey("DS-" + sampleId).taskDefinitionKey("review-file")
        .orderByTaskId().asc().list();
  }

  static Task task(TaskService tasks, long sampleId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey("DS-" + sampleId).taskDefinitionKey(key).singleResult();
  }

  /** Signs in as the task's reviewer, answers every question (Yes/Partly/No/N/A ones with {@code answer}) and submits. */
  static void review(DipSampleReviews reviews, Task task, Answer answer) {
    signInAs(task.getAssignee());
    ReviewForm form = reviews.form(task.getId());
    for (Question q : form.questions()) {
      reviews.save(task.getId(), switch (q.answerType()) {
        case YES_PARTLY_NO_NA -> new AnswerValue(q.id(), answer, null, null, null);
        case NUMBER -> new AnswerValue(q.id(), null, 12.0, null, null);
        case TEXT -> new AnswerValue(q.id(), null, null, "Plan reviewed with the child.", "seen on file");
      });
    }
    reviews.submit(task.getId());
  }

  /**
   * Withdraws every running dip-sample process (tests only create their own), so that the review
   * tasks they leave do not crowd the demo users' task lists in later browser tests.
   */
  static void withdrawRunningSamples(org.camunda.bpm.engine.RuntimeService runtime) {
    runtime.createProcessInstanceQuery().processDefinitionKey("dip-sample").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  static void signInAs(String username) {
    switch (username) {
      case "auditor1" -> TestUsers.auditor1();
      case "auditor2" -> TestUsers.auditor2();
      case "qm1" -> TestUsers.qm1();
      default -> throw new IllegalArgumentException(username);
    }
  }
}
