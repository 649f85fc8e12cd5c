-- The standing rule that invites those an activity is for when its registration opens, by a campaign about the
-- activity; the rule looks campaigns up by their activity.
insert into outreach_rule (code, enabled, threshold, updated_by, updated_at, version) values
    ('PROGRAMME_OPENING', true, 3, null, null, 0);
create index campaign_activity_idx on campaign (activity_id);
