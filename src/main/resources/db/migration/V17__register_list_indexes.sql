-- Indexes for the registers and lists that grow with the county (ADR 16): each list's first page,
-- in its default order and within a person's scope, reads an index instead of sorting the table.
-- Child references are searched by their start without regard to case: upper(...) with the pattern
-- operator class, so that "like 'CF-10%'" uses the index whatever the database's collation.

-- Actions register: soonest due first, the id breaking ties (county-wide, and a team's).
create index action_due_idx on action (due_date, id);
create index action_team_due_idx on action (team_code, due_date, id);
create index action_service_due_idx on action (service_code, due_date, id);
create index action_child_prefix_idx on action (upper(child_reference) varchar_pattern_ops);

-- Cases of Concern register: newest first; the raiser's own entries; a child's.
create index concern_raised_id_idx on concern (raised_at, id);
create index concern_service_raised_idx on concern (service_code, raised_at);
create index concern_raised_by_idx on concern (raised_by);
create index concern_child_prefix_idx on concern (upper(child_reference) varchar_pattern_ops);

-- Dip samples: the ones a person leads or reviews a file in; those that drew a child.
create index dip_sample_lead_idx on dip_sample (lead);
create index dip_sample_file_reviewer_idx on dip_sample_file (reviewer, dip_sample_id);
create index dip_sample_file_child_prefix_idx on dip_sample_file (upper(child_reference) varchar_pattern_ops);

-- Surgeries: latest first, county-wide and a service's; the ones a person leads.
create index surgery_due_idx on surgery (due_date, id);
create index surgery_service_due_idx on surgery (service_code, due_date, id);
create index surgery_lead_idx on surgery (lead);
