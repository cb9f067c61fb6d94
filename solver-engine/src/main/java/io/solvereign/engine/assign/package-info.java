/**
 * Stage 4: binding each day's blocks to drivers. Day by day, a min-cost assignment (Hungarian
 * method, up to 600 drivers) or a sweep over block starts (larger pools; eligibility is nested in
 * the start time, so it is O(n log n) a day) matches blocks to drivers under the exact rules (rest
 * from the last worked block, fatigue, weekly cap) while balancing weekly minutes; then
 * deterministic swaps between drivers and single-tour transfers between their blocks
 * ({@code TourTransfer}) remove part-timers. Where part-timers remain (pools up to 400), exact
 * re-matchings lift more drivers over the FTE threshold at once: the tails or heads of a day's
 * blocks at a cut time ({@code DayCutRematch}, which re-shapes blocks), stretches of days
 * ({@code SegmentRematch}) and the rest of the week from a cut are each re-assigned to drivers by
 * one Hungarian assignment whose cost is (drivers, part-time drivers, concentrated part-time work).
 */
package io.solvereign.engine.assign;
