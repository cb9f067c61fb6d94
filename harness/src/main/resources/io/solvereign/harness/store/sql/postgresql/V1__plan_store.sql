-- SOLVEREIGN plan store, version 1 (PostgreSQL). Statements are separated by lines holding only ';;'
-- so that function bodies may contain ';'. Every record row is covered by the ledger (hash chain).
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);;
CREATE TABLE ledger (
    seq          BIGINT PRIMARY KEY,
    kind         TEXT NOT NULL,
    ref          TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    prev_link    TEXT NOT NULL,
    link         TEXT NOT NULL
);;
CREATE TABLE forecast_version (
    seq            BIGINT PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    uid            TEXT NOT NULL UNIQUE,
    input_hash     TEXT NOT NULL,
    original_bytes BYTEA NOT NULL,
    canonical_text TEXT NOT NULL,
    meta_json      TEXT NOT NULL,
    created_at     TEXT NOT NULL
);;
CREATE TABLE forecast_line (
    forecast_seq BIGINT NOT NULL REFERENCES forecast_version (seq),
    line_no      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, line_no)
);;
CREATE TABLE plan_version (
    seq           BIGINT PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    uid           TEXT NOT NULL UNIQUE,
    forecast_id   TEXT NOT NULL REFERENCES forecast_version (id),
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'LOCKED', 'SUPERSEDED')),
    baseline_id   TEXT NOT NULL,
    solver_output BYTEA NOT NULL,
    audit_results BYTEA NOT NULL,
    output_hash   TEXT NOT NULL,
    created_at    TEXT NOT NULL
);;
CREATE TABLE plan_assignment (
    plan_seq         BIGINT NOT NULL REFERENCES plan_version (seq),
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
    seq        BIGINT PRIMARY KEY,
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
    seq            BIGINT PRIMARY KEY,
    plan_id        TEXT NOT NULL,
    actor          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    conditions_met TEXT NOT NULL,
    at             TEXT NOT NULL
);;
CREATE TABLE kpi_baseline (
    seq          BIGINT PRIMARY KEY,
    site         TEXT NOT NULL,
    approver     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    plan_ids     TEXT NOT NULL,
    samples_json TEXT NOT NULL,
    at           TEXT NOT NULL
);;
CREATE FUNCTION solvereign_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'solvereign: % is insert-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;;
CREATE TRIGGER ledger_insert_only BEFORE UPDATE OR DELETE ON ledger FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER trail_insert_only BEFORE UPDATE OR DELETE ON trail_entry FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER trail_no_truncate BEFORE TRUNCATE ON trail_entry FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER forecast_immutable BEFORE UPDATE OR DELETE ON forecast_version FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER forecast_line_immutable BEFORE UPDATE OR DELETE ON forecast_line FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER approval_insert_only BEFORE UPDATE OR DELETE ON approval FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER baseline_insert_only BEFORE UPDATE OR DELETE ON kpi_baseline FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER plan_no_delete BEFORE DELETE ON plan_version FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER plan_no_truncate BEFORE TRUNCATE ON plan_version FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE FUNCTION solvereign_plan_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.uid IS DISTINCT FROM OLD.uid OR NEW.seq IS DISTINCT FROM OLD.seq
       OR NEW.forecast_id IS DISTINCT FROM OLD.forecast_id OR NEW.baseline_id IS DISTINCT FROM OLD.baseline_id
       OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'solvereign: plan % identity never changes', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF NOT (OLD.status = 'DRAFT' OR (OLD.status = 'LOCKED' AND NEW.status = 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'solvereign: plan % may not go from % to % (DRAFT -> LOCKED -> SUPERSEDED only)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
    END IF;
    IF (OLD.status <> 'DRAFT' OR NEW.status <> 'DRAFT')
       AND (NEW.solver_output IS DISTINCT FROM OLD.solver_output OR NEW.audit_results IS DISTINCT FROM OLD.audit_results
            OR NEW.output_hash IS DISTINCT FROM OLD.output_hash) THEN
        RAISE EXCEPTION 'solvereign: plan % is % and its content is immutable', OLD.id, OLD.status
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;;
CREATE TRIGGER plan_status_path BEFORE UPDATE ON plan_version FOR EACH ROW EXECUTE FUNCTION solvereign_plan_update();;
CREATE FUNCTION solvereign_assignment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s TEXT;
BEGIN
    SELECT status INTO s FROM plan_version WHERE seq = (CASE WHEN TG_OP = 'INSERT' THEN NEW.plan_seq ELSE OLD.plan_seq END);
    IF s IS DISTINCT FROM 'DRAFT' THEN
        RAISE EXCEPTION 'solvereign: assignments of a % plan are immutable (% refused)', s, TG_OP
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;;
CREATE TRIGGER assignment_locked BEFORE INSERT OR UPDATE OR DELETE ON plan_assignment FOR EACH ROW
    EXECUTE FUNCTION solvereign_assignment_guard();;
CREATE TRIGGER assignment_no_truncate BEFORE TRUNCATE ON plan_assignment FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
