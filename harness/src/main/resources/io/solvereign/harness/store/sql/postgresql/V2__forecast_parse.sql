-- SOLVEREIGN plan store, version 2 (PostgreSQL): what a forecast version's input parsed to and the tours it
-- stands for, written in the same transaction as the forecast version. Derived rows: they can be rebuilt
-- from forecast_version (original_bytes, canonical_text), which the hash chain covers; they are not
-- chained themselves. Insert-only like the forecast version they belong to.
CREATE TABLE forecast_parse_line (
    forecast_seq BIGINT NOT NULL REFERENCES forecast_version (seq),
    line_no      INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PASS', 'WARN', 'FAIL')),
    issue_codes  TEXT NOT NULL,
    raw_text     TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, line_no)
);;
CREATE TABLE forecast_parse_issue (
    forecast_seq BIGINT NOT NULL REFERENCES forecast_version (seq),
    ordinal      INTEGER NOT NULL,
    line_no      INTEGER NOT NULL,
    col          INTEGER NOT NULL,
    json_path    TEXT NOT NULL,
    severity     TEXT NOT NULL,
    code         TEXT NOT NULL,
    message      TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, ordinal)
);;
CREATE TABLE tour_template (
    forecast_seq  BIGINT NOT NULL REFERENCES forecast_version (seq),
    template_no   INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    start_min     INTEGER NOT NULL,
    end_min       INTEGER NOT NULL,
    split_start_min INTEGER,
    split_end_min   INTEGER,
    count         INTEGER NOT NULL,
    depot         TEXT NOT NULL,
    skill         TEXT NOT NULL,
    external_id   TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, template_no)
);;
CREATE TABLE tour_instance (
    forecast_seq     BIGINT NOT NULL REFERENCES forecast_version (seq),
    instance_id      TEXT NOT NULL,
    template_no      INTEGER NOT NULL,
    day              INTEGER NOT NULL,
    start_min        INTEGER NOT NULL,
    end_min          INTEGER NOT NULL,
    crosses_midnight INTEGER NOT NULL,
    split_partner    TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, instance_id)
);;
CREATE TRIGGER forecast_parse_line_immutable BEFORE UPDATE OR DELETE ON forecast_parse_line FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER forecast_parse_line_no_truncate BEFORE TRUNCATE ON forecast_parse_line FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER forecast_parse_issue_immutable BEFORE UPDATE OR DELETE ON forecast_parse_issue FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER forecast_parse_issue_no_truncate BEFORE TRUNCATE ON forecast_parse_issue FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER tour_template_immutable BEFORE UPDATE OR DELETE ON tour_template FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER tour_template_no_truncate BEFORE TRUNCATE ON tour_template FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER tour_instance_immutable BEFORE UPDATE OR DELETE ON tour_instance FOR EACH ROW EXECUTE FUNCTION solvereign_refuse();;
CREATE TRIGGER tour_instance_no_truncate BEFORE TRUNCATE ON tour_instance FOR EACH STATEMENT EXECUTE FUNCTION solvereign_refuse();;
