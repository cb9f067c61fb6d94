package io.solvereign.audit.rule;

/** How the audit classifies a driver-day from its tours alone (DOMAIN §8). */
enum DayKind {
    /** One tour: SPAN_REGULAR judges its length as the day's span. */
    SINGLE,
    /** Several tours judged by SPAN_REGULAR (every multi-tour day that is not a split). */
    REGULAR,
    /** Exactly two tours whose gap is outside the regular gap range: judged by SPAN_SPLIT. */
    SPLIT,
    /** Tours that overlap: OVERLAP reports them, the span checks cannot classify the day. */
    OVERLAPPING
}
