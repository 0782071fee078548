package uk.supervisiondesk.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionReviewDecision;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SupervisionRecord;

/**
 * Filled-in forms and the actions agreed in them. Drafts are saved as they are typed (without
 * an audit entry each time: the entry comes with creation and completion); completing a record
 * applies its review of earlier actions and marks its session held, all in one transaction.
 */
public final class RecordBook {
    static final String RECORD_TYPE = "record";

    private final DeskDatabase database;
    private final Clock clock;

    public RecordBook(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Starts a record (as a draft), so it exists from the first keystroke.
     *
     * @throws FileArchivedException the supervisee has left: their file is archived
     */
    public SupervisionRecord create(SupervisionRecord draft) {
        return database.jdbi().inTransaction(h -> {
            ArchivedFiles.requireOpen(h, draft.superviseeId(), clock);
            long id = h.attach(RecordDao.class).insert(RecordRow.of(draft));
            audit(h, AuditAction.CREATE, id, draft.superviseeId(), draft.recordType() + " (" + draft.templateKey() + ")");
            return reload(h, id);
        });
    }

    /**
     * Saves what has been typed so far, and the record's own actions.
     *
     * @throws RecordLockedException the record has been signed, or moved on to a newer version, or
     *     its supervisee has left ({@link FileArchivedException})
     */
    public SupervisionRecord saveDraft(SupervisionRecord record, List<ActionItem> actions) {
        return database.jdbi().inTransaction(h -> {
            ArchivedFiles.requireOpenForRecord(h, record.id(), clock);
            RecordFiles.requireEditable(h, record);
            update(h, record);
            syncActions(h, record, actions);
            return reload(h, record.id());
        });
    }

    /**
     * Completes a record: saves it, applies the decisions about earlier actions, and (for a
     * session record) records the session as held on the monitoring sheet and links the two.
     *
     * @param session the monitoring-sheet row to mark held (new or existing), or null for other records
     * @throws RecordLockedException the record has been signed, or moved on to a newer version, or
     *     its supervisee has left ({@link FileArchivedException})
     */
    public SupervisionRecord complete(SupervisionRecord record, List<ActionItem> actions,
                                      List<ActionReviewDecision> review, SessionEntry session) {
        return database.jdbi().inTransaction(h -> {
            ArchivedFiles.requireOpenForRecord(h, record.id(), clock);
            RecordFiles.requireEditable(h, record);
            Long sessionId = null;
            if (session != null) {
                sessionId = new SessionLog(database, clock).save(h, session).id();
            }
            SupervisionRecord completed = record.completed(sessionId);
            update(h, completed);
            syncActions(h, completed, actions);
            applyReview(h, completed, review);
            audit(h, AuditAction.CHANGE, record.id(), record.superviseeId(), "completed " + record.recordType());
            return reload(h, record.id());
        });
    }

    /**
     * Adds a record written elsewhere (sample data, an import), with its actions as they stand,
     * within the caller's transaction.
     *
     * @return the record with its id; the actions' record ids are set to it
     */
    public SupervisionRecord addWritten(Handle h, SupervisionRecord record, List<ActionItem> actions) {
        long id = h.attach(RecordDao.class).insert(RecordRow.of(record));
        ActionDao dao = h.attach(ActionDao.class);
        for (int i = 0; i < actions.size(); i++) {
            ActionItem a = actions.get(i);
            dao.insert(ActionRow.of(new ActionItem(null, record.superviseeId(), id, a.what(), a.who(), a.dueBy(),
                    a.status(), a.note(), a.closedOn(), a.closedInRecordId()), i));
        }
        audit(h, AuditAction.CREATE, id, record.superviseeId(), record.recordType() + " (" + record.templateKey() + ")");
        return reload(h, id);
    }

    /** Marks actions closed in a later record (sample data: done at the next session). */
    public void closeActions(Handle h, List<ActionItem> actions, ActionStatus how, LocalDate on, long inRecord) {
        ActionDao dao = h.attach(ActionDao.class);
        for (ActionItem a : actions) {
            ActionRow row = dao.ofRecord(a.recordId()).stream().filter(r -> r.what().equals(a.what())).findFirst()
                    .orElseThrow();
            dao.update(ActionRow.of(row.toItem().closed(how, "", on, inRecord), row.position()));
        }
    }

    /** Throws away a draft that was never completed; not in an archived file, which keeps what it holds. */
    public void discardDraft(SupervisionRecord record) {
        database.jdbi().useTransaction(h -> {
            ArchivedFiles.requireOpenForRecord(h, record.id(), clock);
            SupervisionRecord stored = h.attach(RecordDao.class).byId(record.id()).map(RecordRow::toRecord)
                    .orElseThrow();
            if (stored.status() != RecordStatus.DRAFT) {
                throw new IllegalStateException("Only a draft can be discarded");
            }
            if (RecordFiles.hasEarlierVersions(h, record.id())) {
                throw new RecordLockedException("This draft corrects a signed record, whose earlier versions are "
                        + "kept, so it cannot be thrown away. Finish the correction instead.");
            }
            h.attach(RecordDao.class).delete(record.id());
            audit(h, AuditAction.DELETE, record.id(), record.superviseeId(), "draft " + record.recordType());
        });
    }

    private void update(Handle h, SupervisionRecord record) {
        if (h.attach(RecordDao.class).update(RecordRow.of(record)) != 1) {
            throw new IllegalStateException("The record " + record.id() + " is no longer in the database");
        }
    }

    /** Keeps each action's id as it is edited: rows are matched by their place in the record's list. */
    private void syncActions(Handle h, SupervisionRecord record, List<ActionItem> actions) {
        ActionDao dao = h.attach(ActionDao.class);
        List<ActionRow> stored = dao.ofRecord(record.id());
        for (int i = 0; i < actions.size(); i++) {
            ActionItem wanted = actions.get(i);
            if (i < stored.size()) {
                ActionRow existing = stored.get(i);
                ActionItem merged = new ActionItem(existing.id(), record.superviseeId(), record.id(), wanted.what(),
                        wanted.who(), wanted.dueBy(), ActionStatus.valueOf(existing.status()), existing.note(),
                        existing.closedOn(), existing.closedInRecordId());
                dao.update(ActionRow.of(merged, i));
            } else {
                dao.insert(ActionRow.of(ActionItem.open(record.superviseeId(), record.id(), wanted.what(), wanted.who(),
                        wanted.dueBy()), i));
            }
        }
        for (int i = actions.size(); i < stored.size(); i++) {
            dao.delete(stored.get(i).id());
        }
    }

    private void applyReview(Handle h, SupervisionRecord record, List<ActionReviewDecision> review) {
        ActionDao dao = h.attach(ActionDao.class);
        Map<Long, ActionRow> open = dao.openFor(record.superviseeId()).stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        for (ActionReviewDecision d : review) {
            ActionRow row = open.get(d.actionId());
            if (row == null) {
                continue; // already closed elsewhere
            }
            ActionItem item = row.toItem();
            ActionItem decided = switch (d.outcome()) {
                case DONE -> item.closed(ActionStatus.DONE, d.note(), record.recordDate(), record.id());
                case DROPPED -> item.closed(ActionStatus.DROPPED, d.note(), record.recordDate(), record.id());
                case CARRIED_FORWARD -> d.newDueBy() == null ? item : item.withDueBy(d.newDueBy());
            };
            dao.update(ActionRow.of(decided, row.position()));
        }
    }

    public Optional<SupervisionRecord> byId(long id) {
        return database.dao(RecordDao.class).byId(id).map(RecordRow::toRecord);
    }

    /** A supervisee's records, newest first. */
    public List<SupervisionRecord> forSupervisee(long superviseeId) {
        return database.dao(RecordDao.class).forSupervisee(superviseeId).stream().map(RecordRow::toRecord).toList();
    }

    /** Every record of one type (e.g. every agreement), by supervisee then date. */
    public List<SupervisionRecord> ofType(String recordType) {
        return database.dao(RecordDao.class).ofType(recordType).stream().map(RecordRow::toRecord).toList();
    }

    /** Records still being written, most recently touched first: offered again after a crash. */
    public List<SupervisionRecord> drafts() {
        return database.dao(RecordDao.class).drafts().stream().map(RecordRow::toRecord).toList();
    }

    public List<ActionItem> actionsOf(long recordId) {
        return database.dao(ActionDao.class).ofRecord(recordId).stream().map(ActionRow::toItem).toList();
    }

    /** Actions still open for a supervisee from records other than {@code exceptRecordId}. */
    public List<ActionItem> openActionsFor(long superviseeId, Long exceptRecordId) {
        List<ActionItem> open = new ArrayList<>();
        for (ActionRow row : database.dao(ActionDao.class).openFor(superviseeId)) {
            if (exceptRecordId == null || !exceptRecordId.equals(row.recordId())) {
                open.add(row.toItem());
            }
        }
        return open;
    }

    /** Every action on the register, open or closed. */
    public List<ActionItem> allActions() {
        return database.dao(ActionDao.class).all().stream().map(ActionRow::toItem).toList();
    }

    public String personalNote(long recordId) {
        return database.dao(RecordDao.class).personalNote(recordId).orElse("");
    }

    /** @throws FileArchivedException the record's supervisee has left: their file is archived */
    public void savePersonalNote(long recordId, String note) {
        database.jdbi().useTransaction(h -> {
            ArchivedFiles.requireOpenForRecord(h, recordId, clock);
            RecordDao dao = h.attach(RecordDao.class);
            if (note == null || note.isBlank()) {
                dao.deletePersonalNote(recordId);
            } else {
                dao.putPersonalNote(recordId, note);
            }
        });
    }

    public List<DisagreementRow> disagreements(long recordId) {
        return database.dao(RecordDao.class).disagreements(recordId);
    }

    /** @throws FileArchivedException the record's supervisee has left: their file is archived */
    public void recordDisagreement(SupervisionRecord record, String party, String note) {
        database.jdbi().useTransaction(h -> {
            ArchivedFiles.requireOpenForRecord(h, record.id(), clock);
            h.attach(RecordDao.class).addDisagreement(new DisagreementRow(null, record.id(), party, note,
                    LocalDate.now(clock)));
            audit(h, AuditAction.CHANGE, record.id(), record.superviseeId(), "disagreement recorded by " + party);
        });
    }

    /**
     * Completed records whose current version is in no export folder yet (table exported_file),
     * counted per supervisee id: the dashboard's "not yet filed".
     */
    public java.util.Map<Long, Integer> notYetFiled() {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT r.supervisee_id AS who, COUNT(*) AS n FROM supervision_record r
                        WHERE r.status = 'COMPLETE' AND NOT EXISTS (SELECT 1 FROM exported_file e
                          WHERE e.record_id = r.id AND e.record_version = r.version AND e.kind = 'pdf')
                        GROUP BY r.supervisee_id""")
                .reduceRows(new java.util.HashMap<Long, Integer>(), (map, row) -> {
                    map.put(row.getColumn("who", Long.class), row.getColumn("n", Integer.class));
                    return map;
                }));
    }

    public int count() {
        return database.dao(RecordDao.class).count();
    }

    private SupervisionRecord reload(Handle h, long id) {
        return h.attach(RecordDao.class).byId(id).map(RecordRow::toRecord).orElseThrow();
    }

    private void audit(Handle h, AuditAction action, Long recordId, long superviseeId, String detail) {
        h.attach(AuditDao.class).append(new AuditEvent(action, RECORD_TYPE, recordId, superviseeId, detail), clock);
    }
}
