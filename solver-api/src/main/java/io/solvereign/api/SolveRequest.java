package io.solvereign.api;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.time.Duration;
import java.util.Objects;

/**
 * What to solve and how hard to try. Build one with {@link #newBuilder(Forecast)}; every setter
 * validates at once and {@link Builder#build()} returns an immutable request.
 *
 * <p>The result depends only on forecast content, rule set, seed and work budget. The optional
 * wall-clock {@linkplain Builder#safetyCap(Duration) safety cap} is the one exception: when it
 * fires, the result says so in {@link SolveStats#safetyCapFired()}.
 *
 * <p>A request plans a week from scratch. To re-plan against a baseline plan with frozen tours
 * pinned to their drivers, or to repair after sick calls, use {@code io.solvereign.engine.Repairs}
 * ({@link io.solvereign.api.repair.PlanRepairer}). Carry-in from the previous week is not supported:
 * each week stands alone (DOMAIN §6).
 */
public final class SolveRequest {

    /** Default search budget in move evaluations: enough for the Wien week with a wide margin. */
    public static final long DEFAULT_WORK_BUDGET = 2_000_000L;

    private final Forecast forecast;
    private final RuleSet ruleSet;
    private final long seed;
    private final long workBudget;
    private final Duration safetyCap;
    private final SolveListener listener;

    private SolveRequest(Builder b) {
        this.forecast = b.forecast;
        this.ruleSet = b.ruleSet;
        this.seed = b.seed;
        this.workBudget = b.workBudget;
        this.safetyCap = b.safetyCap;
        this.listener = b.listener;
    }

    /**
     * {@return a builder for a request on the given forecast, with the default rule set, seed 0, the
     * {@linkplain #DEFAULT_WORK_BUDGET default budget}, no safety cap and no listener}
     *
     * @param forecast the week's forecast
     */
    public static Builder newBuilder(Forecast forecast) {
        return new Builder(forecast);
    }

    /**
     * {@return a request with every default}
     *
     * @param forecast the week's forecast
     */
    public static SolveRequest of(Forecast forecast) {
        return newBuilder(forecast).build();
    }

    /** {@return the forecast to plan} */
    public Forecast forecast() {
        return forecast;
    }

    /** {@return the labour rules and objective order} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return seed of every random choice of the search} */
    public long seed() {
        return seed;
    }

    /** {@return search budget in move evaluations (deterministic work units)} */
    public long workBudget() {
        return workBudget;
    }

    /** {@return wall-clock safety cap; {@link Duration#ZERO} means none} */
    public Duration safetyCap() {
        return safetyCap;
    }

    /** {@return progress listener} */
    public SolveListener listener() {
        return listener;
    }


    /** Builder of {@link SolveRequest}; not thread-safe. */
    public static final class Builder {
        private final Forecast forecast;
        private RuleSet ruleSet = RuleSet.defaults();
        private long seed;
        private long workBudget = DEFAULT_WORK_BUDGET;
        private Duration safetyCap = Duration.ZERO;
        private SolveListener listener = SolveListener.NO_OP;

        private Builder(Forecast forecast) {
            this.forecast = Objects.requireNonNull(forecast, "forecast");
        }

        /**
         * The rules to plan under.
         *
         * @param ruleSet the rules to plan under
         * @return this builder
         */
        public Builder ruleSet(RuleSet ruleSet) {
            this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
            return this;
        }

        /**
         * Seed of the search.
         *
         * @param seed seed of the search
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Search budget in move evaluations.
         *
         * @param workBudget search budget in move evaluations
         * @return this builder
         * @throws IllegalArgumentException when {@code workBudget < 0}
         */
        public Builder workBudget(long workBudget) {
            if (workBudget < 0) {
                throw new IllegalArgumentException("workBudget must be >= 0, was " + workBudget);
            }
            this.workBudget = workBudget;
            return this;
        }

        /**
         * Wall-clock safety cap; {@link Duration#ZERO} for none. When it fires the search stops at
         * the next check, the plan is still legal, and the result's stats say it fired.
         *
         * @param safetyCap wall-clock safety cap; {@link Duration#ZERO} for none
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder safetyCap(Duration safetyCap) {
            Objects.requireNonNull(safetyCap, "safetyCap");
            if (safetyCap.isNegative()) {
                throw new IllegalArgumentException("safetyCap must be >= 0, was " + safetyCap);
            }
            this.safetyCap = safetyCap;
            return this;
        }

        /**
         * Progress listener, called on the solving thread.
         *
         * @param listener progress listener, called on the solving thread
         * @return this builder
         */
        public Builder listener(SolveListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }


        /** {@return the immutable request} */
        public SolveRequest build() {
            return new SolveRequest(this);
        }
    }
}
