package uk.supervisiondesk.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Imports the spreadsheet trackers managers keep: the whole file or nothing. Every row is checked
 * first and every problem collected; only a file without any is written, in one transaction, and
 * only the rows that differ from what is stored, so importing the same file again changes nothing.
 * The caller must hold the data folder (the app, or a command's lock) so nothing changes in between.
 */
public final class TrackerImport {
    private final StaffRegister register;
    private final SessionLog sessions;
    private final Clock clock;

    public TrackerImport(DeskDatabase database, Clock clock) {
        this.register = new StaffRegister(database, clock);
        this.sessions = new SessionLog(database, clock);
        this.clock = clock;
    }

    /**
     * Reads, checks and imports a tracker file. For the File > Import dialog: it returns what was
     * done, or throws with every problem found so the dialog can list them.
     *
     * @throws IOException             the file is missing or cannot be read; nothing was changed
     * @throws ImportRejectedException the file has problems, all listed; nothing was changed
     */
    public ImportResult importFile(ImportKind kind, Path file) throws IOException, ImportRejectedException {
        return importSource(ImportSource.read(kind, file));
    }

    /** As {@link #importFile}, for a file already read (the command line reads it before opening the data). */
    public ImportResult importSource(ImportSource source) throws ImportRejectedException {
        LocalDate today = LocalDate.now(clock);
        List<Supervisee> staff = register.findAll();
        if (source.kind() == ImportKind.STAFF) {
            ImportPlan<Supervisee> plan = StaffImport.plan(source, staff, today);
            register.saveAll(plan.toSave());
            return plan.result(source);
        }
        Collection<SessionEntry> stored = sessions.bySupervisee().values().stream().flatMap(List::stream).toList();
        ImportPlan<SessionEntry> plan = SessionImport.plan(source, staff, stored, today);
        sessions.addHistory(plan.toSave());
        return plan.result(source);
    }

    /**
     * Checks a file as if importing it into an empty database, without writing anything, so that a
     * command can refuse a bad file before it creates a database for it.
     *
     * @throws ImportRejectedException the file has problems, all listed
     */
    public static void checkForNewDatabase(ImportSource source, Clock clock) throws ImportRejectedException {
        LocalDate today = LocalDate.now(clock);
        if (source.kind() == ImportKind.STAFF) {
            StaffImport.plan(source, List.of(), today);
        } else {
            SessionImport.plan(source, List.of(), List.of(), today);
        }
    }
}
