package io.solvereign.api.internal.io;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

/** A small hand-made plan for codec and hash tests. */
final class SamplePlans {
    static final String INPUT_HASH = "6f8aa578d8be0face5876c79c830ae94252d23db0ed672a946412354b0d53c4a";

    private SamplePlans() {
    }

    static List<Assignment> assignments() {
        return List.of(
                new Assignment("D002", "Mo-0445-0915-01", Weekday.MO, "D002-Mo", BlockType.SINGLE, 285, 555, false),
                new Assignment("D001", "Di-0600-1000+1500-1900-01a", Weekday.DI, "D001-Di", BlockType.DOUBLE_SPLIT, 360, 600, false),
                new Assignment("D001", "Di-0600-1000+1500-1900-01b", Weekday.DI, "D001-Di", BlockType.DOUBLE_SPLIT, 900, 1140, false),
                new Assignment("D001", "Do-2200-0600-01", Weekday.DO, "D001-Do", BlockType.SINGLE, 1320, 1800, true));
    }

    static Kpis kpis() {
        return new Kpis(2, 0, 2, 4, 2, 0, 1, 0, 1230, 270, 960, 1);
    }

    static LowerBoundCertificate bound() {
        TreeMap<String, Long> w = new TreeMap<>();
        w.put("Mo-0445-0915", 1L);
        w.put("Do-2200-0600", 0L);
        return new LowerBoundCertificate(1, 1, 1, w);
    }

    static Plan plan() {
        RuleSet rules = RuleSet.defaults();
        String config = ConfigHash.of(rules, 94, 2_000_000L, "test-1");
        return new Plan(INPUT_HASH, config, OutputHash.of(assignments(), config, kpis()), 94, 2_000_000L, "test-1",
                LocalDate.of(2026, 1, 5), ZoneId.of("Europe/Vienna"), rules, assignments(), kpis(), bound());
    }
}
