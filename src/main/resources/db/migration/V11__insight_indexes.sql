-- Indexes for the insight module's aggregate queries (docs/adr/0013-insight-read-model.md). Each
-- covers one family of dashboard queries so that PostgreSQL reads the index alone, never the rows.

-- Graded audits by the time they were submitted (grade distribution, moderation, triangulation).
create index audit_graded_submitted_idx on audit (submitted_at)
    include (id, final_grade, overall_grade, service_code, team_code, auditor, moderation_reason)
    where final_grade is not null and status in ('IN_MODERATION', 'AWAITING_ACTIONS', 'CLOSED');

-- Outstanding actions by service (open, overdue, awaiting verification; by owner; per team) ...
create index action_outstanding_idx on action (service_code, team_code)
    include (owner, status, due_date)
    where status <> 'CLOSED';
-- ... and the oldest of them.
create index action_outstanding_age_idx on action (created_at, id) where status <> 'CLOSED';

-- Whole days from raising to closing (24 hours, rounded), kept by PostgreSQL itself so that the median
-- time to close over a year of actions reads an index instead of computing an interval per row.
alter table action add column days_to_close int
    generated always as (round(date_part('epoch', closed_at - created_at) / 86400)::int) stored;

-- Actions closed in a period: per service with the days they took; per owner.
create index action_closed_idx on action (closed_at)
    include (service_code, team_code, owner, days_to_close)
    where status = 'CLOSED';
create index action_closed_owner_idx on action (owner, closed_at) where status = 'CLOSED';

-- Open entries of the Cases of Concern register, oldest first.
create index concern_open_idx on concern (raised_at) include (service_code, team_code, status)
    where status <> 'RESOLVED';

-- Dip samples whose reviews ended in a period.
create index dip_sample_reviews_closed_idx on dip_sample (reviews_closed_at) where status in ('FINDINGS', 'COMPLETE');
