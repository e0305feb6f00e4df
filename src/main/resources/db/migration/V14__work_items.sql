-- Open user tasks as people's task lists read them (ADR 18): one row per open Camunda task, written by the
-- engine's task listeners in the same transaction as the task itself (workflow/internal/WorkItemProjection),
-- so a list is one indexed query filtered by the viewer, sorted and paged in SQL. Camunda's ACT_RU_TASK stays
-- the truth; this table is rebuilt from it at start-up if the two ever disagree (WorkItemReconciler).

create table work_item (
    task_id                varchar(64)  primary key,
    process_instance_id    varchar(64),
    process_definition_key varchar(255) not null,
    process_name           varchar(255) not null,
    task_definition_key    varchar(255),
    name                   varchar(255) not null,
    subject                varchar(255),             -- the process's business key (a child, an action, a sample)
    child_reference        varchar(40),              -- the child the work is about, when it is about one
    team_code              varchar(40),
    service_code           varchar(40),
    priority               integer      not null,
    urgent                 boolean      generated always as (priority >= 100) stored,
    due_at                 timestamp with time zone,
    follow_up_at           timestamp with time zone, -- hidden from the default lists until then (never urgent work)
    created_at             timestamp with time zone not null,
    assignee               varchar(100),
    candidate_users        varchar(100)[] not null default '{}',
    candidate_groups       varchar(140)[] not null default '{}',
    excluded_user          varchar(100),             -- segregation of duties: who must not do it
    form_key               varchar(255)
);

-- Every list orders urgent work first, then by priority, due date (none last), age and id.
create index work_item_assignee_idx on work_item (assignee, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_candidate_groups_idx on work_item using gin (candidate_groups) where assignee is null;
create index work_item_candidate_users_idx on work_item using gin (candidate_users) where assignee is null;
create index work_item_team_idx on work_item (team_code, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_service_idx on work_item (service_code, urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_order_idx on work_item (urgent desc, priority desc, due_at, created_at, task_id);
create index work_item_instance_idx on work_item (process_instance_id);
