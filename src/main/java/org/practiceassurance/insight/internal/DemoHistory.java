package org.practiceassurance.insight.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dev default only ({@code pa.demo-data.enabled}): a year of finished quality-assurance work in the
 * demo county, so the dashboards, triangulation and the QA report have something real to show. About
 * thirty audits a month over the last twelve months, spread over the teams, good-or-better rising
 * from about 28 % to 40 % and inadequate falling from about 17 % to 9 %; two in five moderated (the
 * moderator agreeing with most area grades, moving some overall grades); their actions, closed; a
 * few children still on the Cases of Concern register; two runs of a Protection dip sample, the
 * second better than the first.
 *
 * <p>It is history, written in SQL as the audit, action, concern and dip-sample modules leave
 * finished work (every row closed, resolved or complete), so it starts no process and no task: the
 * open work of the demo comes from those modules' own demo data. Reproducible (a fixed seed); runs
 * once, on a database with no closed audit.
 */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcTemplate jdbc;

  DemoHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** After the demo county (0), the indicators (50), the demo actions (90) and audits (100). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(200)
  @Transactional
  public void seed() {
    Long closed = jdbc.queryForObject("select count(*) from pa.audit where status = 'CLOSED'", Long.class);
    Long files = jdbc.queryForObject("select count(*) from pa.case_file where is_open", Long.class);
    if (closed == null || closed > 0 || files == null || files < 1_000) {
      return;
    }
    long started = System.nanoTime();
    write(LocalDate.now(UK));
    log.info("Demo history of the last twelve months written in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Writes the history, every moment in it before now: work submitted lately is closed, moderated
   * or acknowledged part-way between then and now, not on a set number of days later that has not
   * come yet. (Due and review dates are plans and may lie ahead.)
   */
  void write(LocalDate today) {
    jdbc.queryForObject("select setseed(0.42)", Object.class);
    // Audits: month m (0 = eleven months ago ... 11 = this month), about 30 a month, on random open files.
    int audits = jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, allocated_worker, team_manager, auditor,
                              due_date, status, overall_grade, final_grade, suggested_grade, moderation_reason,
                              created_at, submitted_at, closed_at)
        select f.child_reference, f.service_code, f.team_code, f.allocated_worker, f.team_manager, a.auditor,
               a.submitted::date + 7, 'CLOSED', a.grade, a.grade, a.grade,
               case when a.moderate then 'Sampled' end, a.submitted - interval '10 days', a.submitted,
               a.submitted + least(interval '40 days', (now() - a.submitted) / 2)
          from (select m, n, (array['auditor1', 'auditor2', 'hos1', 'hos2'])[1 + (n % 4)] as auditor,
                       (date_trunc('month', ?::date) - (11 - m) * interval '1 month' + interval '12 hours'
                          + floor(random() * 26) * interval '1 day') as submitted,
                       random() < 0.4 as moderate,
                       r.x as roll, row_number() over () as pick
                  from generate_series(0, 11) m cross join generate_series(1, 30) n
                  cross join lateral (select random() + m * 0 + n * 0 as x) r) a0
          cross join lateral (select a0.*, case
                   when a0.roll < 0.05 then 'OUTSTANDING'
                   when a0.roll < 0.28 + 0.011 * a0.m then 'GOOD'
                   when a0.roll < 1 - (0.17 - 0.0075 * a0.m) then 'REQUIRES_IMPROVEMENT'
                   else 'INADEQUATE' end as grade) a
          join lateral (select * from pa.case_file f where f.is_open
                         order by f.id offset floor(random() * 3900 + a.pick * 0)::int limit 1) f on true
         where a.submitted < now()
        """, today);
    jdbc.update("""
        insert into pa.audit_area (audit_id, area, grade, evidence)
        select a.id, area, case when random() < 0.7 then a.overall_grade
                                else (array['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'])[1 + floor(random() * 4)::int] end,
               'Demo history.'
          from pa.audit a cross join unnest(array['SUPERVISION', 'VISITING', 'ASSESSMENT', 'PLANNING', 'RECORDING']) area
         where a.status = 'CLOSED' and a.created_at < now() - interval '1 day'
        """);
    // Moderations: the moderator agrees with about four area grades in five; one overall grade in six moves.
    jdbc.update("""
        insert into pa.moderation (audit_id, moderator, outcome, quality_rating, feedback, auditor_grade, final_grade,
                                   final_grade_reason, completed_at, areas_moderated, areas_agreed)
        select a.id, 'moderator1', 'ACCEPTED', (array['GOOD', 'GOOD', 'ADEQUATE', 'NEEDS_DEVELOPMENT'])[1 + floor(random() * 4)::int],
               'Demo moderation feedback.', a.overall_grade, a.overall_grade, null,
               a.submitted_at + least(interval '3 days', (a.closed_at - a.submitted_at) / 2), 0, 0
          from pa.audit a where a.moderation_reason is not null and a.status = 'CLOSED'
        """);
    jdbc.update("""
        update pa.moderation m set final_grade = case m.auditor_grade when 'GOOD' then 'REQUIRES_IMPROVEMENT'
                 when 'REQUIRES_IMPROVEMENT' then (case when random() < 0.5 then 'GOOD' else 'INADEQUATE' end)
                 when 'INADEQUATE' then 'REQUIRES_IMPROVEMENT' else 'GOOD' end,
               final_grade_reason = 'Demo: the evidence supports a different grade.'
         where m.feedback = 'Demo moderation feedback.' and random() < 0.17
        """);
    jdbc.update("""
        update pa.audit a set final_grade = m.final_grade from pa.moderation m
         where m.audit_id = a.id and m.feedback = 'Demo moderation feedback.'
        """);
    jdbc.update("""
        insert into pa.moderation_area (moderation_id, area, auditor_grade, moderated_grade, reason)
        select m.id, ar.area, ar.grade, case when random() < 0.8 then ar.grade
                 else (array['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'])[1 + floor(random() * 4)::int] end, null
          from pa.moderation m join pa.audit_area ar on ar.audit_id = m.audit_id
         where m.feedback = 'Demo moderation feedback.'
        """);
    jdbc.update("update pa.moderation_area set reason = 'Demo: changed.' where reason is null and auditor_grade <> moderated_grade"
        + " and moderation_id in (select id from pa.moderation where feedback = 'Demo moderation feedback.')");
    jdbc.update("""
        update pa.moderation m set areas_moderated = a.n, areas_agreed = a.agreed
          from (select moderation_id, count(*) as n, count(*) filter (where auditor_grade = moderated_grade) as agreed
                  from pa.moderation_area group by 1) a
         where a.moderation_id = m.id and m.feedback = 'Demo moderation feedback.'
        """);
    // Actions: one or two per audit graded below good, closed after 5 to 60 days (the most recent ones still open
    // come from the action module's own demo data, with their processes).
    int actions = jdbc.update("""
        insert into pa.action (id, source, source_id, child_reference, description, owner, raised_by, service_code,
                               team_code, priority, due_date, status, created_at, done_at, closed_at, closed_by, version)
        select 'H-' || lpad((row_number() over (order by a.id, k))::text, 6, '0'), 'AUDIT', a.id::text, a.child_reference,
               (array['Update the child''s plan with SMART actions', 'Record management oversight of the decision',
                      'See the child alone and record their views', 'Complete the overdue assessment'])[1 + (a.id + k) % 4],
               coalesce(a.allocated_worker, a.team_manager, 'tm1'), a.auditor, a.service_code, a.team_code, 'MEDIUM',
               (a.submitted_at + interval '28 days')::date, 'CLOSED', a.submitted_at + interval '3 days',
               a.submitted_at + interval '3 days' + d.days * interval '1 day' - interval '1 day',
               a.submitted_at + interval '3 days' + d.days * interval '1 day', coalesce(a.team_manager, 'tm1'), 0
          from pa.audit a cross join generate_series(1, 2) k
          cross join lateral (select 5 + floor(random() * 55 + k * 0)::int as days) d
         where a.status = 'CLOSED' and a.final_grade in ('REQUIRES_IMPROVEMENT', 'INADEQUATE') and (k = 1 or a.id % 3 = 0)
           and a.submitted_at + interval '3 days' + d.days * interval '1 day' < now()
        """);
    jdbc.update("""
        insert into pa.action_history (action_id, kind, text, due_date, actor, occurred_at)
        select id, 'RAISED', description, due_date, raised_by, created_at from pa.action where id like 'H-%'
        union all
        select id, 'DONE', 'Done (demo history).', null, owner, done_at from pa.action where id like 'H-%'
        union all
        select id, 'CLOSED', 'Verified (demo history).', null, closed_by, closed_at from pa.action where id like 'H-%'
        """);
    // Cases of Concern: children found at risk in inadequate audits; all but the last few resolved.
    jdbc.update("""
        insert into pa.concern (child_reference, reason, raised_by, source, source_id, service_code, team_code,
                                responsible_manager, status, review_date, raised_at, acknowledged_by, acknowledged_at,
                                resolution, resolved_by, resolved_at)
        select a.child_reference, 'Demo: risk not acted on with urgency when the audit was done.', a.auditor, 'AUDIT',
               a.id::text, a.service_code, a.team_code, coalesce(a.team_manager, 'tm1'),
               case when a.submitted_at > now() - interval '45 days' then 'ACKNOWLEDGED' else 'RESOLVED' end,
               (a.submitted_at + interval '14 days')::date, a.submitted_at, coalesce(a.team_manager, 'tm1'),
               a.submitted_at + least(interval '4 hours', (now() - a.submitted_at) / 2),
               case when a.submitted_at <= now() - interval '45 days' then 'Demo: strategy discussion held; plan in place.' end,
               case when a.submitted_at <= now() - interval '45 days' then coalesce(a.team_manager, 'tm1') end,
               case when a.submitted_at <= now() - interval '45 days' then a.submitted_at + interval '20 days' end
          from pa.audit a where a.status = 'CLOSED' and a.final_grade = 'INADEQUATE' and a.id % 4 = 0
        """);
    int samples = dipSamples();
    log.info("Demo history: {} audits, {} actions and {} dip-sample runs", audits, actions, samples);
  }

  /** Two runs of a Protection dip sample of 50 files: five months ago, then last month with better answers. */
  private int dipSamples() {
    Long questionSet = jdbc.queryForObject(
        "select id from pa.dip_question_set where theme_code = 'PROTECTION' order by version desc limit 1", Long.class);
    if (questionSet == null) {
      return 0;
    }
    Long previous = null;
    double[] yes = {0.45, 0.68};
    int[] monthsAgo = {5, 1};
    for (int run = 0; run < 2; run++) {
      Long id = jdbc.queryForObject("""
          insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                     minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, run_number,
                                     previous_run_id, created_by, created_at, launched_at, reviews_closed_at, findings,
                                     remediation, rerun_decision, completed_at)
          values ('Protection: children on plans across the county', ?, 'qm1', 'COMPLETE', 'COUNT', 50, 'LOCALITY', 5,
                  false, ?, 'auditor1,auditor2', current_date - ? * 30 + 14, ?, ?, 'qm1',
                  now() - ? * interval '1 month' - interval '14 days', now() - ? * interval '1 month' - interval '14 days',
                  now() - ? * interval '1 month', ?, ?, ?, now() - ? * interval '1 month' + interval '2 days')
          returning id
          """, Long.class, questionSet, 2026L + run, monthsAgo[run], run + 1, previous, monthsAgo[run], monthsAgo[run],
          monthsAgo[run], run == 0
              ? "Demo: strategy discussions were timely but plans rarely addressed each risk with timed actions."
              : "Demo: plans now name the person and the date for most risks; seeing children alone is still patchy.",
          run == 0 ? "Demo: SMART plans in every CP plan by the next run." : "Demo: seeing children alone.",
          run == 0 ? "Run again in four months with a new draw" : "No re-run yet", monthsAgo[run]);
      jdbc.update("""
          insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum,
                                          reviewer, reviewed_at)
          select ?, f.child_reference, f.service_code, f.team_code, coalesce(f.locality, 'Unknown'),
                 coalesce(f.locality, 'Unknown'), (array['auditor1', 'auditor2'])[1 + (row_number() over ())::int % 2],
                 now() - ? * interval '1 month' - interval '1 day'
            from (select * from pa.case_file where is_open and legal_status = 'CP' order by random() limit 50) f
          """, id, monthsAgo[run]);
      jdbc.update("""
          insert into pa.dip_answer (sample_file_id, question_id, answer)
          select f.id, q.id, case when r.x < ? then 'YES' when r.x < ? + 0.2 then 'PARTLY'
                                  when r.x < 0.95 then 'NO' else 'NOT_APPLICABLE' end
            from pa.dip_sample_file f
            join pa.dip_question q on q.question_set_id = ? and q.answer_type = 'YES_PARTLY_NO_NA'
            cross join lateral (select random() + f.id * 0 + q.id * 0 as x) r
           where f.dip_sample_id = ?
          """, yes[run], yes[run], questionSet, id);
      previous = id;
    }
    return 2;
  }
}
