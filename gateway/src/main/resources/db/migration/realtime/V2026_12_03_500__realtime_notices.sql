-- The gateway owns the schema "realtime": the household's notices feed (reminders and warnings as
-- the dashboard shows them), kept across restarts. Only the newest rows are kept (NoticeTable).
CREATE SCHEMA IF NOT EXISTS realtime;

CREATE TABLE realtime.notice (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind     VARCHAR(20)              NOT NULL CHECK (kind IN ('NOTIFICATION', 'ALERT')),
    severity VARCHAR(20)              NOT NULL,
    message  TEXT                     NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL
);
