-- Habits get a schedule, a daily target, reminder times, an archive flag and an optional medication
-- link; every day's progress lives in habits.completion, one row per habit and household-local date.

ALTER TABLE habits.habit
    ADD COLUMN description    VARCHAR(1000),
    ADD COLUMN schedule_type  VARCHAR(20) NOT NULL DEFAULT 'DAILY'
        CHECK (schedule_type IN ('DAILY', 'WEEKDAYS', 'TIMES_PER_WEEK', 'TIMES_PER_MONTH')),
    -- N of "N times per week/month"; null for daily and weekday schedules
    ADD COLUMN schedule_times INTEGER CHECK (schedule_times BETWEEN 1 AND 31),
    ADD COLUMN target_count   INTEGER NOT NULL DEFAULT 1 CHECK (target_count >= 1),
    ADD COLUMN active         BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN archived_at    TIMESTAMP WITH TIME ZONE,
    -- a medication of module meds; no foreign key: modules never reach into each other's schema
    ADD COLUMN medication_id  BIGINT,
    ADD COLUMN updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    ADD COLUMN version        BIGINT NOT NULL DEFAULT 0;

-- "unique among active habits", case-insensitive; the service checks first, this catches races
CREATE UNIQUE INDEX habit_active_name_key ON habits.habit (lower(name)) WHERE active;
CREATE INDEX habit_medication_idx ON habits.habit (medication_id) WHERE medication_id IS NOT NULL;

CREATE TABLE habits.habit_weekday (
    habit_id BIGINT     NOT NULL REFERENCES habits.habit (id) ON DELETE CASCADE,
    weekday  VARCHAR(9) NOT NULL
        CHECK (weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    PRIMARY KEY (habit_id, weekday)
);

CREATE TABLE habits.habit_reminder_time (
    habit_id      BIGINT NOT NULL REFERENCES habits.habit (id) ON DELETE CASCADE,
    reminder_time TIME   NOT NULL,
    PRIMARY KEY (habit_id, reminder_time)
);

-- One row per habit and local date. Completing is an atomic upsert that adds to done_count, so
-- concurrent completions never lose a count.
CREATE TABLE habits.completion (
    habit_id   BIGINT                   NOT NULL REFERENCES habits.habit (id) ON DELETE CASCADE,
    day        DATE                     NOT NULL,
    done_count INTEGER                  NOT NULL DEFAULT 0 CHECK (done_count >= 0),
    status     VARCHAR(9)               NOT NULL CHECK (status IN ('COMPLETED', 'SKIPPED')),
    note       VARCHAR(500),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (habit_id, day)
);
