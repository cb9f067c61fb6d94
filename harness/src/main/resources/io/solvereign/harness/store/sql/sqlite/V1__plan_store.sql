-- SOLVEREIGN plan store, version 1 (SQLite). Statements are separated by lines holding only ';;'
-- so that trigger bodies may contain ';'. Every record row is covered by the ledger (hash chain).
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);;
CREATE TABLE ledger (
    seq          INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    ref          TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    prev_link    TEXT NOT NULL,
    link         TEXT NOT NULL
);;
CREATE TABLE forecast_version (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    uid            TEXT NOT NULL UNIQUE,
    input_hash     TEXT NOT NULL,
    original_bytes BLOB NOT NULL,
    canonical_text TEXT NOT NULL,
    meta_json      TEXT NOT NULL,
    created_at     TEXT NOT NULL
);;
CREATE TABLE forecast_line (
    forecast_seq INTEGER NOT NULL REFERENCES forecast_version (seq),
    line_no      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, line_no)
);;
CREATE TABLE plan_version (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    uid           TEXT NOT NULL UNIQUE,
    forecast_id   TEXT NOT NULL REFERENCES forecast_version (id),
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'LOCKED', 'SUPERSEDED')),
    baseline_id   TEXT NOT NULL,
    solver_output BLOB NOT NULL,
    audit_results BLOB NOT NULL,
    output_hash   TEXT NOT NULL,
    created_at    TEXT NOT NULL
);;
CREATE TABLE plan_assignment (
    plan_seq         INTEGER NOT NULL REFERENCES plan_version (seq),
    tour_instance_id TEXT NOT NULL,
    driver_id        TEXT NOT NULL,
    day              INTEGER NOT NULL,
    block_id         TEXT NOT NULL,
    block_type       TEXT NOT NULL,
    start_min        INTEGER NOT NULL,
    end_min          INTEGER NOT NULL,
    crosses_midnight INTEGER NOT NULL,
    PRIMARY KEY (plan_seq, tour_instance_id)
);;
CREATE TABLE trail_entry (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    reason     TEXT NOT NULL,
    details    TEXT NOT NULL
);;
CREATE TABLE kill_switch (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    is_on  INTEGER NOT NULL,
    reason TEXT NOT NULL,
    actor  TEXT NOT NULL,
    at     TEXT NOT NULL
);;
CREATE TABLE approval (
    seq            INTEGER PRIMARY KEY,
    plan_id        TEXT NOT NULL,
    actor          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    conditions_met TEXT NOT NULL,
    at             TEXT NOT NULL
);;
CREATE TABLE kpi_baseline (
    seq          INTEGER PRIMARY KEY,
    site         TEXT NOT NULL,
    approver     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    plan_ids     TEXT NOT NULL,
    samples_json TEXT NOT NULL,
    at           TEXT NOT NULL
);;
-- The same guards as on PostgreSQL: a forger must drop them first, and then the hash chain still tells.
CREATE TRIGGER ledger_insert_only_u BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'ledger is insert-only'); END;;
CREATE TRIGGER ledger_insert_only_d BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'ledger is insert-only'); END;;
CREATE TRIGGER trail_insert_only_u BEFORE UPDATE ON trail_entry BEGIN SELECT RAISE(ABORT, 'trail is insert-only'); END;;
CREATE TRIGGER trail_insert_only_d BEFORE DELETE ON trail_entry BEGIN SELECT RAISE(ABORT, 'trail is insert-only'); END;;
CREATE TRIGGER forecast_immutable_u BEFORE UPDATE ON forecast_version BEGIN SELECT RAISE(ABORT, 'forecast versions are immutable'); END;;
CREATE TRIGGER forecast_immutable_d BEFORE DELETE ON forecast_version BEGIN SELECT RAISE(ABORT, 'forecast versions are immutable'); END;;
CREATE TRIGGER forecast_line_immutable_u BEFORE UPDATE ON forecast_line BEGIN SELECT RAISE(ABORT, 'forecast lines are immutable'); END;;
CREATE TRIGGER forecast_line_immutable_d BEFORE DELETE ON forecast_line BEGIN SELECT RAISE(ABORT, 'forecast lines are immutable'); END;;
CREATE TRIGGER approval_insert_only_u BEFORE UPDATE ON approval BEGIN SELECT RAISE(ABORT, 'approvals are insert-only'); END;;
CREATE TRIGGER approval_insert_only_d BEFORE DELETE ON approval BEGIN SELECT RAISE(ABORT, 'approvals are insert-only'); END;;
CREATE TRIGGER baseline_insert_only_u BEFORE UPDATE ON kpi_baseline BEGIN SELECT RAISE(ABORT, 'KPI baselines are insert-only'); END;;
CREATE TRIGGER baseline_insert_only_d BEFORE DELETE ON kpi_baseline BEGIN SELECT RAISE(ABORT, 'KPI baselines are insert-only'); END;;
CREATE TRIGGER plan_no_delete BEFORE DELETE ON plan_version BEGIN SELECT RAISE(ABORT, 'plan versions are never deleted'); END;;
CREATE TRIGGER plan_status_path BEFORE UPDATE ON plan_version
WHEN NOT ((OLD.status = 'DRAFT')
          OR (OLD.status = 'LOCKED' AND NEW.status = 'SUPERSEDED'))
     OR (OLD.status <> 'DRAFT' AND (NEW.solver_output IS NOT OLD.solver_output OR NEW.audit_results IS NOT OLD.audit_results
          OR NEW.output_hash IS NOT OLD.output_hash))
     OR NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid OR NEW.forecast_id IS NOT OLD.forecast_id
     OR NEW.baseline_id IS NOT OLD.baseline_id OR NEW.created_at IS NOT OLD.created_at
     OR (OLD.status = 'DRAFT' AND NEW.status <> 'DRAFT' AND (NEW.solver_output IS NOT OLD.solver_output
          OR NEW.audit_results IS NOT OLD.audit_results OR NEW.output_hash IS NOT OLD.output_hash))
BEGIN SELECT RAISE(ABORT, 'plan status changes only DRAFT -> LOCKED -> SUPERSEDED and a locked plan is immutable'); END;;
CREATE TRIGGER assignment_locked_u BEFORE UPDATE ON plan_assignment
WHEN (SELECT status FROM plan_version WHERE seq = OLD.plan_seq) <> 'DRAFT'
BEGIN SELECT RAISE(ABORT, 'assignments of a LOCKED or SUPERSEDED plan are immutable'); END;;
CREATE TRIGGER assignment_locked_d BEFORE DELETE ON plan_assignment
WHEN (SELECT status FROM plan_version WHERE seq = OLD.plan_seq) <> 'DRAFT'
BEGIN SELECT RAISE(ABORT, 'assignments of a LOCKED or SUPERSEDED plan are immutable'); END;;
CREATE TRIGGER assignment_locked_i BEFORE INSERT ON plan_assignment
WHEN (SELECT status FROM plan_version WHERE seq = NEW.plan_seq) <> 'DRAFT'
BEGIN SELECT RAISE(ABORT, 'assignments of a LOCKED or SUPERSEDED plan are immutable'); END;;
