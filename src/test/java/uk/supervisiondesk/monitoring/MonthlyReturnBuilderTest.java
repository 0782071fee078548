package uk.supervisiondesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/**
 * The monthly return under Sandwell's rules (monthly supervision, records signed within 3
 * working days), for one social worker whose history is worked through by hand.
 */
class MonthlyReturnBuilderTest {
    @TempDir
    Path dir;
    private DeskDatabase db;
    private MonthlyReturnBuilder builder;
    private PolicyInUse sandwell;

    @BeforeEach
    void setUp() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        Clock clock = Clock.systemUTC();
        PolicySettings settings = new PolicySettings(db, clock);
        settings.choosePack("sandwell");
        sandwell = PolicyInUse.load(settings, new PolicyPackLoader());
        StaffRegister staff = new StaffRegister(db, clock);
        SessionLog log = new SessionLog(db, clock);
        Supervisee priya = staff.save(TestData.socialWorker("E1", "Priya", "Shah", LocalDate.of(2025, 6, 2)));
        long id = priya.id();
        log.saveAll(List.of(
                new SessionEntry(null, id, held(2026, 1, 12).withRecord(d(2026, 1, 13), d(2026, 1, 14))),
                // Signed on Friday 20/02: the deadline was Friday 13/02 (3 working days after Tuesday 10/02).
                new SessionEntry(null, id, held(2026, 2, 10).withRecord(d(2026, 2, 11), d(2026, 2, 20))),
                new SessionEntry(null, id, SupervisionSession.postponed(d(2026, 3, 10), SessionKind.INDIVIDUAL,
                        "Court hearing", d(2026, 3, 17))),
                new SessionEntry(null, id, held(2026, 3, 17).withRecord(d(2026, 3, 17), d(2026, 3, 18))),
                new SessionEntry(null, id, new SupervisionSession(d(2026, 4, 14), SessionKind.INDIVIDUAL,
                        SessionOutcome.CANCELLED, null, "Supervisee on leave", "", null, null)),
                new SessionEntry(null, id, held(2026, 4, 21))));
        builder = new MonthlyReturnBuilder(new ComplianceOverview(staff, log, new uk.supervisiondesk.store.RecordBook(db, clock)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void marchCountsTheHeldAndThePostponedSessionAndTheRecordSignedInTime() {
        MonthlyReturn.Line march = only(builder.build(YearMonth.of(2026, 3), sandwell));
        assertThat(march.required()).isEqualTo(1.0);
        assertThat(march.held()).isEqualTo(1);
        assertThat(march.postponed()).isEqualTo(1);
        assertThat(march.cancelled()).isZero();
        assertThat(march.recordsDue()).isEqualTo(1);
        assertThat(march.signedInTime()).isEqualTo(1);
        assertThat(march.overdue()).isFalse();
    }

    @Test
    void februarysLateSignatureIsNotInTime() {
        MonthlyReturn.Line february = only(builder.build(YearMonth.of(2026, 2), sandwell));
        assertThat(february.required()).isEqualTo(1.0);
        assertThat(february.held()).isEqualTo(1);
        assertThat(february.recordsDue()).isEqualTo(1);
        assertThat(february.signedInTime()).isZero();
    }

    @Test
    void theReturnIsAsThingsStoodAtMonthEnd() {
        // At 31/12/2025 nothing had been held since she started on 02/06/2025: the first session
        // was due by 02/07/2025, so she was 182 days overdue, whatever happened in January.
        MonthlyReturn.Line december = only(builder.build(YearMonth.of(2025, 12), sandwell));
        assertThat(december.overdueDaysAtMonthEnd()).isEqualTo(182);
        assertThat(december.held()).isZero();

        MonthlyReturn.Line april = only(builder.build(YearMonth.of(2026, 4), sandwell));
        assertThat(april.cancelled()).isEqualTo(1);
        assertThat(april.held()).isEqualTo(1);
        // The 21/04 record has no signature yet, so it was not signed in time.
        assertThat(april.recordsDue()).isEqualTo(1);
        assertThat(april.signedInTime()).isZero();
    }

    @Test
    void theCsvHasTheDocumentedHeaderAndATotalsLine() throws Exception {
        StringWriter out = new StringWriter();
        MonthlyReturnCsv.write(builder.build(YearMonth.of(2026, 3), sandwell), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(MonthlyReturnCsv.HEADER);
        assertThat(lines.get(1)).isEqualTo("2026-03,E1,Priya Shah,Children in Care Team,Social Worker,1,1,1,0,no,0,1,1,0,0,"
                + lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1));
        assertThat(lines.get(2)).startsWith("2026-03,,Team total,,,1,1,1,0,0,,1,1,0,0,");
    }

    @Test
    void theRequiredCountFollowsTheRuleInForce() {
        SessionsRequired rules = new SessionsRequired(sandwell.pack());
        Supervisee newlyQualified = TestData.newlyQualified("E9", "Ben", "Hall", LocalDate.of(2026, 1, 5));
        // Weekly for the first six weeks: 31 days of January from the 5th is 27 days, almost four weeks.
        assertThat(rules.between(newlyQualified, d(2026, 1, 1), d(2026, 1, 31))).isEqualTo(4.0);
        // From mid-February, fortnightly: two in March.
        assertThat(rules.between(newlyQualified, d(2026, 3, 1), d(2026, 3, 31))).isEqualTo(2.0);
    }

    private static MonthlyReturn.Line only(MonthlyReturn r) {
        assertThat(r.lines()).hasSize(1);
        return r.lines().get(0);
    }

    private static SupervisionSession held(int y, int m, int d) {
        return SupervisionSession.held(LocalDate.of(y, m, d), SessionKind.INDIVIDUAL);
    }

    private static LocalDate d(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
