package io.solvereign.api.store;

/** How a stored forecast version came to be (DOMAIN §12). */
public enum ForecastKind {
    /** A whole forecast imported from one file. */
    IMPORT,
    /** A partial forecast for one week: tours added or changed and removals, composed later. */
    PATCH,
    /** The result of composing a week's patches; its parent is the previous composition of that week. */
    COMPOSED
}
