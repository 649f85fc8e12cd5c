-- The administrator's audit viewer lists newest first under any one filter, and the unusual-access report reads
-- each account's openings in time order: an index for each filter, ending with the time the list is sorted by.
create index audit_entry_occurred_idx on audit_entry (occurred_at, id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_action_idx on audit_entry (action, occurred_at);
create index audit_entry_type_idx on audit_entry (subject_type, occurred_at);

create index personal_data_access_accessed_idx on personal_data_access (accessed_at, id);
create index personal_data_access_actor_idx on personal_data_access (actor, accessed_at);
create index personal_data_access_purpose_idx on personal_data_access (purpose, accessed_at);
create index personal_data_access_type_idx on personal_data_access (subject_type, accessed_at);
