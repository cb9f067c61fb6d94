/**
 * Stage 1: the legal blocks of DOMAIN §5 (what one driver works on one day) at tour-line level,
 * and the rules that classify a chain of tours as a block type.
 */
package io.solvereign.engine.block;
