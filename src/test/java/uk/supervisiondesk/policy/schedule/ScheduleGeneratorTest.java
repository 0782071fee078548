package uk.supervisiondesk.policy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.policy.TestStaff;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** Twelve-month schedules, each date worked out by hand in the comment beside it. */
class ScheduleGeneratorTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private final PolicyPackLoader loader = new PolicyPackLoader();

    private Schedule schedule(String packId, String roles, LocalDate start, LocalDate asye, LocalDate leaving, LocalDate first)
            throws Exception {
        var supervisee = TestStaff.supervisee(roles, start, asye, leaving);
        return new ScheduleGenerator(loader.bundled(packId), CALENDAR).twelveMonths(supervisee, first, Optional.empty());
    }

    private static List<LocalDate> of(Schedule s, SessionKind kind) {
        return s.dates().stream().filter(d -> d.kind() == kind).map(PlannedDate::date).toList();
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void blackpool_monthly_and_personal_reflective_from_a_wednesday() throws Exception {
        Schedule s = schedule("blackpool", "social-worker", LocalDate.of(2020, 1, 1), null, null, LocalDate.of(2025, 1, 15));

        // Monthly (Blackpool 4), each no later than a month after the one before, moved back off weekends:
        // 15/01; 15/02 Sat -> 14/02; 14/03; 14/04; 14/05; 14/06 Sat -> 13/06; 13/07 Sun -> 11/07; 11/08; 11/09;
        // 11/10 Sat -> 10/10; 10/11; 10/12; 10/01/2026 Sat -> 09/01/2026 (still before 15/01/2026).
        assertThat(of(s, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-01-15", "2025-02-14", "2025-03-14",
                "2025-04-14", "2025-05-14", "2025-06-13", "2025-07-11", "2025-08-11", "2025-09-11", "2025-10-10", "2025-11-10",
                "2025-12-10", "2026-01-09"));
        // Personal reflective every 2 months from 15/01 (Blackpool 6): 15/03 Sat -> 14/03; 15/05; 15/07; 15/09; 15/11 Sat -> 14/11.
        assertThat(of(s, SessionKind.WELFARE)).containsExactlyElementsOf(dates("2025-01-15", "2025-03-14", "2025-05-15",
                "2025-07-15", "2025-09-15", "2025-11-14"));
        assertThat(s.dates()).filteredOn(d -> d.date().equals(LocalDate.of(2025, 2, 14)) && d.kind() == SessionKind.INDIVIDUAL)
                .singleElement().satisfies(d -> assertThat(d.movedFrom()).contains(LocalDate.of(2025, 2, 15)));
        // Blackpool App. 2: the agreement is reviewed 3 months on, Tue 15/04/2025.
        assertThat(s.agreementReviewOn()).contains(LocalDate.of(2025, 4, 15));
    }

    @Test
    void asye_step_down_from_a_monday_across_the_spring_bank_holiday_and_year_end() throws Exception {
        Schedule s = schedule("england-default", "social-worker", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6), null,
                LocalDate.of(2025, 1, 6));

        // Weekly to 16/02: 06, 13, 20, 27/01, 03, 10/02. Fortnightly from 17/02: 17/02, 03/03, 17/03, 31/03, 14/04, 28/04,
        // 12/05, then 26/05 is the spring bank holiday -> Fri 23/05, and each later one is within 2 weeks of that:
        // 06/06, 20/06, 04/07, and 18/07 (04/07 is still fortnightly; the monthly stage starts 06/07).
        // Monthly from 18/07: 18/08, 18/09, 18/10 Sat -> 17/10, 17/11, 17/12; 17/01/2026 is after the 12 months.
        assertThat(of(s, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-01-06", "2025-01-13", "2025-01-20",
                "2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-03-03", "2025-03-17", "2025-03-31", "2025-04-14",
                "2025-04-28", "2025-05-12", "2025-05-23", "2025-06-06", "2025-06-20", "2025-07-04", "2025-07-18", "2025-08-18",
                "2025-09-18", "2025-10-17", "2025-11-17", "2025-12-17"));
    }

    @Test
    void sefton_role_change_longest_gap_and_christmas() throws Exception {
        Schedule s = schedule("sefton", "support-worker..2025-04-30, social-worker@2025-05-01", LocalDate.of(2024, 6, 1), null,
                null, LocalDate.of(2025, 3, 3));

        // Support worker every 2 months (3.10) but never over 8 weeks (3.2): 03/03 -> 28/04.
        // From 28/04 the social worker rule (3.8) starts 01/05: 01/06 Sun -> Fri 30/05, sooner than the 8-week 23/06.
        // Monthly from 30/05: 30/06, 30/07, 30/08 Sat -> 29/08, 29/09, 29/10, 29/11 Sat -> 28/11,
        // 28/12 Sun with 25-26/12 bank holidays -> Wed 24/12, 24/01/2026 Sat -> 23/01, 23/02; 23/03 is past 03/03/2026.
        assertThat(of(s, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-03-03", "2025-04-28", "2025-05-30",
                "2025-06-30", "2025-07-30", "2025-08-29", "2025-09-29", "2025-10-29", "2025-11-28", "2025-12-24", "2026-01-23",
                "2026-02-23"));
        assertThat(s.agreementReviewOn()).contains(LocalDate.of(2026, 3, 3));
    }

    @Test
    void no_dates_after_the_leaving_date() throws Exception {
        Schedule s = schedule("sandwell", "social-worker", LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 5, 20),
                LocalDate.of(2025, 1, 15));

        // Monthly 15/01, 14/02 (15/02 Sat), 14/03, 14/04, 14/05; 14/06 is after leaving on 20/05.
        assertThat(of(s, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-01-15", "2025-02-14", "2025-03-14",
                "2025-04-14", "2025-05-14"));
        // Signs of Safety group monthly from 15/01: 15/02 Sat -> 14/02, 15/03 Sat -> 14/03, 15/04, 15/05.
        assertThat(of(s, SessionKind.GROUP)).containsExactlyElementsOf(dates("2025-01-15", "2025-02-14", "2025-03-14",
                "2025-04-15", "2025-05-15"));
    }

    @Test
    void shift_based_staff_get_the_longest_gap_dates() throws Exception {
        Schedule s = schedule("sefton", "agency-residential-worker", LocalDate.of(2024, 1, 1), null, null, LocalDate.of(2025, 1, 15));

        // Sefton 3.18 counts shifts, which cannot be planned ahead; 3.2 caps every gap at 8 weeks from Wed 15/01/2025.
        assertThat(of(s, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-01-15", "2025-03-12", "2025-05-07",
                "2025-07-02", "2025-08-27", "2025-10-22", "2025-12-17"));
    }

    @Test
    void a_role_left_to_the_agreement_has_no_dates_until_one_is_agreed() throws Exception {
        var supportWorker = TestStaff.supervisee("support-worker", LocalDate.of(2024, 1, 1));
        ScheduleGenerator generator = new ScheduleGenerator(loader.bundled("southwark"), CALENDAR);

        Schedule open = generator.twelveMonths(supportWorker, LocalDate.of(2025, 1, 15), Optional.empty());
        Schedule agreed = generator.twelveMonths(supportWorker, LocalDate.of(2025, 1, 15),
                Optional.of(uk.supervisiondesk.policy.pack.Span.weeks(6)));

        assertThat(open.dates()).hasSize(1);
        assertThat(open.notes()).singleElement().asString().contains("as set in the supervision agreement (Southwark 5)");
        // Every 6 weeks from Wed 15/01: 26/02, 09/04, 21/05, 02/07, 13/08, 24/09, 05/11, 17/12.
        assertThat(of(agreed, SessionKind.INDIVIDUAL)).containsExactlyElementsOf(dates("2025-01-15", "2025-02-26", "2025-04-09",
                "2025-05-21", "2025-07-02", "2025-08-13", "2025-09-24", "2025-11-05", "2025-12-17"));
    }
}
