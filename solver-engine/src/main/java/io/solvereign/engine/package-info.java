/** Solver entry points ({@code Solvers}); everything else in the engine is internal. */
package io.solvereign.engine;
