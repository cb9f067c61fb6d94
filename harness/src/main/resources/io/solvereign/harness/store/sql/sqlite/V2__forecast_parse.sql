-- SOLVEREIGN plan store, version 2 (SQLite): what a forecast version's input parsed to and the tours it
-- stands for, written in the same transaction as the forecast version. Derived rows: they can be rebuilt
-- from forecast_version (original_bytes, canonical_text), which the hash chain covers; they are not
-- chained themselves. Insert-only like the forecast version they belong to.
CREATE TABLE forecast_parse_line (
    forecast_seq INTEGER NOT NULL REFERENCES forecast_version (seq),
    line_no      INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PASS', 'WARN', 'FAIL')),
    issue_codes  TEXT NOT NULL,
    raw_text     TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, line_no)
);;
CREATE TABLE forecast_parse_issue (
    forecast_seq INTEGER NOT NULL REFERENCES forecast_version (seq),
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
    forecast_seq  INTEGER NOT NULL REFERENCES forecast_version (seq),
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
    forecast_seq     INTEGER NOT NULL REFERENCES forecast_version (seq),
    instance_id      TEXT NOT NULL,
    template_no      INTEGER NOT NULL,
    day              INTEGER NOT NULL,
    start_min        INTEGER NOT NULL,
    end_min          INTEGER NOT NULL,
    crosses_midnight INTEGER NOT NULL,
    split_partner    TEXT NOT NULL,
    PRIMARY KEY (forecast_seq, instance_id)
);;
CREATE TRIGGER parse_line_immutable_u BEFORE UPDATE ON forecast_parse_line BEGIN SELECT RAISE(ABORT, 'parse results are immutable'); END;;
CREATE TRIGGER parse_line_immutable_d BEFORE DELETE ON forecast_parse_line BEGIN SELECT RAISE(ABORT, 'parse results are immutable'); END;;
CREATE TRIGGER parse_issue_immutable_u BEFORE UPDATE ON forecast_parse_issue BEGIN SELECT RAISE(ABORT, 'parse results are immutable'); END;;
CREATE TRIGGER parse_issue_immutable_d BEFORE DELETE ON forecast_parse_issue BEGIN SELECT RAISE(ABORT, 'parse results are immutable'); END;;
CREATE TRIGGER template_immutable_u BEFORE UPDATE ON tour_template BEGIN SELECT RAISE(ABORT, 'tour templates are immutable'); END;;
CREATE TRIGGER template_immutable_d BEFORE DELETE ON tour_template BEGIN SELECT RAISE(ABORT, 'tour templates are immutable'); END;;
CREATE TRIGGER instance_immutable_u BEFORE UPDATE ON tour_instance BEGIN SELECT RAISE(ABORT, 'tour instances are immutable'); END;;
CREATE TRIGGER instance_immutable_d BEFORE DELETE ON tour_instance BEGIN SELECT RAISE(ABORT, 'tour instances are immutable'); END;;
