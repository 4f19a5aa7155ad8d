-- Administrative jobs, shared by every replica (service-support JobLedger): at most one RUNNING job of a kind at a
-- time, decided by the unique index below rather than by a check-then-insert, and a job's last state survives the
-- replica that ran it. A running job renews lease_until; a job whose replica died stops renewing and, once the lease
-- has expired, no longer blocks: the next start marks it FAILED and takes its place.
CREATE TABLE job (
    id          varchar(64) PRIMARY KEY,
    kind        varchar(100) NOT NULL,
    state       varchar(16) NOT NULL,
    parameters  text NOT NULL DEFAULT '{}',
    total       bigint NOT NULL DEFAULT -1,
    done        bigint NOT NULL DEFAULT 0,
    owner       varchar(300) NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    lease_until timestamptz NOT NULL,
    error       text
);

CREATE UNIQUE INDEX job_one_running_per_kind ON job (kind) WHERE state = 'RUNNING';
