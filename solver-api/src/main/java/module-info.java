/**
 * SOLVEREIGN public API: the immutable model, the forecast parser, canonical hashing and the
 * audit interfaces. Implementations live in {@code io.solvereign.engine} and
 * {@code io.solvereign.audit}.
 */
module io.solvereign.api {
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.solvereign.api;
    exports io.solvereign.api.model;
    exports io.solvereign.api.io;
    exports io.solvereign.api.cost;
    exports io.solvereign.api.audit;
    exports io.solvereign.api.store;
    exports io.solvereign.api.evidence;
    exports io.solvereign.api.repair;
    exports io.solvereign.api.scenario;
    exports io.solvereign.api.drift;
    exports io.solvereign.api.version;
}
