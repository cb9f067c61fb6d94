/**
 * Stage 4: binding each day's blocks to drivers. Day by day, a min-cost assignment (Hungarian
 * method) matches blocks to drivers under the exact rules (rest from the last worked block,
 * fatigue, weekly cap) while balancing weekly minutes; then deterministic swaps between drivers
 * remove part-timers.
 */
package io.solvereign.engine.assign;
