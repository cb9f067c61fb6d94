package io.solvereign.audit;

import static io.solvereign.api.model.Weekday.DI;
import static io.solvereign.api.model.Weekday.DO;
import static io.solvereign.api.model.Weekday.FR;
import static io.solvereign.api.model.Weekday.MI;
import static io.solvereign.api.model.Weekday.MO;
import static io.solvereign.api.model.Weekday.SA;
import static io.solvereign.api.model.Weekday.SO;

/**
 * A valid hand-built week (anchor 2026-01-05, no daylight-saving switch) laid out so that moving
 * one tour breaks exactly one rule. Drivers come in donor/receiver pairs; the comments say which
 * mutation each pair serves. Its only near-violation is D010's 52 h week.
 */
final class SampleWeek {
    private SampleWeek() {
    }

    static WeekFixture.Built valid() {
        return WeekFixture.week()
                // COVERAGE (drop): D001's Monday single can go without touching any other rule.
                .work("D001", MO, "05:00-09:30")
                .work("D001", DI, "05:00-09:30", "10:00-14:30")
                // OVERLAP: D003's Monday tour has the same time as D002's.
                .work("D002", MO, "06:00-10:30")
                .work("D002", MI, "06:00-10:30")
                .work("D003", MO, "06:00-10:30")
                .work("D003", DO, "06:00-10:30")
                // REST: D005's Monday tour ends 19:01; D004 starts Tuesday 06:00 (10 h 59 min later).
                .work("D004", DI, "06:00-10:30")
                .work("D004", FR, "06:00-10:30")
                .work("D005", MO, "14:31-19:01")
                .work("D005", MI, "14:00-18:30")
                // SPAN_SPLIT: D007's Wednesday tour starts 239 min after D006's ends.
                .work("D006", MI, "06:00-10:00")
                .work("D006", FR, "08:00-12:00")
                .work("D007", MI, "13:59-18:29")
                .work("D007", SA, "07:00-11:00")
                // SPAN_REGULAR: D009's Thursday tour starts 30 min after D008's, span 14 h 30.
                .work("D008", DO, "06:00-13:00")
                .work("D008", SA, "08:00-12:00")
                .work("D009", DO, "13:30-20:30")
                // WEEKLY_HOURS: D010 works 52 h; D011's 4 h Saturday tour fits 60 min after his.
                .work("D010", MO, "06:00-11:00", "11:30-16:30")
                .work("D010", DI, "06:00-11:00", "11:30-16:30")
                .work("D010", MI, "06:00-11:00", "11:30-16:30")
                .work("D010", DO, "06:00-11:00", "11:30-16:30")
                .work("D010", FR, "06:00-11:00", "11:30-16:30")
                .work("D010", SA, "06:00-08:00")
                .work("D011", SA, "09:00-13:00")
                // FATIGUE: D012 has a 3er on Tuesday and two tours on Wednesday; D013 has the third.
                .work("D012", DI, "06:00-09:00", "09:30-12:30", "13:00-16:00")
                .work("D012", MI, "06:00-09:00", "09:30-12:30")
                .work("D013", MI, "13:00-16:00")
                .work("D013", FR, "13:00-16:00")
                // A legal split (break 300 min, span 13 h) and a Sunday single.
                .split("D014", DO, "06:00-10:00", "15:00-19:00")
                .work("D014", SO, "10:00-14:00")
                .build();
    }
}
