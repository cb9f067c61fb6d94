/**
 * SOLVEREIGN public API: the immutable model, the rule set, requests and results, the SPIs (plan
 * store, reproducer, listeners, audits), error codes, and the façades {@code Forecasts},
 * {@code Plans} and {@code Evidence}. The solver lives in {@code io.solvereign.engine}, the audits
 * in {@code io.solvereign.audit}; parsers, codecs, hashing, the evidence zip and the lifecycle
 * implementation live in the {@code io.solvereign.api.internal.*} packages, which are not API.
 */
// "module": the qualified exports name modules that are built after this one (javac cannot see them here).
@SuppressWarnings("module")
module io.solvereign.api {
    // Not transitive: no exported signature mentions a Jackson type; only the internal codecs use it.
    requires com.fasterxml.jackson.databind;
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

    // Implementation packages: parsers, JSON codecs, canonical hashing, the evidence zip writer and
    // verifier, the plan lifecycle. Not part of the contract; only our own modules may use them.
    exports io.solvereign.api.internal.io to io.solvereign.engine, io.solvereign.audit;
    exports io.solvereign.api.internal.evidence to io.solvereign.engine, io.solvereign.audit;
    exports io.solvereign.api.internal.store to io.solvereign.engine, io.solvereign.audit;
}
