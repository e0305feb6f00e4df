-- Each moderation keeps how many area grades the moderator read and how many they left as the auditor
-- had them, so an agreement rate over a year of moderations is read from the moderation rows alone
-- (the insight dashboards and the monthly QA report; docs/adr/0013-insight-read-model.md). The
-- per-area decisions stay in moderation_area.
alter table moderation add column areas_moderated int, add column areas_agreed int;

update moderation m
   set areas_moderated = coalesce(a.moderated, 0), areas_agreed = coalesce(a.agreed, 0)
  from moderation m2
  left join (select moderation_id, count(*) as moderated,
                    count(*) filter (where auditor_grade = moderated_grade) as agreed
               from moderation_area group by moderation_id) a on a.moderation_id = m2.id
 where m2.id = m.id;

alter table moderation
    alter column areas_moderated set not null,
    alter column areas_agreed set not null,
    add constraint moderation_agreed_within check (areas_agreed between 0 and areas_moderated);

-- The moderations of a period's audits, with everything the dashboards count, read from the index alone.
create index moderation_audit_figures_idx on moderation (audit_id)
    include (id, outcome, quality_rating, auditor_grade, final_grade, areas_moderated, areas_agreed);
