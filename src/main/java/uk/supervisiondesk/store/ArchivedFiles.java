package uk.supervisiondesk.store;

import java.time.Clock;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.Supervisee;

/**
 * The one rule for archived files, checked where records, sessions and signatures are written,
 * so that no screen or command can get round it: once a supervisee's leaving date has come,
 * their file is read-only. Reading, printing and exporting what is there stay allowed. Putting
 * back (clearing or moving) the leaving date on the Staff screen opens the file again.
 * See docs/decisions/0010-archived-leavers.md.
 */
public final class ArchivedFiles {
    private ArchivedFiles() {
    }

    /** Whether the supervisee's file is archived today. */
    public static boolean isArchived(Supervisee who, Clock clock) {
        return who.isLeaverOn(LocalDate.now(clock));
    }

    /**
     * Refuses, within the caller's transaction, a change to the file of a supervisee who has left.
     * A supervisee no longer on the register is left to the caller's own checks.
     *
     * @throws FileArchivedException their leaving date has come; nothing was changed
     */
    public static void requireOpen(Handle h, long superviseeId, Clock clock) {
        Supervisee who = h.attach(StaffDao.class).findById(superviseeId).orElse(null);
        if (who != null && isArchived(who, clock)) {
            throw new FileArchivedException(who.employment().leavingDate());
        }
    }

    /** As {@link #requireOpen(Handle, long, Clock)}, for the file a stored record belongs to. */
    static void requireOpenForRecord(Handle h, long recordId, Clock clock) {
        h.attach(RecordDao.class).byId(recordId).map(RecordRow::toRecord)
                .ifPresent(r -> requireOpen(h, r.superviseeId(), clock));
    }
}
