/**
 * Internal data shared by the solver stages: the week's tours as flat arrays of absolute minutes.
 * Not exported.
 */
package io.solvereign.engine.internal;
