-- Browser sessions carry the generation of their user's sessions at login. Logging out, a password
-- or role change bumps it, which ends every session of that user at once, copied cookies included.
ALTER TABLE security.household_user ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
