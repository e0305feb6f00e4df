-- Open user tasks as people's task lists read them (ADR 18): one row per open Camunda task, written by the
-- engine's task listeners in the same transaction as the task itself (workflow/internal/WorkItemProjection),
-- so a list is one indexed query filtered by the viewer, sorted and paged in SQL. Camunda's ACT_RU_TASK stays
-- the truth; this table is rebuilt from it at start-up if the two ever disagree (WorkItemReconciler).
-- Text columns have no length: a task's names and codes must never make the engine's step fail.

create table work_item (
    task_id                varchar(64)  primary key,
    process_instance_id    varchar(64),
    process_definition_key text not null,
    process_name           text not null,
    task_definition_key    text,
    name                   text not null,
    subject                text,             -- the process's business key (a child, an action, a sample)
    child_reference        text,              -- the child the work is about, when it is about one
    team_code              text,
    service_code           text,
    priority               integer      not null,
    urgent                 boolean      generated always as (priority >= 100) stored,
    due_at                 timestamp with time zone,
    follow_up_at           timestamp with time zone, -- hidden from the default lists until then (never urgent work)
    created_at             timestamp with time zone not null,
    assignee               text,
    candidate_users        text[] not null default '{}',
    candidate_groups       text[] not null default '{}',
    excluded_user          text,             -- segregation of duties: who must not do it
    form_key               text
);

-- Every list orders urgent work first, then by priority, due date (none last), age and id.
create index work_item_assignee_idx on work_item (assignee, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_candidate_groups_idx on work_item using gin (candidate_groups) where assignee is null;
create index work_item_candidate_users_idx on work_item using gin (candidate_users) where assignee is null;
create index work_item_team_idx on work_item (team_code, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_service_idx on work_item (service_code, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_order_idx on work_item (urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_instance_idx on work_item (process_instance_id);
