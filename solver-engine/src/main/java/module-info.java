/** The SOLVEREIGN solver: legal blocks, lexicographic path cover, certified lower bound, freeze and repair. */
module io.solvereign.engine {
    requires transitive io.solvereign.api;
    requires org.slf4j;
    exports io.solvereign.engine;
}
