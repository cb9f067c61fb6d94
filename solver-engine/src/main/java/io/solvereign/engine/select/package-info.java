/**
 * Stage 3: choosing each day's blocks. For consecutive days d, d+1 and N interchangeable drivers,
 * the blocks can be worked iff for every threshold x
 * {@code #{b' of d+1 : start(b') <= x} + #{b of d : end(b) + rest > x} <= N} (Hall's condition on
 * a nested compatibility), and, with the fatigue rule, the same with separate thresholds for the
 * 3er and the other blocks of d+1 (see {@code PairLoads}). Driver states
 * after a day depend on that day's blocks alone, so when every pair holds, a day-by-day matching
 * works the week (the weekly cap aside). A seeded local search over tour chains drives the excess
 * over N to 0, then lowers splits and singles in the rule set's order. On weeks that force
 * part-timers a further selection prices in the drivers who could reach the FTE threshold with the
 * selected blocks ({@code FullTimePotential}: an LP over full-time day patterns of block sizes,
 * with the rest matchings between consecutive days of {@code RestMatchings}).
 */
package io.solvereign.engine.select;
