package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

/** The hand-written VTIMEZONE says what the JDK's time-zone data says, for every year a schedule may reach. */
class LondonTimeZoneTest {

    @Test
    void clocksChangeWhereTheRulesSay() {
        ZoneRules rules = LondonTimeZone.ZONE.getRules();
        for (int year = 1996; year <= 2060; year++) {
            LocalDate lastSundayOfMarch = LocalDate.of(year, Month.MARCH, 1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
            LocalDate lastSundayOfOctober = LocalDate.of(year, Month.OCTOBER, 1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

            ZoneOffsetTransition spring = rules.getTransition(lastSundayOfMarch.atTime(1, 30));
            ZoneOffsetTransition autumn = rules.getTransition(lastSundayOfOctober.atTime(1, 30));

            assertThat(spring).as("spring " + year).isNotNull();
            assertThat(spring.isGap()).isTrue();
            assertThat(spring.getDateTimeBefore()).isEqualTo(LocalDateTime.of(lastSundayOfMarch, LocalTime.of(1, 0)));
            assertThat(spring.getOffsetBefore().getTotalSeconds()).isZero();
            assertThat(spring.getOffsetAfter().getTotalSeconds()).isEqualTo(3600);
            assertThat(autumn).as("autumn " + year).isNotNull();
            assertThat(autumn.isOverlap()).isTrue();
            assertThat(autumn.getDateTimeBefore()).isEqualTo(LocalDateTime.of(lastSundayOfOctober, LocalTime.of(2, 0)));
            assertThat(autumn.getOffsetAfter().getTotalSeconds()).isZero();
        }
    }

    @Test
    void theAnchorDatesAreLastSundaysAsTheRulesRequire() {
        assertThat(LocalDate.of(1970, 3, 29)).isEqualTo(LocalDate.of(1970, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)));
        assertThat(LocalDate.of(1970, 10, 25)).isEqualTo(LocalDate.of(1970, 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)));
    }
}
