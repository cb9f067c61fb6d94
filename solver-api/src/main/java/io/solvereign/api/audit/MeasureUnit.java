package io.solvereign.api.audit;

/** Unit of the measured value and limit of a finding; the label is what JSON and CLI output show. */
public enum MeasureUnit {
    /** Minutes of absolute time (rest, gap, span, overlap, weekly work). */
    MINUTES("min"),
    /** A number of tours (e.g. tours in one day). */
    TOURS("tours"),
    /** A number of assignments of one tour instance (coverage). */
    ASSIGNMENTS("assignments"),
    /** A number of calendar days (e.g. consecutive 3er days). */
    DAYS("days"),
    /** A number of drivers (e.g. drivers holding the parts of one split pair). */
    DRIVERS("drivers"),
    /** A plan field compared with what the forecast or the policy says (plan integrity). */
    FIELD("field");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    /** {@return short label, e.g. {@code min}} */
    public String label() {
        return label;
    }
}
