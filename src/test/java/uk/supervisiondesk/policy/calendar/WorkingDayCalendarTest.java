package uk.supervisiondesk.policy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2025-04-18, Good Friday
            2025-04-21, Easter Monday
            2015-04-03, Good Friday
            2019-04-22, Easter Monday
            2024-03-29, Good Friday
            2035-03-23, Good Friday
            2035-03-26, Easter Monday
            2020-05-08, Early May bank holiday (VE Day)
            2022-06-02, Spring bank holiday
            2022-06-03, Platinum Jubilee bank holiday
            2022-09-19, Bank Holiday for the State Funeral of Queen Elizabeth II
            2023-05-08, Bank holiday for the coronation of King Charles III
            2021-12-27, Christmas Day (substitute day)
            2021-12-28, Boxing Day (substitute day)
            2022-01-03, New Year's Day (substitute day)
            2022-12-27, Christmas Day (substitute day)
            2020-12-28, Boxing Day (substitute day)
            2033-12-27, Christmas Day (substitute day)
            """)
    void knows_the_bank_holiday(LocalDate day, String name) {
        assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        assertThat(CALENDAR.holidayOn(day)).map(BankHoliday::name).contains(name);
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource(textBlock = """
            2020-05-04
            2022-05-30
            2021-12-29
            2022-01-04
            2023-05-02
            """)
    void a_moved_bank_holiday_leaves_its_usual_day_a_working_day(LocalDate day) {
        // 2020's early May and 2022's spring bank holidays moved; the usual Mondays were worked.
        assertThat(CALENDAR.isWorkingDay(day)).isTrue();
    }

    @Test
    void covers_every_year_from_2015_to_2035_with_eight_or_more_days() {
        var perYear = BankHolidayFile.bundled().stream()
                .collect(Collectors.groupingBy(h -> h.date().getYear(), Collectors.counting()));

        for (int year = 2015; year <= 2035; year++) {
            assertThat(perYear.get(year)).as("bank holidays in %d", year).isGreaterThanOrEqualTo(8L);
        }
        assertThat(perYear.get(2022)).isEqualTo(10L);
        assertThat(perYear.get(2023)).isEqualTo(9L);
        assertThat(BankHolidayFile.bundled()).allSatisfy(h -> assertThat(h.date().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # Mon 20 Dec 2021: Tue 21, Wed 22, Thu 23, Fri 24 are 1-4; 25-28 are weekend and substitute days; Wed 29 is the 5th.
            2021-12-20, 5, 2021-12-29
            # Fri 24 Dec 2021: 27/28 substitute days, 29, 30, 31 are 1-3, Mon 3 Jan 2022 substitute, Tue 4 and Wed 5 are 4 and 5.
            2021-12-24, 5, 2022-01-05
            # Thu 17 Apr 2025, then Good Friday and Easter Monday: Tue 22 is the 1st, Wed 23 the 2nd, Thu 24 the 3rd.
            2025-04-17, 3, 2025-04-24
            # Mon 3 Nov 2025, no holidays: the following Monday.
            2025-11-03, 5, 2025-11-10
            # A Saturday session counts from the Monday.
            2025-11-08, 1, 2025-11-10
            # Blackpool's 10 working days from Mon 22 Dec 2025: 23, 24, (25, 26 holidays), 29, 30, 31, (1 Jan), 2, 5, 6, 7, 8.
            2025-12-22, 10, 2026-01-08
            2025-11-03, 0, 2025-11-03
            """)
    void adds_working_days(LocalDate from, int days, LocalDate expected) {
        assertThat(CALENDAR.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void moves_a_day_off_to_the_working_day_before_or_after() {
        assertThat(CALENDAR.onOrBefore(LocalDate.of(2025, 4, 21))).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2025, 4, 18))).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(CALENDAR.onOrBefore(LocalDate.of(2025, 11, 5))).isEqualTo(LocalDate.of(2025, 11, 5));
    }

    @Test
    void a_user_can_add_closure_days() throws Exception {
        List<BankHoliday> extra = BankHolidayFile.read(new StringReader("""
                # Our office closes between Christmas and New Year
                date,name
                2025-12-29,Office closure
                2025-12-30,Office closure
                """), "extra.csv");
        WorkingDayCalendar withClosure = CALENDAR.withExtraDays(extra);

        assertThat(withClosure.isWorkingDay(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 29))).as("the original is unchanged").isTrue();
        // Wed 24 Dec 2025 + 2: 29 and 30 closed, so Wed 31 then Fri 2 Jan.
        assertThat(withClosure.addWorkingDays(LocalDate.of(2025, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void a_bad_line_in_a_holiday_file_names_file_and_line() {
        BankHolidayFileException refused = catchThrowableOfType(BankHolidayFileException.class,
                () -> BankHolidayFile.read(new StringReader("date,name\n2026-12-28,Boxing Day\n28/12/2026,Oops\n"), "mine.csv"));

        assertThat(refused.problems()).containsExactly(
                "mine.csv:3: '28/12/2026' is not a date; write it as yyyy-MM-dd, for example 2026-12-28");
    }
}
