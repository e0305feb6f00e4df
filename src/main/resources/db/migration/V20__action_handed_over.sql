-- An action's history records a manager handing it to someone else to carry out (issue 12's hand-over).
alter table action_history drop constraint action_history_kind_check;
alter table action_history add constraint action_history_kind_check
    check (kind in ('RAISED', 'PROGRESS', 'DONE', 'OVERDUE', 'CHASED', 'REOPENED', 'CLOSED', 'HANDED_OVER'));
