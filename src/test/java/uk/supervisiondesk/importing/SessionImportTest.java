package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.importing.ImportDatabase.fixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.SupervisionSession;

class SessionImportTest {
    private static final String HEADER = "Employee number,Date,Kind,Status,Rescheduled to,Reason,Date signed";

    @TempDir
    Path dir;
    private ImportDatabase data;

    @BeforeEach
    void openWithStaff() throws Exception {
        data = new ImportDatabase(dir);
        data.importStaff(fixture("staff-good.csv"));
    }

    @AfterEach
    void close() {
        data.close();
    }

    private static LocalDate day(int d, int m, int y) {
        return LocalDate.of(y, m, d);
    }

    private int sessionCount() {
        return data.sessions.count();
    }

    @Test
    void aGoodSessionsFileFillsTheMonitoringSheet() throws Exception {
        ImportResult result = data.importSessions(fixture("sessions-good.csv"));

        assertThat(result.summary()).endsWith("sessions-good.csv: 8 rows, 8 added, 0 updated, 0 unchanged.");
        assertThat(sessionCount()).isEqualTo(8);
        assertThat(data.sessionsOf("E1001")).extracting(SessionEntry::session).containsExactly(
                new SupervisionSession(day(4, 3, 2024), SessionKind.INDIVIDUAL, SessionOutcome.HELD, null, "", "",
                        null, day(8, 3, 2024)),
                SupervisionSession.held(day(18, 3, 2024), SessionKind.WELFARE),
                SupervisionSession.postponed(day(2, 4, 2024), SessionKind.INDIVIDUAL, "Court hearing, all day",
                        day(9, 4, 2024)),
                SupervisionSession.held(day(9, 4, 2024), SessionKind.INDIVIDUAL).withRecord(null, day(12, 4, 2024)));
        assertThat(data.sessionsOf("E1003")).singleElement().extracting(SessionEntry::session).satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SessionKind.CASEWORK);
            assertThat(s.outcome()).isEqualTo(SessionOutcome.CANCELLED);
            assertThat(s.reason()).isEqualTo("Supervisee on sick leave");
        });
        assertThat(data.sessionsOf("E1005")).extracting(e -> e.session().kind(), e -> e.session().outcome(),
                        e -> e.session().rescheduledTo())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SessionKind.GROUP, SessionOutcome.HELD, null),
                        org.assertj.core.groups.Tuple.tuple(SessionKind.REFLECTIVE_CASE, SessionOutcome.POSTPONED,
                                day(15, 3, 2024)));
    }

    @Test
    void reImportingTheSameFileChangesNothingAndLeavesNoAuditEntries() throws Exception {
        data.importSessions(fixture("sessions-good.csv"));
        Map<Long, List<SessionEntry>> before = data.allSessions();
        int auditBefore = data.auditEntries();

        ImportResult again = data.importSessions(fixture("sessions-good.csv"));

        assertThat(again.summary()).endsWith(": 8 rows, 0 added, 0 updated, 8 unchanged.");
        assertThat(data.auditEntries()).isEqualTo(auditBefore);
        assertThat(data.allSessions()).isEqualTo(before);
    }

    @Test
    void aChangedRowUpdatesTheStoredSessionAndKeepsWhatOnlyTheAppRecords() throws Exception {
        data.importSessions(fixture("sessions-good.csv"));
        SessionEntry stored = data.sessionsOf("E1001").get(0);
        data.sessions.save(new SessionEntry(stored.id(), stored.superviseeId(),
                stored.session().withRecord(day(6, 3, 2024), day(8, 3, 2024)).withGapReason("Team restructure")));
        int auditBefore = data.auditEntries();

        ImportResult result = data.importSessions(data.csv("sessions.csv", HEADER,
                "E1001,04/03/2024,individual,held,,,11/03/2024",
                "E1001,18/03/2024,welfare,held,,,"));

        assertThat(result.summary()).endsWith(": 2 rows, 0 added, 1 updated, 1 unchanged.");
        assertThat(data.auditEntries()).isEqualTo(auditBefore + 1);
        SupervisionSession after = data.sessionsOf("E1001").get(0).session();
        assertThat(after.signedOn()).isEqualTo(day(11, 3, 2024));
        assertThat(after.sharedOn()).isEqualTo(day(6, 3, 2024));
        assertThat(after.gapReason()).isEqualTo("Team restructure");
        assertThat(data.sessionsOf("E1001").get(0).id()).isEqualTo(stored.id());
    }

    @Test
    void withoutADateSignedColumnAHeldSessionKeepsItsSigningDate() throws Exception {
        data.importSessions(fixture("sessions-good.csv"));
        ImportResult result = data.importSessions(data.csv("sessions.csv", "Employee number,Date,Kind,Status",
                "E1001,04/03/2024,individual,held"));
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(data.sessionsOf("E1001").get(0).session().signedOn()).isEqualTo(day(8, 3, 2024));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"individual, INDIVIDUAL", "Individual supervision, INDIVIDUAL", "MANAGER, MANAGER",
            "Welfare, WELFARE", "welfare / personal reflective supervision, WELFARE",
            "Personal reflective, WELFARE", "reflective-case, REFLECTIVE_CASE", "Reflective case, REFLECTIVE_CASE",
            "casework, CASEWORK", "Casework supervision, CASEWORK", "group, GROUP", "Group Supervision, GROUP"})
    void kindsAreReadByKeyOrName(String text, SessionKind kind) throws Exception {
        data.importSessions(data.csv("s.csv", HEADER, "E1002,01/05/2025,\"" + text + "\",held,,,"));
        assertThat(data.sessionsOf("E1002")).singleElement().extracting(e -> e.session().kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Held, HELD, ''", "POSTPONED, POSTPONED, Sickness", "Rescheduled, POSTPONED, Sickness",
            "cancelled, CANCELLED, Left", "Canceled, CANCELLED, Left", "planned, PLANNED, ''"})
    void statusesAreReadIgnoringCase(String status, SessionOutcome outcome, String reason) throws Exception {
        String date = outcome == SessionOutcome.PLANNED ? "01/07/2025" : "01/05/2025";
        String newDate = status.equalsIgnoreCase("rescheduled") ? "08/05/2025" : "";
        data.importSessions(data.csv("s.csv", HEADER, "E1002," + date + ",manager," + status + "," + newDate + ","
                + reason + ","));
        assertThat(data.sessionsOf("E1002")).singleElement().extracting(e -> e.session().outcome()).isEqualTo(outcome);
    }

    @Test
    void everyBadRowIsListedByLineAndNothingIsWritten() throws Exception {
        int auditBefore = data.auditEntries();
        assertThatThrownBy(() -> data.importSessions(fixture("sessions-bad.csv")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getMessage()).endsWith("sessions-bad.csv was not imported: 11 rows have problems."
                            + " Nothing was changed.");
                    assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                            "line 3: Employee number \"E9999\" is not in the staff register. Import the staff file"
                                    + " first, or check the number.",
                            "line 4: Kind \"formal\" in column \"Kind\" is not one we know. Use one of: individual,"
                                    + " manager, welfare, reflective-case, casework, group.",
                            "line 5: Status \"done\" in column \"Status\" is not one we know. Use held, postponed,"
                                    + " rescheduled, cancelled or planned.",
                            "line 6: A postponed session needs a reason in column \"Reason\".",
                            "line 7: A rescheduled session needs its new date in column \"Rescheduled to\".",
                            "line 8: A new date in column \"Rescheduled to\" is only for postponed sessions, and this"
                                    + " one is held.",
                            "line 9: The new date 10/03/2024 in column \"Rescheduled to\" must be after the session"
                                    + " date 12/03/2024.",
                            "line 10: Only a held session has a record to sign, and this one is cancelled. Clear"
                                    + " column \"Date signed\" or correct the status.",
                            "line 11: The date signed 10/03/2024 is before the session date 14/03/2024.",
                            "line 12: The same session (e1001, individual, 04/03/2024) is also on line 2. Keep one"
                                    + " row for it.",
                            "line 13: Date \"2024-13-01\" in column \"Date\" is not a real date (use dd/mm/yyyy or"
                                    + " yyyy-mm-dd)");
                });
        assertThat(sessionCount()).isZero();
        assertThat(data.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void sessionsCannotBeHeldInTheFutureNorPlannedInThePastNorSignedAheadOfToday() throws Exception {
        // Today is 02/06/2025 in these tests.
        assertThatThrownBy(() -> data.importSessions(data.csv("s.csv", HEADER,
                "E1001,03/06/2025,individual,held,,,",
                "E1001,01/06/2025,manager,planned,,,",
                "E1001,02/06/2025,welfare,held,,,03/06/2025",
                "E1001,02/06/2025,individual,held,,,02/06/2025",
                "E1001,02/06/2025,group,planned,,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "line 2: The session on 03/06/2025 is in the future, so it cannot have been held yet."
                                        + " Use \"planned\".",
                                "line 3: The session on 01/06/2025 is in the past, so it cannot still be planned."
                                        + " Say whether it was held, postponed or cancelled.",
                                "line 4: The date signed 03/06/2025 is in the future."));
    }

    @Test
    void aReasonIsOnlyForSessionsThatDidNotHappen() throws Exception {
        assertThatThrownBy(() -> data.importSessions(data.csv("s.csv", HEADER,
                "E1001,03/03/2025,individual,held,,Went well,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(2, "A reason is only for postponed or cancelled sessions,"
                                + " and this one is held. Clear column \"Reason\" or correct the status.")));
    }

    @Test
    void aFileWithoutAReasonColumnSaysToAddOne() throws Exception {
        assertThatThrownBy(() -> data.importSessions(data.csv("s.csv", "Employee number,Date,Kind,Status",
                "E1001,03/03/2025,individual,cancelled")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(2, "A cancelled session needs a reason in a \"Reason\""
                                + " column, which the file does not have.")));
    }

    @Test
    void emptyRequiredCellsAreNamed() throws Exception {
        assertThatThrownBy(() -> data.importSessions(data.csv("s.csv", HEADER, ",,,,,,x")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).containsExactly(
                                "Column \"Employee number\" is empty; every session belongs to a member of staff.",
                                "Column \"Date\" is empty; enter the day the session was booked for.",
                                "Column \"Kind\" is empty; use one of: individual, manager, welfare, reflective-case,"
                                        + " casework, group.",
                                "Column \"Status\" is empty; use held, postponed, rescheduled, cancelled or planned.",
                                "\"x\" in column \"Date signed\" is not a date (use dd/mm/yyyy or yyyy-mm-dd)"));
    }

    @Test
    void sessionsNeedTheirStaffOnTheRegisterFirst() throws Exception {
        try (ImportDatabase empty = new ImportDatabase(dir.resolve("empty"))) {
            assertThatThrownBy(() -> empty.importSessions(fixture("sessions-good.csv")))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                        assertThat(e.rowsWithProblems()).isEqualTo(8);
                        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message())
                                .contains("is not in the staff register"));
                    });
            assertThat(empty.auditEntries()).isZero();
        }
    }
}
