-- The Audits and Case files lists page in SQL within the viewer's scope (ADR 16, ADR 21).

-- What the lists show and sort by, written once. A grade is final only once moderation accepted it
-- or the audit went on without moderation; the status order is the audit's lifecycle.
create function audit_decided_grade(status varchar, final_grade varchar) returns varchar
    language sql immutable parallel safe
    as $$ select case when status in ('AWAITING_ACTIONS', 'CLOSED') then final_grade end $$;

create function audit_status_rank(status varchar) returns int
    language sql immutable parallel safe
    as $$ select case status when 'UNASSIGNED' then 0 when 'ASSIGNED' then 1 when 'IN_PROGRESS' then 2
                             when 'IN_MODERATION' then 3 when 'RETURNED' then 4 when 'AWAITING_ACTIONS' then 5
                             when 'CLOSED' then 6 else 7 end $$;

-- An audit that nobody holds was created "Assigned" (with no auditor): it now waits for an auditor.
-- Audits already claimed but not yet opened take the claimant as their auditor.
do $$
begin
  if to_regclass('public.act_ru_task') is not null then
    update audit a set auditor = t.assignee_
      from public.act_ru_task t
     where t.proc_inst_id_ = a.process_instance_id and t.task_def_key_ = 'complete-audit'
       and t.assignee_ is not null and a.auditor is null and a.status = 'ASSIGNED';
  end if;
end $$;
update audit set status = 'UNASSIGNED' where status = 'ASSIGNED' and auditor is null;

-- First pages. Every sort offered reads an index in order, the id last so that pages never overlap;
-- a viewer who is not county-wide reads one ordered branch per part of their scope (service, team,
-- the audits they hold), so each part has its own index in the default order (newest first).
create index audit_created_idx on audit (created_at, id);
create index audit_service_created_idx on audit (service_code, created_at, id);
create index audit_team_created_idx on audit (team_code, created_at, id);
create index audit_auditor_created_idx on audit (auditor, created_at, id);
create index audit_status_created_idx on audit (status, created_at, id);
create index audit_due_idx on audit (due_date, id);
create index audit_submitted_idx on audit (submitted_at nulls first, id);
create index audit_status_rank_idx on audit (audit_status_rank(status), id);
create index audit_child_prefix_idx on audit (child_reference varchar_pattern_ops, id);
-- A child's open audit (one at a time) and the children the programme must leave out.
create index audit_open_child_idx on audit (child_reference) where status <> 'CLOSED';

-- How many audits each part of the county holds, kept by PostgreSQL in the same transaction as the
-- audits themselves, so that "1,000,000 audits" is a sum over a few thousand rows instead of a count
-- over a million (ADR 21). auditor and grade are '' when there is none.
create table audit_tally (
    service_code varchar(20)  not null,
    team_code    varchar(40)  not null,
    auditor      varchar(100) not null,
    status       varchar(30)  not null,
    grade        varchar(30)  not null,
    audits       bigint       not null,
    primary key (team_code, auditor, status, grade, service_code)
);

-- A viewer's parts of the county: a service, a team (the key), the audits they hold.
create index audit_tally_service_idx on audit_tally (service_code);
create index audit_tally_auditor_idx on audit_tally (auditor);

insert into audit_tally (service_code, team_code, auditor, status, grade, audits)
select service_code, team_code, coalesce(auditor, ''), status, coalesce(audit_decided_grade(status, final_grade), ''),
       count(*)
  from audit group by 1, 2, 3, 4, 5;

-- Rows are counted in key order, so that two transactions never wait for each other's tally rows in a cycle.
-- The functions keep this schema as their search path: the application's sessions do not have it.
create function audit_tally_added() returns trigger language plpgsql set search_path from current as $$
begin
  insert into audit_tally (service_code, team_code, auditor, status, grade, audits)
  select service_code, team_code, coalesce(auditor, ''), status,
         coalesce(audit_decided_grade(status, final_grade), ''), count(*)
    from added group by 1, 2, 3, 4, 5 order by 2, 3, 4, 5, 1
  on conflict (team_code, auditor, status, grade, service_code)
  do update set audits = audit_tally.audits + excluded.audits;
  return null;
end $$;

create function audit_tally_removed() returns trigger language plpgsql set search_path from current as $$
begin
  update audit_tally t set audits = t.audits - r.n
    from (select service_code, team_code, coalesce(auditor, '') as auditor, status,
                 coalesce(audit_decided_grade(status, final_grade), '') as grade, count(*) as n
            from removed group by 1, 2, 3, 4, 5) r
   where t.team_code = r.team_code and t.auditor = r.auditor and t.status = r.status and t.grade = r.grade
     and t.service_code = r.service_code;
  return null;
end $$;

-- One audit more (or less) in a part of the county; a row that is missing is not made negative.
create function audit_tally_add(service varchar, team varchar, who varchar, state varchar, decided varchar, delta int)
    returns void language plpgsql set search_path from current as $$
begin
  if delta > 0 then
    insert into audit_tally (service_code, team_code, auditor, status, grade, audits)
    values (service, team, who, state, decided, delta)
    on conflict (team_code, auditor, status, grade, service_code)
    do update set audits = audit_tally.audits + excluded.audits;
  else
    update audit_tally set audits = audits + delta
     where team_code = team and auditor = who and status = state and grade = decided and service_code = service;
  end if;
end $$;

create function audit_tally_moved() returns trigger language plpgsql set search_path from current as $$
declare
  was record;
  now_is record;
begin
  select old.service_code, old.team_code, coalesce(old.auditor, '') as auditor, old.status,
         coalesce(audit_decided_grade(old.status, old.final_grade), '') as grade into was;
  select new.service_code, new.team_code, coalesce(new.auditor, '') as auditor, new.status,
         coalesce(audit_decided_grade(new.status, new.final_grade), '') as grade into now_is;
  if (was.team_code, was.auditor, was.status, was.grade, was.service_code)
      = (now_is.team_code, now_is.auditor, now_is.status, now_is.grade, now_is.service_code) then
    return null;
  end if;
  if (was.team_code, was.auditor, was.status, was.grade, was.service_code)
      < (now_is.team_code, now_is.auditor, now_is.status, now_is.grade, now_is.service_code) then
    perform audit_tally_add(was.service_code, was.team_code, was.auditor, was.status, was.grade, -1);
    perform audit_tally_add(now_is.service_code, now_is.team_code, now_is.auditor, now_is.status, now_is.grade, 1);
  else
    perform audit_tally_add(now_is.service_code, now_is.team_code, now_is.auditor, now_is.status, now_is.grade, 1);
    perform audit_tally_add(was.service_code, was.team_code, was.auditor, was.status, was.grade, -1);
  end if;
  return null;
end $$;

create function audit_tally_emptied() returns trigger language plpgsql set search_path from current as $$
begin
  delete from audit_tally;
  return null;
end $$;

create trigger audit_tally_insert after insert on audit
    referencing new table as added for each statement execute function audit_tally_added();
create trigger audit_tally_delete after delete on audit
    referencing old table as removed for each statement execute function audit_tally_removed();
-- Only when what is counted changes: a draft saved as the auditor types changes none of it.
create trigger audit_tally_update after update on audit for each row
    when (old.service_code is distinct from new.service_code or old.team_code is distinct from new.team_code
          or old.auditor is distinct from new.auditor or old.status is distinct from new.status
          or old.final_grade is distinct from new.final_grade)
    execute function audit_tally_moved();
create trigger audit_tally_truncate after truncate on audit
    for each statement execute function audit_tally_emptied();

-- Case files: free text matches the start of a reference or a name, whatever the case.
create index case_file_reference_prefix_idx on case_file (child_reference varchar_pattern_ops);
create index case_file_name_prefix_idx on case_file (lower(display_name) varchar_pattern_ops);
create index case_file_team_reference_idx on case_file (team_code, child_reference);
