package uk.supervisiondesk.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;

/**
 * Turns the rows of a sessions file into monitoring-sheet rows to add or update. A session is the
 * same one when it is for the same supervisee on the same day and of the same kind, as the
 * monitoring sheet allows only one of those. What the file does not hold (whether and when the
 * record was shared, the reason for a long gap) is kept.
 */
final class SessionImport {
    private record SessionKey(String employeeNumber, LocalDate date, SessionKind kind) {
    }

    private record StoredKey(long superviseeId, LocalDate date, SessionKind kind) {
    }

    private final ImportSource source;
    private final LocalDate today;
    private final RegisterIndex register;
    private final Map<StoredKey, SessionEntry> stored;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<SessionKey, Integer> lineOfSession = new HashMap<>();
    private final List<SessionEntry> toSave = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;

    private SessionImport(ImportSource source, List<Supervisee> register, Collection<SessionEntry> sessions,
                          LocalDate today) {
        this.source = source;
        this.today = today;
        this.register = new RegisterIndex(register);
        this.stored = sessions.stream().collect(Collectors.toMap(
                e -> new StoredKey(e.superviseeId(), e.session().date(), e.session().kind()), Function.identity()));
    }

    /** @throws ImportRejectedException listing every problem in the file; then nothing may be saved */
    static ImportPlan<SessionEntry> plan(ImportSource source, List<Supervisee> register,
                                        Collection<SessionEntry> sessions, LocalDate today)
            throws ImportRejectedException {
        SessionImport sessionImport = new SessionImport(source, register, sessions, today);
        source.rows().forEach(sessionImport::take);
        if (!sessionImport.problems.isEmpty()) {
            throw source.rejected(sessionImport.problems);
        }
        return new ImportPlan<>(sessionImport.toSave, sessionImport.added, sessionImport.updated,
                sessionImport.unchanged);
    }

    private void take(CsvRecord record) {
        ImportRow row = new ImportRow(record, source.header(), problems);
        SessionLine line = SessionLine.read(row, today).orElse(null);
        if (line == null) {
            return;
        }
        Supervisee supervisee = register.find(line.employeeNumber()).orElse(null);
        if (supervisee == null) {
            row.problem(SessionColumn.EMPLOYEE_NUMBER, "Employee number \"" + line.employeeNumber()
                    + "\" is not in the staff register. Import the staff file first, or check the number.");
        }
        Integer earlier = lineOfSession.putIfAbsent(
                new SessionKey(RegisterIndex.key(line.employeeNumber()), line.date(), line.kind()), row.line());
        if (earlier != null) {
            row.problem("The same session (" + line.employeeNumber() + ", " + line.kind().key() + ", "
                    + UkDates.format(line.date()) + ") is also on line " + earlier + ". Keep one row for it.");
        }
        if (row.hasProblems()) {
            return;
        }
        SessionEntry before = stored.get(new StoredKey(supervisee.id(), line.date(), line.kind()));
        SupervisionSession session = session(line, before == null ? null : before.session(), row);
        if (before == null) {
            added++;
            toSave.add(new SessionEntry(null, supervisee.id(), session));
        } else if (before.session().equals(session)) {
            unchanged++;
        } else {
            updated++;
            toSave.add(new SessionEntry(before.id(), supervisee.id(), session));
        }
    }

    /**
     * The session as the file has it, keeping what only the app records. With no "Date signed" column
     * a held session keeps its stored signing date.
     */
    private static SupervisionSession session(SessionLine line, SupervisionSession before, ImportRow row) {
        SessionOutcome outcome = line.status().outcome();
        boolean held = outcome == SessionOutcome.HELD;
        LocalDate signedOn = row.has(SessionColumn.SIGNED_ON) ? line.signedOn()
                : held && before != null ? before.signedOn() : null;
        LocalDate sharedOn = held && before != null ? before.sharedOn() : null;
        String gapReason = before == null ? "" : before.gapReason();
        return new SupervisionSession(line.date(), line.kind(), outcome, line.rescheduledTo(), line.reason(),
                gapReason, sharedOn, signedOn);
    }

}
