-- Performance indicators (docs/adr/0010-indicator-rag.md): the catalogue, monthly values per team
-- imported from the case management system's report exports, and child-level exception lists.
-- Services and localities are rolled up from team values when read, never stored.
--
-- No foreign key to team or case_file: the roster is a copy of the case management system's,
-- refreshed by imports (and emptied by tests); an indicator value keeps the team code, service and
-- locality its team had when the value was imported.

create table indicator (
    code            varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
    position        integer      not null unique,
    name            varchar(200) not null unique,
    unit            varchar(20)  not null,
    direction       varchar(20)  not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    target          double precision not null,
    amber_threshold double precision not null,
    red_threshold   double precision not null,
    description     text         not null,
    -- the amber threshold is the green/amber edge, the red threshold the amber/red edge
    constraint indicator_thresholds_ordered check (
        (direction = 'HIGHER_IS_BETTER' and red_threshold <= amber_threshold)
        or (direction = 'LOWER_IS_BETTER' and amber_threshold <= red_threshold))
);

insert into indicator (code, position, name, unit, direction, target, amber_threshold, red_threshold, description) values
    ('ASSESSMENTS_IN_45_DAYS', 10, 'Assessments completed within 45 days', '%', 'HIGHER_IS_BETTER', 85, 85, 75,
     'Children and family assessments completed in the month that were completed within 45 working days of referral. Target 85 % (the county''s target).'),
    ('CP_VISITS_IN_TIME', 20, 'Children on CP plans seen in time', '%', 'HIGHER_IS_BETTER', 90, 90, 80,
     'Children on child protection plans at the month end who were seen alone within the plan''s visiting timescale (at least every 10 working days). The county reports no target: 90 % chosen, red below 80 %.'),
    ('CIC_VISITS_IN_TIME', 30, 'Visits to children in care in time', '%', 'HIGHER_IS_BETTER', 90, 90, 80,
     'Children in care at the month end whose statutory visits are up to date (within 6 weeks, or the child''s own visiting plan). The county reports no target: 90 % chosen, red below 80 %.'),
    ('SUPERVISION_IN_TIME', 40, 'Case supervision in time', '%', 'HIGHER_IS_BETTER', 85, 85, 75,
     'Open case files with a recorded case supervision within the supervision policy''s timescale. Target met at 85 % (the county''s target).'),
    ('RE_REFERRAL_RATE', 50, 'Re-referral rate', '%', 'LOWER_IS_BETTER', 24, 24, 28,
     'Referrals in the month about a child referred before within 12 months. Target 24 % or lower (the county''s target); red above 28 %.'),
    ('REPEAT_CP_PLANS', 60, 'Repeat child protection plans', '%', 'LOWER_IS_BETTER', 18, 18, 23,
     'Child protection plans starting in the month that are the child''s second or subsequent plan. The county reports no target: 18 % or lower chosen (about the national rate), red above 23 %.'),
    ('STRATEGY_DISCUSSIONS_IN_TIME', 70, 'Initial strategy discussions in time', '%', 'HIGHER_IS_BETTER', 85, 85, 75,
     'Initial strategy discussions held within the timescale (one working day of the decision). Target 85 % (the county''s target).'),
    ('ICPC_IN_TIME', 80, 'Initial child protection conferences in time', '%', 'HIGHER_IS_BETTER', 85, 85, 75,
     'Initial child protection conferences held within 15 working days of the strategy discussion. The county reports no target: 85 % chosen, as for strategy discussions.'),
    ('PATHWAY_PLANS_IN_TIME', 90, 'Pathway plans for care leavers', '%', 'HIGHER_IS_BETTER', 90, 90, 80,
     'Care leavers with an up-to-date pathway plan (reviewed within 6 months). Target 90 % (the county''s target).'),
    ('CASELOAD_PER_WORKER', 100, 'Caseload per social worker', 'per worker', 'LOWER_IS_BETTER', 18, 18, 22,
     'Open case files allocated per full-time social worker at the month end (numerator children, denominator workers). Target 18 or fewer (the county''s target); red above 22.'),
    ('CP_PLANS_OVER_18_MONTHS', 110, 'CP plans over 18 months', '%', 'LOWER_IS_BETTER', 5, 5, 10,
     'Children on child protection plans at the month end whose plan has lasted more than 18 months, as a share of all children on plans. The county reports no target: 5 % or lower chosen, red above 10 %.');

-- One value per indicator, team and month (stored as the first day of the month).
create table indicator_value (
    indicator_code varchar(40)  not null references indicator (code),
    team_code      varchar(40)  not null,
    month          date         not null check (extract(day from month) = 1),
    service_code   varchar(10)  not null references org_service (code),
    locality       varchar(60),
    value          double precision not null,
    numerator      double precision check (numerator >= 0),
    denominator    double precision check (denominator > 0),
    imported_at    timestamp with time zone not null,
    imported_by    varchar(100) not null,
    primary key (indicator_code, team_code, month),
    constraint indicator_value_fraction_whole check ((numerator is null) = (denominator is null))
);

create index indicator_value_team_idx on indicator_value (team_code, month);
create index indicator_value_service_idx on indicator_value (service_code, month);
create index indicator_value_locality_idx on indicator_value (locality, month);

-- The kinds of child-level exception list the case management system reports.
create table indicator_exception_list (
    code           varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
    position       integer      not null unique,
    name           varchar(200) not null unique,
    indicator_code varchar(40)  references indicator (code),
    description    text         not null
);

insert into indicator_exception_list (code, position, name, indicator_code, description) values
    ('NOT_SEEN_IN_TIMESCALE', 10, 'Children not seen within timescale', 'CP_VISITS_IN_TIME',
     'Children on plans or in care not seen within their visiting timescale at the month end.'),
    ('ASSESSMENT_OVER_45_DAYS', 20, 'Assessments over 45 days', 'ASSESSMENTS_IN_45_DAYS',
     'Children whose assessment was open for more than 45 working days.'),
    ('CP_PLAN_OVER_18_MONTHS', 30, 'CP plans over 18 months', 'CP_PLANS_OVER_18_MONTHS',
     'Children whose child protection plan has lasted more than 18 months.');

-- A child on an exception list for a team and month. Importing a list for a team and month again
-- replaces that list's children for that team and month.
create table indicator_exception (
    id              bigint generated by default as identity primary key,
    list_code       varchar(40)  not null references indicator_exception_list (code),
    child_reference varchar(40)  not null,
    team_code       varchar(40)  not null,
    month           date         not null check (extract(day from month) = 1),
    service_code    varchar(10)  not null references org_service (code),
    locality        varchar(60),
    detail          varchar(500) not null default '',
    imported_at     timestamp with time zone not null,
    imported_by     varchar(100) not null,
    constraint indicator_exception_once unique (list_code, team_code, month, child_reference)
);

create index indicator_exception_team_idx on indicator_exception (team_code, month);
create index indicator_exception_service_idx on indicator_exception (service_code, month);
create index indicator_exception_locality_idx on indicator_exception (locality, month);

-- Who imported which file, when, and what it did: one row per import that committed.
create table indicator_import (
    id          bigint generated by default as identity primary key,
    kind        varchar(20)  not null check (kind in ('VALUES', 'EXCEPTIONS')),
    file_name   varchar(300),
    imported_at timestamp with time zone not null,
    imported_by varchar(100) not null,
    rows_read   integer      not null,
    created     integer      not null,
    updated     integer      not null,
    unchanged   integer      not null,
    removed     integer      not null,
    rejected    integer      not null
);
