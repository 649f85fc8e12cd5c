-- The unusual-access report counts each account's distinct records within a window: on PostgreSQL from the index
-- alone, so the plain (actor, accessed_at) index of V20 gives way to one that also carries the record.
drop index personal_data_access_actor_idx;
create index personal_data_access_actor_idx on personal_data_access (actor, accessed_at)
    include (subject_type, subject_id);
