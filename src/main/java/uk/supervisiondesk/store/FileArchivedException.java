package uk.supervisiondesk.store;

import java.time.LocalDate;
import uk.supervisiondesk.domain.UkDates;

/**
 * A leaver's supervision file is archived, so nothing in it may be changed, added or signed
 * (see docs/decisions/0010-archived-leavers.md). The message says why and what to do, and holds
 * no name: it may end up in a log.
 */
public final class FileArchivedException extends RecordLockedException {
    private static final long serialVersionUID = 1L;

    private final LocalDate leftOn;

    public FileArchivedException(LocalDate leftOn) {
        super("Their file was archived when they left on " + UkDates.format(leftOn) + ": it can be read, printed and "
                + "exported, but not changed, added to or signed. To change it, clear their leaving date (or set a "
                + "later one) on the Staff screen first.");
        this.leftOn = leftOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
