package io.solvereign.harness;

import java.util.List;

/**
 * A separate process for {@link LockRaceTest}: at agreed wall-clock ticks it runs the {@code lock}
 * command (the CLI code path, a fresh database connection each time) on one plan per tick, so that
 * all racers lock the same plan at the same moment, and prints {@code <plan> <exit> <first stderr line>}.
 * One JVM per racer for all rounds keeps the test quick on two cores.
 */
public final class LockRacer {
    private LockRacer() {
    }

    /** Arguments: workspace, user, start epoch millis, tick millis, plan ids ... */
    public static void main(String[] args) throws InterruptedException {
        String ws = args[0];
        String user = args[1];
        long start = Long.parseLong(args[2]);
        long tick = Long.parseLong(args[3]);
        // Warm up class loading with a lock of a plan that does not exist (NOT_FOUND, nothing written).
        Cli.run("lock", "--plan", "P9999", "--by", user, "--reason", "warm-up", "--workspace", ws);
        List<String> plans = List.of(args).subList(4, args.length);
        for (int i = 0; i < plans.size(); i++) {
            long wait = start + i * tick - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Cli r = Cli.run("lock", "--plan", plans.get(i), "--by", user, "--reason", "race", "--workspace", ws);
            System.out.println(plans.get(i) + " " + r.exit() + " " + r.err().lines().findFirst().orElse(""));
        }
        System.out.flush();
    }
}
