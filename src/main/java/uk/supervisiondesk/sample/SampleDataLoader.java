package uk.supervisiondesk.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Fills a database with sample staff in one transaction: either all of them arrive or none.
 * Refuses to load twice, so sample people are never duplicated.
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
     * @return how many supervisees were added
     * @throws IllegalStateException if sample data is already there
     */
    public int load(long seed, int staffCount, int years, LocalDate endDate) {
        if (alreadyLoaded()) {
            throw new IllegalStateException("Sample data is already loaded in this database.");
        }
        List<Supervisee> staff = new SampleStaff(seed, endDate, years).generate(staffCount);
        new StaffRegister(database, clock).saveAll(staff);
        return staff.size();
    }
}
