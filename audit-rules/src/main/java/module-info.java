/** Independent datetime audits of a plan; depends on the API only, never on the engine. */
module io.solvereign.audit {
    requires transitive io.solvereign.api;
    requires org.slf4j;

    exports io.solvereign.audit;
}
