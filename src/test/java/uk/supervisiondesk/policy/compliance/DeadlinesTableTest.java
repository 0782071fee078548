package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.policy.compliance.NextSessionTableTest.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.domain.CaseType;
import uk.supervisiondesk.policy.TestStaff;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.AsyePhase;

/** Record, agreement, ASYE, observation and other deadlines against the packs; dates worked by hand. */
class DeadlinesTableTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static ComplianceResult assess(String packId, SuperviseeFacts facts, LocalDate today) {
        return new ComplianceEngine(pack(packId), CALENDAR).assess(facts, today);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Sandwell App. 1: 3 working days from Thu 17/04/2025 skip Good Friday and Easter Monday: 22, 23, 24/04. A day late on 25/04.
            sandwell: share across Easter        | sandwell  | held 2025-04-17 unsigned         | 2025-04-25 | SHARING   | 2025-04-24 | 1 | OVERDUE
            sandwell: sign across Easter         | sandwell  | held 2025-04-17 unsigned         | 2025-04-25 | SIGNATURE | 2025-04-24 | 1 | OVERDUE
            # Sefton 6.2: 5 working days from Mon 22/12/2025: 23, 24, 29, 30, 31/12 (25, 26 bank holidays, 27-28 weekend).
            sefton: share across Christmas       | sefton    | held 2025-12-22 unsigned         | 2025-12-29 | SHARING   | 2025-12-31 | 0 | DUE_SOON
            # Sefton sets no signing timescale: listed with no deadline, as a note.
            sefton: signing has no timescale     | sefton    | held 2025-12-22 unsigned         | 2025-12-29 | SIGNATURE | -          | 0 | DUE_SOON
            # Blackpool 6: personal reflective record signed within 10 working days of Mon 22/12/2025: Thu 08/01/2026.
            blackpool: sign within 10 days       | blackpool | held:welfare 2025-12-22 unsigned | 2026-01-09 | SIGNATURE | 2026-01-08 | 1 | OVERDUE
            # Southwark 10 sets no timescale and the default has none: listed, no deadline.
            southwark: no timescale              | southwark | held 2025-03-03 unsigned         | 2025-03-20 | SHARING   | -          | 0 | ON_TRACK
            """)
    void records_awaiting(String name, String packId, String sessions, LocalDate today, RecordAwaiting.Step step,
                          LocalDate deadline, long daysOverdue, Status recordsLevel) {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)),
                TestStaff.sessions(sessions));

        ComplianceResult result = assess(packId, facts, today);

        assertThat(result.recordsAwaiting()).filteredOn(r -> r.step() == step).singleElement().satisfies(r -> {
            assertThat(r.deadline()).isEqualTo(Optional.ofNullable(deadline));
            assertThat(r.daysOverdue()).isEqualTo(daysOverdue);
        });
        assertThat(result.statusOf(Finding.Topic.RECORDS)).as(name).isEqualTo(recordsLevel);
    }

    @Test
    void blackpool_case_supervision_records_sit_on_the_childs_file_so_are_not_chased() {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)),
                TestStaff.sessions("held:reflective-case 2025-03-03 unsigned"));

        assertThat(assess("blackpool", facts, LocalDate.of(2025, 3, 20)).recordsAwaiting()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Blackpool App. 2: every 3 months from Mon 06/01/2025 is Sun 06/04: back to Fri 04/04.
            blackpool: three-monthly review            | blackpool       | 2025-01-06 | -          | 2025-03-31 | 2025-04-04 | DUE_SOON
            # A new supervisor on Mon 03/03 means a new agreement then; 2 days late on 05/03.
            blackpool: new supervisor                  | blackpool       | 2025-01-06 | 2025-03-03 | 2025-03-05 | 2025-03-03 | OVERDUE
            # Sefton 8.1: yearly, Thu 15/01/2025 to Thu 15/01/2026.
            sefton: yearly review                      | sefton          | 2025-01-15 | -          | 2025-06-01 | 2026-01-15 | ON_TRACK
            # Southwark does not tie a review to a change of supervisor: still Thu 15/01/2026.
            southwark: supervisor change not a trigger | southwark       | 2025-01-15 | 2025-03-03 | 2025-06-01 | 2026-01-15 | ON_TRACK
            # No agreement recorded: one is due from the start, Mon 06/01/2025.
            sandwell: no agreement yet                 | sandwell        | -          | -          | 2025-01-08 | 2025-01-06 | OVERDUE
            # Bedford Borough falls back to the default's 12 months: Fri 01/03/2024 to Sat 01/03/2025, back to Fri 28/02/2025.
            bedford-borough: default interval          | bedford-borough | 2024-03-01 | -          | 2025-03-03 | 2025-02-28 | OVERDUE
            """)
    void agreement_review(String name, String packId, LocalDate agreed, LocalDate supervisorChanged, LocalDate today,
                          LocalDate due, Status level) {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2025, 1, 6)), List.of())
                .withAgreement(new AgreementFacts(agreed, supervisorChanged, Optional.empty()));

        ComplianceResult result = assess(packId, facts, today);

        assertThat(result.agreementReview()).map(AgreementReviewDue::dueOn).contains(due);
        assertThat(result.statusOf(Finding.Topic.AGREEMENT)).as(name).isEqualTo(level);
    }

    @Test
    void sandwell_asye_reviews_at_3_6_9_months_and_the_final_meeting() {
        // Sandwell App. 9, ASYE from Wed 15/01/2025: Tue 15/04, Tue 15/07, Wed 15/10/2025 and Thu 15/01/2026.
        var nqsw = TestStaff.supervisee("social-worker", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15), null);
        SuperviseeFacts facts = SuperviseeFacts.of(nqsw, List.of());

        ComplianceResult late = assess("sandwell", facts, LocalDate.of(2025, 4, 20));
        ComplianceResult done = assess("sandwell", facts.withAsyeMilestonesDone(
                List.of(new AsyeMilestoneDone("review3Months", LocalDate.of(2025, 4, 14)))), LocalDate.of(2025, 4, 20));

        assertThat(late.asyeMilestones()).extracting(AsyeMilestoneDue::dueOn).containsExactly(LocalDate.of(2025, 4, 15),
                LocalDate.of(2025, 7, 15), LocalDate.of(2025, 10, 15), LocalDate.of(2026, 1, 15));
        assertThat(late.asyeMilestones().get(0).daysOverdue()).isEqualTo(5);
        assertThat(late.statusOf(Finding.Topic.ASYE)).isEqualTo(Status.OVERDUE);
        assertThat(done.asyeMilestones().get(0).doneOn()).contains(LocalDate.of(2025, 4, 14));
        assertThat(done.statusOf(Finding.Topic.ASYE)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void sefton_asye_reviews_and_a_leaver_drops_the_ones_after_leaving() {
        // Sefton 3.14 from Mon 06/01/2025: Sun 06/04 back to Fri 04/04; Sun 06/07 back to Fri 04/07; Tue 06/01/2026.
        var nqsw = TestStaff.supervisee("social-worker", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6), null);
        var leaver = TestStaff.supervisee("social-worker", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 5, 30));

        assertThat(assess("sefton", SuperviseeFacts.of(nqsw, List.of()), LocalDate.of(2025, 2, 1)).asyeMilestones())
                .extracting(AsyeMilestoneDue::dueOn)
                .containsExactly(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 7, 4), LocalDate.of(2026, 1, 6));
        assertThat(assess("sefton", SuperviseeFacts.of(leaver, List.of()), LocalDate.of(2025, 2, 1)).asyeMilestones())
                .extracting(AsyeMilestoneDue::key).containsExactly("review3Months");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Southwark 9: a whole observation year (01/04/2025-31/03/2026) in the ASYE: 4 required, 1 done.
            southwark: whole year in the ASYE       | southwark | social-worker | 2025-04-01 | 2025-04-01 | -          | 2025-05-10                       | 2025-06-01 | asye       | 4 | 1 | 0 | 0
            # ASYE from 01/10/2024 ends 30/09/2025: 183 of 365 days in it, 4 x 183/365 = 2.005, rounded up 3; 182 days after, 2 x 182/365 = 0.997, so 1.
            southwark: ASYE ends mid-year, ASYE part | southwark | social-worker | 2024-10-01 | 2024-10-01 | -          | 2025-05-01; 2025-09-01; 2025-10-15 | 2025-11-01 | asye       | 3 | 2 | 0 | 0
            southwark: ASYE ends mid-year, after     | southwark | social-worker | 2024-10-01 | 2024-10-01 | -          | 2025-05-01; 2025-09-01; 2025-10-15 | 2025-11-01 | after-asye | 1 | 1 | 0 | 0
            # Blackpool 3 and 7: 8 a year, 2 by the own manager; 3 done, 1 of them by the manager.
            blackpool: whole year                    | blackpool | social-worker | 2020-01-01 | -          | -          | 2025-04-10 own; 2025-06-10; 2025-08-10 | 2025-10-01 | any        | 8 | 3 | 2 | 1
            # Joined Wed 01/10/2025: 182 days of the year, 8 x 182/365 = 3.99 so 4; 2 x 182/365 = 0.997 so 1.
            blackpool: joiner mid-year               | blackpool | social-worker | 2025-10-01 | -          | -          | -                                | 2025-11-01 | any        | 4 | 0 | 1 | 0
            # Sefton 4.6: at least 1 a year; a leaver on 30/06/2025 still owes 1 (91 days, rounded up).
            sefton: leaver                           | sefton    | support-worker | 2020-01-01 | -         | 2025-06-30 | -                                | 2025-06-01 | any        | 1 | 0 | 0 | 0
            """)
    void observations(String name, String packId, String role, LocalDate start, LocalDate asyeStart, LocalDate leaving,
                      String observed, LocalDate today, String phase, int required, int done, int ownRequired, int ownDone) {
        List<ObservationFacts> observations = observed == null ? List.of() : java.util.Arrays.stream(observed.split(";"))
                .map(String::strip)
                .map(s -> new ObservationFacts(LocalDate.parse(s.substring(0, 10)), s.endsWith("own"))).toList();
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee(role, start, asyeStart, leaving), List.of())
                .withObservations(observations);

        ComplianceResult result = assess(packId, facts, today);

        AsyePhase wanted = java.util.Arrays.stream(AsyePhase.values()).filter(p -> p.key().equals(phase)).findFirst().orElseThrow();
        assertThat(result.observations()).as(name).filteredOn(t -> t.during() == wanted).singleElement().satisfies(t -> {
            assertThat(t.required()).as("required").isEqualTo(required);
            assertThat(t.done()).as("done").isEqualTo(done);
            assertThat(t.byOwnManagerRequired()).as("own manager required").isEqualTo(ownRequired);
            assertThat(t.byOwnManagerDone()).as("own manager done").isEqualTo(ownDone);
        });
    }

    @Test
    void observations_still_short_as_the_year_ends_are_due_soon() {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)), List.of())
                .withObservations(List.of(new ObservationFacts(LocalDate.of(2025, 6, 1), true)));

        assertThat(assess("blackpool", facts, LocalDate.of(2026, 3, 1)).statusOf(Finding.Topic.OBSERVATIONS)).isEqualTo(Status.ON_TRACK);
        assertThat(assess("blackpool", facts, LocalDate.of(2026, 3, 27)).statusOf(Finding.Topic.OBSERVATIONS)).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void blackpool_personal_reflective_supervision_every_two_months() {
        // Blackpool 6: from Mon 03/03/2025 + 2 months = Sat 03/05, back to Fri 02/05; 4 days late on Tue 06/05.
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)),
                TestStaff.sessions("held:welfare 2025-03-03; held:reflective-case 2025-04-28"));

        ComplianceResult result = assess("blackpool", facts, LocalDate.of(2025, 5, 6));

        assertThat(result.otherSessions()).singleElement().satisfies(o -> {
            assertThat(o.latestOn()).isEqualTo(LocalDate.of(2025, 5, 2));
            assertThat(o.daysOverdue()).isEqualTo(4);
        });
        assertThat(result.statusOf(Finding.Topic.OTHER_SESSIONS)).isEqualTo(Status.OVERDUE);
        assertThat(assess("blackpool", facts, LocalDate.of(2025, 5, 6)).statusOf(Finding.Topic.NEXT_SESSION)).isEqualTo(Status.ON_TRACK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Sandwell: looked-after, opened 01/01/2025: 4-weekly for 6 months (to 30/06). Discussed Tue 03/06: next Tue 01/07.
            looked-after in the first 6 months | looked-after     | 2025-01-01 | 2025-06-03 | 2025-07-01
            # After 6 months it is 8-weekly: discussed Tue 15/07, next Tue 09/09.
            looked-after after 6 months        | looked-after     | 2025-01-01 | 2025-07-15 | 2025-09-09
            # Child protection 4-weekly: Tue 04/03 to Tue 01/04.
            child protection                   | child-protection | 2025-01-01 | 2025-03-04 | 2025-04-01
            # Never discussed: 4 weeks from opening on Wed 01/01/2025 is Wed 29/01.
            never discussed                    | child-in-need    | 2025-01-01 | -          | 2025-01-29
            """)
    void sandwell_case_discussion(String name, String type, LocalDate opened, LocalDate lastDiscussed, LocalDate latest) {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)), List.of())
                .withCases(List.of(new OpenCase("LCS-1234", CaseType.fromKey(type).orElseThrow(), opened, lastDiscussed)));

        ComplianceResult result = assess("sandwell", facts, LocalDate.of(2025, 1, 2));

        assertThat(result.caseDiscussions()).singleElement().satisfies(c -> assertThat(c.latestOn()).as(name).isEqualTo(latest));
    }

    @Test
    void open_and_overdue_actions() {
        ActionFacts late = new ActionFacts("Update the chronology", "Alex", LocalDate.of(2025, 4, 1), null);
        ActionFacts soon = new ActionFacts("Book PDR", "Sam", LocalDate.of(2025, 4, 10), null);
        ActionFacts done = new ActionFacts("Read the policy", "Alex", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 20));
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("social-worker", LocalDate.of(2020, 1, 1)), List.of())
                .withActions(List.of(late, soon, done));

        ComplianceResult result = assess("sandwell", facts, LocalDate.of(2025, 4, 8));

        assertThat(result.openActions()).containsExactly(late, soon);
        assertThat(result.overdueActions()).containsExactly(late);
        assertThat(result.statusOf(Finding.Topic.ACTIONS)).isEqualTo(Status.OVERDUE);
    }

    @Test
    void sefton_agency_residential_staff_every_16_shifts_and_never_more_than_8_weeks() {
        var agency = TestStaff.supervisee("agency-residential-worker", LocalDate.of(2024, 1, 1));
        List<LocalDate> everyOtherDay = IntStream.range(0, 20).mapToObj(i -> LocalDate.of(2025, 3, 3).plusDays(2L * i)).toList();
        SuperviseeFacts busy = SuperviseeFacts.of(agency, TestStaff.sessions("held 2025-03-01")).withShiftsWorked(everyOtherDay);
        SuperviseeFacts quiet = busy.withShiftsWorked(everyOtherDay.subList(0, 5));

        // Sefton 3.18: shifts on 03/03, 05/03, ... the 16th is Wed 02/04 (30 days on); 3 days late on Sat 05/04.
        ComplianceResult busyResult = assess("sefton", busy, LocalDate.of(2025, 4, 5));
        // Only 5 shifts: the 8-week cap (3.2) from Sat 01/03 is Sat 26/04, back to Fri 25/04.
        ComplianceResult quietResult = assess("sefton", quiet, LocalDate.of(2025, 4, 5));

        assertThat(busyResult.nextSession()).map(NextSessionDue::latestOn).contains(LocalDate.of(2025, 4, 2));
        assertThat(busyResult.nextSession()).map(NextSessionDue::daysOverdue).contains(3L);
        assertThat(quietResult.nextSession()).map(NextSessionDue::latestOn).contains(LocalDate.of(2025, 4, 25));
        assertThat(quietResult.nextSession().orElseThrow().rule()).contains("Sefton 3.2");
    }

    @Test
    void a_frequency_written_in_the_agreement_applies_when_stricter_or_when_the_policy_leaves_it_open() {
        // Southwark 5 leaves support workers' frequency to the agreement; agreed every 6 weeks from Mon 03/03: Mon 14/04.
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee("support-worker", LocalDate.of(2024, 1, 1)),
                        TestStaff.sessions("held 2025-03-03"))
                .withAgreement(new AgreementFacts(LocalDate.of(2025, 1, 6), null, Optional.of(uk.supervisiondesk.policy.pack.Span.weeks(6))));

        ComplianceResult result = assess("southwark", facts, LocalDate.of(2025, 3, 5));

        assertThat(result.nextSession()).map(NextSessionDue::latestOn).contains(LocalDate.of(2025, 4, 14));
        assertThat(result.nextSession().orElseThrow().rule()).contains("supervision agreement");
    }
}
