-- A habit belongs to one person of the household (module people) or, with no person, to everyone.
-- Every habit there was so far is the household's. No foreign key: modules never reach into each
-- other's schema.
ALTER TABLE habits.habit ADD COLUMN person_id BIGINT;
CREATE INDEX habit_person_idx ON habits.habit (person_id) WHERE person_id IS NOT NULL;

-- Names are unique among one owner's active habits (Mia and Ben may each brush their teeth), and
-- among the shared ones.
DROP INDEX habits.habit_active_name_key;
CREATE UNIQUE INDEX habit_active_owner_name_key ON habits.habit (COALESCE(person_id, 0), lower(name)) WHERE active;
