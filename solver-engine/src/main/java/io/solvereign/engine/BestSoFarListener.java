package io.solvereign.engine;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import java.util.Objects;

/**
 * Keeps the promise of {@link SolveListener#betterPlanFound}: a caller hears only costs that are at
 * least as good as every earlier one, so a progress line's "best" is the best so far.
 *
 * <p>Why a filter: a solve may select and assign more than once (a second selection with the block
 * levels swapped on short weeks), and each attempt reports its own improvements, which can be worse
 * than the plan an earlier attempt already has. Costs reported while blocks are selected leave
 * part-time at 0 (drivers are not assigned yet), so they are compared only with each other, and only
 * until the first assigned plan exists; after that only assigned plans at least as good as the best
 * one pass. The solve's final plan always passes ({@link #finalPlan}): it is the best of the attempts,
 * and its block levels are counted on the assigned rosters, which tour transfers may have changed since
 * the selection's counts were reported.
 */
final class BestSoFarListener implements SolveListener {
    /** The phase in which reported costs are block selections rather than assigned plans. */
    static final String SELECT = "select";

    private final SolveListener delegate;
    private boolean selecting;
    private LexCost bestSelection;
    private LexCost bestPlan;

    BestSoFarListener(SolveListener delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void phaseStarted(String phase) {
        selecting = SELECT.equals(phase);
        bestSelection = null;
        delegate.phaseStarted(phase);
    }

    @Override
    public void betterPlanFound(LexCost cost) {
        if (selecting) {
            if (bestPlan == null && (bestSelection == null || cost.compareTo(bestSelection) < 0)) {
                bestSelection = cost;
                delegate.betterPlanFound(cost);
            }
        } else if (bestPlan == null || cost.compareTo(bestPlan) <= 0) {
            bestPlan = cost;
            delegate.betterPlanFound(cost);
        }
    }

    /** The plan the solve returns: always reported, as the last call. */
    void finalPlan(LexCost cost) {
        bestPlan = cost;
        delegate.betterPlanFound(cost);
    }

    @Override
    public void boundImproved(int drivers) {
        delegate.boundImproved(drivers);
    }
}
