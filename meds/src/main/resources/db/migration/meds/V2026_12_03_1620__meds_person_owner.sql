-- A medication belongs to one person of the household (module people) or, with no person, to
-- everyone (a shared medicine cabinet). Every medication there was so far is the household's.
-- No foreign key: modules never reach into each other's schema.
ALTER TABLE meds.medication ADD COLUMN person_id BIGINT;
CREATE INDEX medication_person_idx ON meds.medication (person_id) WHERE person_id IS NOT NULL;
