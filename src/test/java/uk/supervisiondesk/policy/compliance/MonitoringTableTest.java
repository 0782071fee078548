package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.policy.compliance.NextSessionTableTest.pack;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.TestStaff;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;

/** The monitoring sheet (Sandwell App. 3): held, postponed and rebooked sessions, escalation, gaps, status. */
class MonitoringTableTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static ComplianceResult assess(String packId, SuperviseeFacts facts, LocalDate today) {
        return new ComplianceEngine(pack(packId), CALENDAR).assess(facts, today);
    }

    private static SuperviseeFacts worker(String sessions) {
        return SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2024, 1, 1)), TestStaff.sessions(sessions));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Missed Thu 03/04/2025, rebooked for Thu 10/04; on 08/04 it is inside the window (to Thu 17/04).
            sandwell: rebooked inside the window       | sandwell | held 2025-03-04; postponed 2025-04-03 to 2025-04-10 | 2025-04-08 | 2025-04-17 | false | DUE_SOON
            # No new date yet on Thu 10/04: still inside the window.
            sandwell: no new date yet                  | sandwell | held 2025-03-04; postponed 2025-04-03                | 2025-04-10 | 2025-04-17 | false | DUE_SOON
            # No new date by Fri 18/04, the day after the 2-week window closed: report to the supervisor's manager.
            sandwell: not rebooked within 2 weeks      | sandwell | held 2025-03-04; postponed 2025-04-03                | 2025-04-18 | 2025-04-17 | true  | ESCALATE
            # Rebooked for 10/04 but on 11/04 no session is recorded: the rebooked meeting did not take place.
            sandwell: rebooked session did not happen  | sandwell | held 2025-03-04; postponed 2025-04-03 to 2025-04-10 | 2025-04-11 | 2025-04-17 | true  | ESCALATE
            # Rebooked for Thu 24/04, outside the window; once the window closes (18/04) it escalates.
            sandwell: rebooked outside the window      | sandwell | held 2025-03-04; postponed 2025-04-03 to 2025-04-24 | 2025-04-18 | 2025-04-17 | true  | ESCALATE
            sandwell: outside the window, not yet shut | sandwell | held 2025-03-04; postponed 2025-04-03 to 2025-04-24 | 2025-04-16 | 2025-04-17 | false | DUE_SOON
            # Sefton falls back to the default 2 weeks: cancelled Mon 02/06/2025, nothing by Tue 17/06 (window to Mon 16/06).
            sefton: default window                     | sefton   | held 2025-05-06; cancelled 2025-06-02               | 2025-06-17 | 2025-06-16 | true  | ESCALATE
            """)
    void missed_sessions(String name, String packId, String sessions, LocalDate today, LocalDate reportBy, boolean escalate,
                         Status level) {
        ComplianceResult result = assess(packId, worker(sessions), today);

        assertThat(result.missedSessions()).as(name).singleElement().satisfies(m -> {
            assertThat(m.reportBy()).isEqualTo(reportBy);
            assertThat(m.escalate()).isEqualTo(escalate);
        });
        assertThat(result.statusOf(Finding.Topic.MISSED_SESSION)).as(name).isEqualTo(level);
    }

    @Test
    void a_missed_session_made_good_by_a_later_one_needs_nothing_more() {
        ComplianceResult result = assess("sandwell",
                worker("held 2025-03-04; postponed 2025-04-03 to 2025-04-10; held 2025-04-10"), LocalDate.of(2025, 4, 30));

        assertThat(result.missedSessions()).isEmpty();
        assertThat(result.statusOf(Finding.Topic.MISSED_SESSION)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void a_postponement_needs_a_reason_and_a_past_booking_needs_an_outcome() {
        SupervisionSession noReason = SupervisionSession.postponed(LocalDate.of(2025, 4, 3), SessionKind.INDIVIDUAL, "",
                LocalDate.of(2025, 4, 10));
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2024, 1, 1)),
                List.of(SupervisionSession.held(LocalDate.of(2025, 3, 4), SessionKind.INDIVIDUAL), noReason,
                        SupervisionSession.planned(LocalDate.of(2025, 4, 10), SessionKind.INDIVIDUAL)));

        ComplianceResult result = assess("sandwell", facts, LocalDate.of(2025, 4, 14));

        assertThat(result.findings()).filteredOn(f -> f.topic() == Finding.Topic.MONITORING).extracting(Finding::text)
                .containsExactlyInAnyOrder(
                        "The session missed on 03/04/2025 has no reason recorded; the monitoring sheet asks for one (Sandwell App. 3).",
                        "The session booked for 10/04/2025 has not been marked held, postponed or cancelled on the monitoring sheet (Sandwell App. 3).");
    }

    @Test
    void a_late_session_needs_a_reason_on_its_record() {
        // Sandwell monthly: after Tue 04/03 the latest was Fri 04/04; the rebooked session on Thu 10/04 was 6 days over.
        String history = "held 2025-03-04; postponed 2025-04-03 to 2025-04-10; held 2025-04-10";
        SuperviseeFacts noReason = worker(history);
        List<SupervisionSession> withReason = TestStaff.sessions(history);
        withReason.set(2, withReason.get(2).withGapReason("Supervisor off sick; rebooked at the first free slot"));

        ComplianceResult without = assess("sandwell", noReason, LocalDate.of(2025, 4, 11));
        ComplianceResult with = assess("sandwell", SuperviseeFacts.of(noReason.supervisee(), withReason), LocalDate.of(2025, 4, 11));

        assertThat(without.lastGap()).hasValueSatisfying(g -> {
            assertThat(g.latestPermitted()).isEqualTo(LocalDate.of(2025, 4, 4));
            assertThat(g.daysOver()).isEqualTo(6);
            assertThat(g.reasonRequired()).isTrue();
            assertThat(g.reasonGiven()).isFalse();
        });
        assertThat(without.statusOf(Finding.Topic.LAST_GAP)).isEqualTo(Status.DUE_SOON);
        assertThat(with.statusOf(Finding.Topic.LAST_GAP)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void the_session_form_can_ask_whether_a_reason_is_needed_before_saving() {
        ComplianceEngine engine = new ComplianceEngine(pack("sefton"), CALENDAR);
        SuperviseeFacts facts = worker("held 2025-03-04");

        // Sefton 3.8 monthly from Tue 04/03: latest Fri 04/04.
        assertThat(engine.gapBefore(facts, LocalDate.of(2025, 4, 4), "")).hasValueSatisfying(g -> assertThat(g.exceeded()).isFalse());
        assertThat(engine.gapBefore(facts, LocalDate.of(2025, 4, 7), "")).hasValueSatisfying(g -> {
            assertThat(g.exceeded()).isTrue();
            assertThat(g.daysOver()).isEqualTo(3);
        });
    }

    @Test
    void a_supervisee_with_everything_in_hand_is_on_track_and_why_gives_the_next_dates() {
        // Sandwell: monthly supervision and monthly group supervision held on 10/03/2025, records signed the same day,
        // agreement made on 06/01/2025. On 14/03 nothing falls due within 7 days.
        SuperviseeFacts facts = worker("held 2025-02-10; held 2025-03-10; held:group 2025-03-10")
                .withAgreement(AgreementFacts.agreedOn(LocalDate.of(2025, 1, 6)));

        ComplianceResult result = assess("sandwell", facts, LocalDate.of(2025, 3, 14));

        assertThat(result.status()).as(result.findings().toString()).isEqualTo(Status.ON_TRACK);
        assertThat(result.why()).startsWith("Next session due by 10/04/2025, at the latest 10/04/2025 (Social Worker: "
                + "every 1 month (Sandwell, Frequency; App. 1 Duration of Sessions)); nothing is booked yet.");
    }

    @Test
    void the_worst_finding_sets_the_status_and_why_says_it_in_plain_words() {
        SuperviseeFacts facts = worker("held 2025-03-04; held:group 2025-04-01; postponed 2025-04-03")
                .withAgreement(AgreementFacts.agreedOn(LocalDate.of(2025, 1, 6)));

        ComplianceResult result = assess("sandwell", facts, LocalDate.of(2025, 4, 18));

        assertThat(result.status()).isEqualTo(Status.ESCALATE);
        assertThat(result.why()).containsExactly("The session missed on 03/04/2025 was not rebooked within 2 weeks: "
                + "report it to the supervisor's manager (Sandwell App. 1 Cancellation and App. 3).");
        assertThat(result.findings()).extracting(Finding::text).contains("Supervision is overdue by 14 days: the last session was on "
                + "04/03/2025 and the next had to be held by 04/04/2025 under Social Worker: every 1 month (Sandwell, Frequency; "
                + "App. 1 Duration of Sessions).");
    }

    @Test
    void a_leaver_keeps_the_file_for_the_retention_period_and_owes_no_sessions() {
        var leaver = TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 6, 20));
        SuperviseeFacts facts = SuperviseeFacts.of(leaver, TestStaff.sessions("held 2025-05-01"))
                .withAgreement(AgreementFacts.agreedOn(LocalDate.of(2025, 1, 6)));

        ComplianceResult result = assess("sefton", facts, LocalDate.of(2025, 7, 1));

        // Sefton 10: 7 years after leaving on 20/06/2025.
        assertThat(result.retainUntil()).contains(LocalDate.of(2032, 6, 20));
        assertThat(result.nextSession()).isEmpty();
        assertThat(result.agreementReview()).isEmpty();
        assertThat(result.status()).isEqualTo(Status.ON_TRACK);
    }
}
