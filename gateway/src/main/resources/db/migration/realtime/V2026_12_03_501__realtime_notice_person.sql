-- A dose reminder or missed-dose alert is about one person: the dashboard shows it only to that
-- person's logins and their caregivers', as Socket.IO sends it. Null: a notice for everyone.
ALTER TABLE realtime.notice ADD COLUMN person_id BIGINT;
