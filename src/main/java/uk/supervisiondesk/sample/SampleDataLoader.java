package uk.supervisiondesk.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Fills a database with sample staff and their supervision history in one transaction: either
 * all of it arrives or none. Refuses to load twice, so sample people are never duplicated.
 */
public final class SampleDataLoader {
    private final DeskDatabase database;
    private final Clock clock;

    public SampleDataLoader(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public boolean alreadyLoaded() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM supervisee WHERE employee_number LIKE :prefix")
                .bind("prefix", SampleStaff.EMPLOYEE_NUMBER_PREFIX + "%")
                .mapTo(Integer.class).one()) > 0;
    }

    /**
     * @param pack     the rules the sample history follows (the database's own pack)
     * @return how many supervisees were added
     * @throws IllegalStateException if sample data is already there
     */
    public int load(long seed, int staffCount, int years, LocalDate endDate, PolicyPack pack,
                    WorkingDayCalendar calendar) {
        if (alreadyLoaded()) {
            throw new IllegalStateException("Sample data is already loaded in this database.");
        }
        List<Supervisee> staff = new SampleStaff(seed, endDate, years).generate(staffCount);
        SampleSessions history = new SampleSessions(pack, calendar, seed, endDate);
        LocalDate from = endDate.minusYears(years);
        database.jdbi().useTransaction(h -> {
            StaffRegister register = new StaffRegister(database, clock);
            SessionLog log = new SessionLog(database, clock);
            List<Supervisee> saved = new ArrayList<>();
            register.saveAll(h, staff, saved);
            SampleRecords records = new SampleRecords(pack, calendar, new TemplateLoader(), seed, endDate,
                    new SampleSigning(database, clock, pack, calendar, seed, endDate));
            RecordBook book = new RecordBook(database, clock);
            int showcases = 0;
            for (Supervisee s : saved) {
                List<SessionEntry> sheet = log.saveAll(h, history.historyFor(s, from).stream()
                        .map(session -> new SessionEntry(null, s.id(), session)).toList());
                // The first two people in post get one of every kind of record the pack offers.
                boolean showcase = !s.isLeaverOn(endDate) && showcases++ < 2;
                try {
                    records.write(h, book, s, sheet, showcase);
                } catch (uk.supervisiondesk.templates.TemplateException e) {
                    throw new IllegalStateException("The record forms shipped with the app cannot be read: "
                            + e.getMessage(), e);
                }
            }
        });
        return staff.size();
    }
}
