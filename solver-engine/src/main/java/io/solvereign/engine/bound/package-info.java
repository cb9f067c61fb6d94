/**
 * Stage 2: a certified lower bound on drivers. For weights {@code w(t) >= 0} on tour lines every
 * roster collects at most {@code M(w)}, the longest path over driver states (day, earliest start
 * allowed, 3er yesterday), so {@code drivers >= ceil(sum count(t) w(t) / M(w))}. The weights come
 * from the duals of a column-generation master (revised simplex, rosters priced by the same
 * longest path); the final certificate is integer and checked in exact {@code long} arithmetic.
 * {@code PartTimeBound} bounds part-time drivers at a headcount N the same way: full-time rosters
 * are disjoint, so at most {@code floor(C(w) / L(w))} of them exist, L being the least weight of a
 * full-time roster (a shortest path with a work dimension), and at least N minus that are part-time.
 */
package io.solvereign.engine.bound;
