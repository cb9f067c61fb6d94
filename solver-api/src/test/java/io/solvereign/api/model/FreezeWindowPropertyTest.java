package io.solvereign.api.model;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FreezeWindowPropertyTest {
    private static final Forecast WEEK = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(5 * 60, 9 * 60), 1),
            TourTemplate.of(Weekday.DO, TimeRange.ofClock(22 * 60, 6 * 60), 1),
            TourTemplate.of(Weekday.SO, TimeRange.ofClock(10 * 60, 18 * 60), 1)));

    @Property
    boolean frozenExactlyWhenNowIsWithinTheWindowBeforeTheStart(@ForAll @IntRange(min = -4000, max = 4000) int minutesBefore,
                                                               @ForAll @IntRange(min = 0, max = 2880) int freezeMinutes,
                                                               @ForAll @IntRange(min = 0, max = 2) int which) {
        TourInstance t = WEEK.instances().get(which);
        RuleSet rules = RuleSet.defaults().toBuilder().freezeMinutes(freezeMinutes).build();
        boolean frozen = FreezeWindow.isFrozen(t, t.start().minus(Duration.ofMinutes(minutesBefore)), rules);
        return frozen == (minutesBefore <= freezeMinutes);
    }

    @Property
    boolean frozenSetsOnlyGrowAsTimeMovesOn(@ForAll @IntRange(min = 0, max = 10080) int a,
                                            @ForAll @IntRange(min = 0, max = 10080) int b) {
        var early = WEEK.weekStart().plus(Duration.ofMinutes(Math.min(a, b)));
        var late = WEEK.weekStart().plus(Duration.ofMinutes(Math.max(a, b)));
        return FreezeWindow.frozenInstanceIds(WEEK, late, RuleSet.defaults())
                .containsAll(FreezeWindow.frozenInstanceIds(WEEK, early, RuleSet.defaults()));
    }
}
