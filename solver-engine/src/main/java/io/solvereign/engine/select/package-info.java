/**
 * Stage 3: choosing each day's blocks. For consecutive days d, d+1 and N interchangeable drivers,
 * the blocks can be worked iff for every threshold x
 * {@code #{b' of d+1 : start(b') <= x} + #{b of d : end(b) + rest > x} <= N} (Hall's condition on
 * a nested compatibility). A seeded local search over tour chains drives the excess over N to 0,
 * then lowers splits and singles in the rule set's order.
 */
package io.solvereign.engine.select;
