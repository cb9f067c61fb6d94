/**
 * The one place of the engine that knows the labour rules: {@code LabourRules} answers whether a
 * day's tours form a legal block (DOMAIN §5) and whether a driver may take a block given his week
 * (DOMAIN §6), and gives the relaxed views the bound networks and Hall loads are built on. Block
 * selection, the bounds, assignment, part-time work, repair and the engine's own plan check all ask
 * it; none of them reads a labour rule of the rule set itself. The independent audit lives in
 * another module and shares no code with it.
 */
package io.solvereign.engine.rules;
