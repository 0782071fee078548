package uk.supervisiondesk.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.SessionEntry;

/**
 * The monitoring sheet as the app uses it: each change is one transaction with its audit entry.
 */
public final class SessionLog {
    static final String RECORD_TYPE = "session";

    private final DeskDatabase database;
    private final Clock clock;

    public SessionLog(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Adds or updates a row.
     *
     * @throws SessionClashException another session of the same kind is on that day
     * @throws FileArchivedException the supervisee has left: their monitoring sheet is archived
     */
    public SessionEntry save(SessionEntry entry) {
        return database.jdbi().inTransaction(h -> {
            ArchivedFiles.requireOpen(h, entry.superviseeId(), clock);
            return save(h, entry);
        });
    }

    /**
     * Saves many rows, all or none.
     *
     * @throws FileArchivedException one of them belongs to a supervisee who has left; nothing was saved
     */
    public void saveAll(List<SessionEntry> entries) {
        database.jdbi().useTransaction(h -> {
            entries.stream().map(SessionEntry::superviseeId).distinct()
                    .forEach(id -> ArchivedFiles.requireOpen(h, id, clock));
            saveAll(h, entries);
        });
    }

    /**
     * Adds sessions that happened before they were brought into the app (a tracker import), all
     * or none. Unlike {@link #saveAll(List)} this may add to an archived file: it records what
     * happened when the file was open, and the audit trail keeps an entry for each row.
     */
    public void addHistory(List<SessionEntry> entries) {
        database.jdbi().useTransaction(h -> saveAll(h, entries));
    }

    /**
     * Saves within the caller's transaction; returns the rows as saved, with their ids. For data
     * written elsewhere (sample data) and for callers that have checked {@link ArchivedFiles} themselves.
     */
    public List<SessionEntry> saveAll(Handle h, List<SessionEntry> entries) {
        return entries.stream().map(e -> save(h, e)).toList();
    }

    SessionEntry save(Handle h, SessionEntry entry) {
        SessionDao sessions = h.attach(SessionDao.class);
        Optional<SessionRow> clash = sessions.onDay(entry.superviseeId(), entry.session().date(),
                entry.session().kind().key());
        if (clash.isPresent() && !clash.get().id().equals(entry.id())) {
            throw new SessionClashException(entry.session().date(), entry.session().kind());
        }
        SessionEntry saved;
        AuditAction action;
        if (entry.id() == null) {
            saved = entry.withId(sessions.insert(SessionRow.of(entry)));
            action = AuditAction.CREATE;
        } else {
            if (sessions.update(SessionRow.of(entry)) != 1) {
                throw new IllegalStateException("Session " + entry.id() + " is no longer on the monitoring sheet");
            }
            saved = entry;
            action = AuditAction.CHANGE;
        }
        h.attach(AuditDao.class).append(new AuditEvent(action, RECORD_TYPE, saved.id(), saved.superviseeId(),
                "monitoring sheet: " + saved.session().kind().key() + ", " + saved.session().outcome().name()
                        .toLowerCase(java.util.Locale.ROOT)), clock);
        return saved;
    }

    /** @throws FileArchivedException the supervisee has left: their monitoring sheet is archived */
    public void delete(SessionEntry entry) {
        database.jdbi().useTransaction(h -> {
            ArchivedFiles.requireOpen(h, entry.superviseeId(), clock);
            if (h.attach(SessionDao.class).delete(entry.id()) == 1) {
                h.attach(AuditDao.class).append(new AuditEvent(AuditAction.DELETE, RECORD_TYPE, entry.id(),
                        entry.superviseeId(), "monitoring sheet row"), clock);
            }
        });
    }

    public List<SessionEntry> forSupervisee(long superviseeId) {
        return database.dao(SessionDao.class).forSupervisee(superviseeId).stream().map(SessionRow::toEntry).toList();
    }

    /** Every row, grouped by supervisee id, each list in date order. */
    public Map<Long, List<SessionEntry>> bySupervisee() {
        return database.dao(SessionDao.class).all().stream().map(SessionRow::toEntry)
                .collect(Collectors.groupingBy(SessionEntry::superviseeId));
    }

    public int count() {
        return database.dao(SessionDao.class).count();
    }
}
