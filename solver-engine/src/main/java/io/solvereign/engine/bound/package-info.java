/**
 * Stage 2: a certified lower bound on drivers. For weights {@code w(t) >= 0} on tour lines every
 * roster collects at most {@code M(w)}, the longest path over driver states (day, earliest start
 * allowed, 3er yesterday), so {@code drivers >= ceil(sum count(t) w(t) / M(w))}. The weights come
 * from the duals of a column-generation master (revised simplex, rosters priced by the same
 * longest path); the final certificate is integer and checked in exact {@code long} arithmetic.
 */
package io.solvereign.engine.bound;
