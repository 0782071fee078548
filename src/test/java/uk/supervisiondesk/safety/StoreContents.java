package uk.supervisiondesk.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/** Everything a database holds, as values, so two databases can be compared with one equals. */
record StoreContents(List<Supervisee> staff, List<SupervisionRecord> records, List<ActionItem> actions,
                     Map<Long, String> personalNotes, List<SessionEntry> sessions, List<AuditEntryRow> audit,
                     Map<String, String> settings) {

    static StoreContents of(DeskDatabase db) {
        Clock clock = Clock.systemUTC();
        StaffRegister staff = new StaffRegister(db, clock);
        RecordBook book = new RecordBook(db, clock);
        List<SupervisionRecord> records = new ArrayList<>();
        Map<Long, String> notes = new TreeMap<>();
        for (Supervisee s : staff.findAll()) {
            for (SupervisionRecord r : book.forSupervisee(s.id())) {
                records.add(r);
                notes.put(r.id(), book.personalNote(r.id()));
            }
        }
        List<SessionEntry> sessions = new ArrayList<>();
        new SessionLog(db, clock).bySupervisee().values().forEach(sessions::addAll);
        Map<String, String> settings = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT name, setting_value FROM app_setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> settings.put(e.getKey(), e.getValue())));
        settings.remove("backup.lastAt");
        return new StoreContents(staff.findAll(), records, book.allActions(), notes, sessions,
                db.dao(AuditDao.class).all(), settings);
    }

    /** The same contents with only the first {@code n} audit entries (a restore adds its own after them). */
    StoreContents withAuditUpTo(int n) {
        return new StoreContents(staff, records, actions, personalNotes, sessions, audit.subList(0, n), settings);
    }

}
