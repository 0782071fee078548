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
import uk.supervisiondesk.store.SessionLog;
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
            List<SessionEntry> sessions = new ArrayList<>();
            for (Supervisee s : saved) {
                history.historyFor(s, from).forEach(session -> sessions.add(new SessionEntry(null, s.id(), session)));
            }
            log.saveAll(h, sessions);
        });
        return staff.size();
    }
}
