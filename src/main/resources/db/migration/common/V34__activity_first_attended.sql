-- When a registrant was first recorded present: the survey after the activity is asked for then and only then, so an
-- officer who corrects attendance back and forth does not announce the same attendee twice.
alter table activity_registration add column first_attended_at timestamp with time zone;
