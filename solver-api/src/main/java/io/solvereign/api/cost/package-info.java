/** Lexicographic costs made of {@code long} levels; no doubles, no epsilons. */
package io.solvereign.api.cost;
