package io.solvereign.api.repair;

/** Why a tour instance changed its driver in a repair. */
public enum MoveReason {
    /** Its baseline driver is absent on its day and it is not frozen. */
    ABSENT_DRIVER,
    /** An explicit {@link io.solvereign.api.model.FreezeOverride} names its new driver. */
    OVERRIDE,
    /** It made room for another tour on its driver's day (a step of an ejection chain or an override). */
    DISPLACED,
    /** Its baseline block is no longer legal (a tour of the block was removed, or the rules changed). */
    BLOCK_BROKEN,
    /** The forecast has it but the baseline does not assign it (re-plan with added tours). */
    NEW_TOUR
}
