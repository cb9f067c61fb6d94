package io.solvereign.api.scenario;

/**
 * Hears of each finished scenario (for progress output). Calls are serialized by the runner but may
 * come from any of its threads, in completion order, which varies between runs; results never do.
 */
@FunctionalInterface
public interface ScenarioListener {
    /** Does nothing. */
    ScenarioListener NO_OP = (result, done, total) -> { };

    /**
     * One scenario finished.
     *
     * @param result the scenario's result
     * @param done   scenarios finished so far, this one included
     * @param total  scenarios of the run
     */
    void finished(ScenarioResult result, int done, int total);
}
