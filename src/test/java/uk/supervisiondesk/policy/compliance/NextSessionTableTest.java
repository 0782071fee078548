package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.policy.TestStaff;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/**
 * The next formal session against each shipped pack. Every row's dates were worked out by hand
 * from the policy, in the comment above it. "none" means no session is required.
 */
class NextSessionTableTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final PolicyPackLoader LOADER = new PolicyPackLoader();
    private static final Map<String, PolicyPack> PACKS = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Employer Standard 5, ASYE from Mon 06/01/2025: weekly for 6 weeks, so the first session is due by Mon 13/01.
            default: ASYE begins on a Monday             | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | -                                                                                      | 2025-01-06 | 2025-01-13 | 2025-01-13 | 0 | DUE_SOON
            # Six weekly sessions to Mon 10/02 (still the weekly stage, which ends before Mon 17/02): next by 17/02.
            default: last weekly gap                    | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-01-06; held 2025-01-13; held 2025-01-20; held 2025-01-27; held 2025-02-03; held 2025-02-10 | 2025-02-12 | 2025-02-17 | 2025-02-17 | 0 | DUE_SOON
            # A session on Mon 17/02 falls in the fortnightly stage: next by Mon 03/03, more than 7 days off.
            default: first fortnightly gap              | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-02-17                                                                        | 2025-02-20 | 2025-03-03 | 2025-03-03 | 0 | ON_TRACK
            # ASYE from Wed 15/01/2025: weekly, so first session by Wed 22/01.
            default: ASYE begins mid-week               | england-default | social-worker | 2025-01-15 | 2025-01-15 | -          | -                                                                                      | 2025-01-15 | 2025-01-22 | 2025-01-22 | 0 | DUE_SOON
            # Weekly stage runs to Tue 25/02 (6 weeks from Wed 15/01); a session on Wed 19/02 is weekly, so next by Wed 26/02.
            default: mid-week ASYE, sixth week          | england-default | social-worker | 2025-01-15 | 2025-01-15 | -          | held 2025-02-19                                                                        | 2025-02-24 | 2025-02-26 | 2025-02-26 | 0 | DUE_SOON
            # Fortnightly to Sun 06/07 (6 months from 06/01): a session on Mon 30/06 is fortnightly, so next by Mon 14/07.
            default: last fortnightly gap               | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-06-30                                                                        | 2025-07-02 | 2025-07-14 | 2025-07-14 | 0 | ON_TRACK
            # Mon 14/07 is in the monthly stage: next by Thu 14/08.
            default: first monthly gap                  | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-07-14                                                                        | 2025-07-20 | 2025-08-14 | 2025-08-14 | 0 | ON_TRACK
            # Same facts as the row below, default pack: fortnightly only to 06/07, so a session on Mon 04/08 is monthly: Thu 04/09.
            default: fortnightly ended at 6 months      | england-default | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-08-04                                                                        | 2025-08-05 | 2025-09-04 | 2025-09-04 | 0 | ON_TRACK
            # Sefton 3.12: fortnightly "for the next six months" after the weekly stage, 17/02 to 17/08: Mon 04/08 + 2 weeks = Mon 18/08.
            sefton: fortnightly for the next 6 months   | sefton          | social-worker | 2025-01-06 | 2025-01-06 | -          | held 2025-08-04                                                                        | 2025-08-05 | 2025-08-18 | 2025-08-18 | 0 | ON_TRACK
            # Monthly from Fri 25/07/2025 is Mon 25/08, the summer bank holiday: back to Fri 22/08.
            default: across a bank holiday              | england-default | social-worker | 2024-01-01 | -          | -          | held 2025-07-25                                                                        | 2025-08-20 | 2025-08-22 | 2025-08-22 | 0 | DUE_SOON
            # Sandwell monthly from Tue 18/03/2025 is Fri 18/04, Good Friday: back to Thu 17/04; on Tue 22/04 that is 5 days late.
            sandwell: across Easter, overdue            | sandwell        | social-worker | 2024-01-01 | -          | -          | held 2025-03-18                                                                        | 2025-04-22 | 2025-04-17 | 2025-04-17 | 5 | OVERDUE
            # Monthly from Thu 01/12/2022 is Sun 01/01/2023: back past Sat 31/12 to Fri 30/12/2022.
            default: across a year end                  | england-default | social-worker | 2021-01-01 | -          | -          | held 2022-12-01                                                                        | 2022-12-28 | 2022-12-30 | 2022-12-30 | 0 | DUE_SOON
            # Sefton 3.8 monthly from Wed 31/12/2025: 31/01/2026 is a Saturday, so Fri 30/01/2026.
            sefton: month end across a year end         | sefton          | social-worker | 2024-01-01 | -          | -          | held 2025-12-31                                                                        | 2026-01-05 | 2026-01-30 | 2026-01-30 | 0 | ON_TRACK
            # Support worker (3.10, 2 months) to 30/04, then social worker (3.8, monthly). Last session Mon 07/04:
            # 2 months = Sat 07/06, 8-week cap (3.2) = Mon 02/06, but monthly from 01/05 = Sun 01/06, sooner: back to Fri 30/05.
            sefton: role change to a stricter rule      | sefton          | support-worker..2025-04-30, social-worker@2025-05-01 | 2024-06-01 | - | - | held 2025-04-07                                     | 2025-05-26 | 2025-05-30 | 2025-05-30 | 0 | DUE_SOON
            # Social worker to 31/03, then support worker. The rule on the day of the last session (Mon 10/03, monthly) sets Thu 10/04.
            sefton: role change to a looser rule        | sefton          | social-worker..2025-03-31, support-worker@2025-04-01 | 2024-06-01 | - | - | held 2025-03-10                                     | 2025-04-01 | 2025-04-10 | 2025-04-10 | 0 | ON_TRACK
            # Support worker every 2 months from Mon 03/03 = Sat 03/05, but never more than 8 weeks apart (3.2): Mon 28/04; 2 days late on 30/04.
            sefton: longest gap caps bi-monthly         | sefton          | support-worker | 2024-06-01 | -          | -          | held 2025-03-03                                                                        | 2025-04-30 | 2025-04-28 | 2025-04-28 | 2 | OVERDUE
            # Leaving Fri 20/06/2025; next would be due Wed 02/07, after the leaving date: nothing more is required.
            sefton: leaver before next due              | sefton          | social-worker | 2024-01-01 | -          | 2025-06-20 | held 2025-06-02                                                                        | 2025-06-10 | -          | -          | 0 | ON_TRACK
            # Left on 20/06/2025: nothing is due after the leaving date, even though no session was held after 01/05.
            sefton: leaver after leaving                | sefton          | social-worker | 2024-01-01 | -          | 2025-06-20 | held 2025-05-01                                                                        | 2025-07-01 | -          | -          | 0 | ON_TRACK
            # Sefton 3.17: a residential starter from Mon 02/06/2025 is seen fortnightly: first by Mon 16/06.
            sefton: new residential starter             | sefton          | residential-worker | 2025-06-02 | -     | -          | -                                                                                      | 2025-06-10 | 2025-06-16 | 2025-06-16 | 0 | DUE_SOON
            # The starter rule ended Tue 02/12; App. 3 monthly applies from a session on Mon 08/12: Thu 08/01/2026.
            sefton: residential starter after 6 months  | sefton          | residential-worker | 2025-06-02 | -     | -          | held 2025-12-08                                                                        | 2025-12-10 | 2026-01-08 | 2026-01-08 | 0 | ON_TRACK
            # Southwark 5 and 17: every 4 to 6 weeks after the ASYE. From Mon 03/03: due Mon 31/03, no later than Mon 14/04.
            southwark: 4 to 6 weeks                     | southwark       | social-worker | 2020-01-01 | -          | -          | held 2025-03-03                                                                        | 2025-04-07 | 2025-03-31 | 2025-04-14 | 0 | DUE_SOON
            # Southwark 5: ASYE weekly from Mon 06/01/2025: Mon 13/01.
            southwark: ASYE begins on a Monday          | southwark       | social-worker | 2025-01-06 | 2025-01-06 | -          | -                                                                                      | 2025-01-08 | 2025-01-13 | 2025-01-13 | 0 | DUE_SOON
            # Southwark 5 leaves other staff's frequency to the agreement; none recorded, so no date and a prompt to record it.
            southwark: frequency left to the agreement  | southwark       | support-worker | 2024-01-01 | -          | -          | held 2025-03-03                                                                        | 2025-03-05 | -          | -          | 0 | DUE_SOON
            # Blackpool 4: all staff monthly; reflective case supervision counts. Mon 03/03 + 1 month = Thu 03/04.
            blackpool: monthly reflective case session  | blackpool       | social-worker | 2024-01-01 | -          | -          | held:reflective-case 2025-03-03                                                        | 2025-03-05 | 2025-04-03 | 2025-04-03 | 0 | ON_TRACK
            # Blackpool: personal reflective (welfare) sessions are a separate rhythm and do not count as monthly supervision.
            blackpool: welfare session does not count   | blackpool       | social-worker | 2024-01-01 | -          | -          | held:reflective-case 2025-03-03; held:welfare 2025-03-20                               | 2025-04-07 | 2025-04-03 | 2025-04-03 | 4 | OVERDUE
            # Bedford Borough falls back to the default: as the bank holiday row above, Fri 22/08.
            bedford-borough: falls back to the default  | bedford-borough | social-worker | 2024-01-01 | -          | -          | held 2025-07-25                                                                        | 2025-08-20 | 2025-08-22 | 2025-08-22 | 0 | DUE_SOON
            # Sandwell: monthly from Tue 04/03 is Fri 04/04. The 03/04 session was postponed to 10/04; on Tue 08/04 it is 4 days late,
            # inside the 2-week window (App. 1), so overdue and not yet escalated.
            sandwell: postponed and rebooked            | sandwell        | social-worker | 2024-01-01 | -          | -          | held 2025-03-04; postponed 2025-04-03 to 2025-04-10                                    | 2025-04-08 | 2025-04-04 | 2025-04-04 | 4 | OVERDUE
            # The rebooked session was held on Thu 10/04: next by Sat 10/05, back to Fri 09/05.
            sandwell: rebooked session held             | sandwell        | social-worker | 2024-01-01 | -          | -          | held 2025-03-04; postponed 2025-04-03 to 2025-04-10; held 2025-04-10                   | 2025-04-11 | 2025-05-09 | 2025-05-09 | 0 | ON_TRACK
            # Due Fri 04/04 and still not held on Tue 22/04: 18 days late, beyond 04/04 + 2 weeks = 18/04, so escalate.
            sandwell: overdue beyond the window         | sandwell        | social-worker | 2024-01-01 | -          | -          | held 2025-03-04                                                                        | 2025-04-22 | 2025-04-04 | 2025-04-04 | 18 | ESCALATE
            """)
    void next_session(String name, String packId, String roles, LocalDate start, LocalDate asyeStart, LocalDate leaving,
                      String sessions, LocalDate today, LocalDate due, LocalDate latest, long daysOverdue, Status level) {
        SuperviseeFacts facts = SuperviseeFacts.of(TestStaff.supervisee(roles, start, asyeStart, leaving), TestStaff.sessions(sessions))
                .withAgreement(AgreementFacts.agreedOn(today.minusMonths(1)));

        ComplianceResult result = new ComplianceEngine(pack(packId), CALENDAR).assess(facts, today);

        if (latest == null) {
            assertThat(result.nextSession()).as(name).isEmpty();
        } else {
            assertThat(result.nextSession()).as(name).hasValueSatisfying(n -> {
                assertThat(n.dueOn()).as("due").isEqualTo(due);
                assertThat(n.latestOn()).as("latest").isEqualTo(latest);
                assertThat(n.daysOverdue()).as("days overdue").isEqualTo(daysOverdue);
            });
        }
        assertThat(result.statusOf(Finding.Topic.NEXT_SESSION)).as(name + ": " + result.findings()).isEqualTo(level);
    }

    static PolicyPack pack(String id) {
        return PACKS.computeIfAbsent(id, key -> {
            try {
                return LOADER.bundled(key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
