package io.solvereign.golden;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.model.Forecast;
import io.solvereign.bench.ShortWeek;
import io.solvereign.bench.ShortWeekShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the short weeks' proven optima with {@link ExactOptima} and rewrites
 * {@code golden-runs/src/test/resources/short-weeks/}. Not part of the normal build (its name matches
 * neither the Surefire nor the Failsafe pattern); it runs only when named, from the repository root:
 *
 * <pre>{@code
 * mvn -B -pl golden-runs -am test -Dtest=ExactOptimaRecompute -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dshortweeks.only=holiday-mo-240] [-Dshortweeks.limit=3600]
 * }</pre>
 * One SCIP search per week, 1 to 35 minutes each on the shared 2-core machine (times in golden-runs/README.md);
 * CI instead re-checks the recorded rosters and certificates ({@code ShortWeekOptimaTest}).
 */
class ExactOptimaRecompute {
    @Test
    void recomputeAndRecord() throws Exception {
        Path dir = Path.of(System.getProperty("shortweeks.dir", "src/test/resources/short-weeks"));
        Files.createDirectories(dir);
        String only = System.getProperty("shortweeks.only", "");
        long limit = Long.getLong("shortweeks.limit", 3600L) * 1000;
        List<ShortWeekRecord> records = new ArrayList<>();
        if (!only.isEmpty() && Files.exists(dir.resolve("optima.csv"))) {
            ShortWeekRecord.all().stream().filter(r -> !Arrays.asList(only.split(",")).contains(r.shape().id()))
                    .forEach(records::add);
        }
        for (ShortWeekShape shape : ShortWeekShape.values()) {
            if (!only.isEmpty() && !Arrays.asList(only.split(",")).contains(shape.id())) {
                continue;
            }
            ShortWeek week = ShortWeek.generate(shape, ShortWeekRecord.SEED);
            Forecast f = week.forecast();
            RosterNetwork net = new RosterNetwork(f, ExactOptima.rules());
            System.out.println(week.name() + ": " + f.instances().size() + " tours, " + net.templates.size()
                    + " templates, " + net.blocks.size() + " blocks, " + net.arcs.size() + " arcs");
            ExactOptima.Solution s = new ExactOptima(net, limit).solve();
            System.out.println(week.name() + ": drivers " + s.drivers() + " LP " + s.driversLp() + "; pt "
                    + s.partTime() + " LP " + s.partTimeLp() + "; " + s.status()
                    + "; " + s.seconds() + " s");
            List<List<String>> rosters = s.rosters().stream()
                    .map(r -> r.stream().map(t -> net.templates.get(t).key()).toList()).toList();
            Map<String, long[]> weights = new LinkedHashMap<>();
            for (int t = 0; t < net.templates.size(); t++) {
                weights.put(net.templates.get(t).key(), new long[] {s.driverWeights()[t], s.partTimeWeights()[t]});
            }
            ShortWeekRecord.writeWeek(dir, week.name(), rosters, weights);
            int driversBound = ShortWeekCertificate.drivers(net, s.driverWeights());
            int ptBound = ShortWeekCertificate.partTime(net, s.partTimeWeights(), s.drivers());
            records.add(new ShortWeekRecord(week.name(), shape, ShortWeekRecord.SEED, f.instances().size(),
                    CanonicalForm.inputHash(f), s.drivers(), s.partTime(), ShortWeekRecord.decimal(s.driversLp()),
                    ShortWeekRecord.decimal(s.partTimeLp()), driversBound, ptBound,
                    proof(s, driversBound, ptBound), ShortWeekRecord.decimal(s.seconds())));
            records.sort((a, b) -> Integer.compare(a.shape().ordinal(), b.shape().ordinal()));
            ShortWeekRecord.write(dir, records); // after every week, so a long run keeps what it has
        }
    }

    /** How both levels were proven: by the integer certificate alone, or resting on SCIP's search. */
    private static String proof(ExactOptima.Solution s, int driversBound, int ptBound) {
        String drivers = driversBound == s.drivers() ? "drivers: certificate" : "drivers: SCIP";
        String pt = ptBound == s.partTime() ? "pt: certificate" : "pt: SCIP";
        return (drivers + "; " + pt + "; SCIP " + s.status()).replace(",", ";");
    }
}
