/**
 * Stage 1: the legal blocks of DOMAIN §5 (what one driver works on one day) at tour-line level,
 * classified by {@code engine.rules.LabourRules}, and the tour lines no legal block can hold.
 */
package io.solvereign.engine.block;
