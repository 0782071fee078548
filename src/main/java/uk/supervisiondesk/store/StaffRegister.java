package uk.supervisiondesk.store;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.FrontSheetChanges;
import uk.supervisiondesk.domain.Supervisee;

/**
 * The staff register as the rest of the app uses it: every save is one transaction holding the
 * change and its audit entry (which names the fields changed, never their contents).
 */
public final class StaffRegister {
    static final String RECORD_TYPE = "supervisee";

    private final DeskDatabase database;
    private final Clock clock;

    public StaffRegister(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @throws EmployeeNumberTakenException another supervisee has the employee number; nothing saved
     */
    public Supervisee save(Supervisee supervisee) {
        return database.jdbi().inTransaction(h -> save(h, supervisee));
    }

    /** Saves many at once, all or none (sample data, imports). */
    public void saveAll(List<Supervisee> supervisees) {
        database.jdbi().useTransaction(h -> saveAll(h, supervisees, new java.util.ArrayList<>()));
    }

    /** Saves within the caller's transaction, collecting the saved records (with their ids) in {@code saved}. */
    public void saveAll(Handle h, List<Supervisee> supervisees, List<Supervisee> saved) {
        supervisees.forEach(s -> saved.add(save(h, s)));
    }

    private Supervisee save(Handle h, Supervisee supervisee) {
        StaffDao staff = h.attach(StaffDao.class);
        Optional<Supervisee> before = supervisee.id() == null ? Optional.empty() : staff.findById(supervisee.id());
        Supervisee saved = staff.save(supervisee);
        AuditEvent event = before
                .map(old -> new AuditEvent(AuditAction.CHANGE, RECORD_TYPE, saved.id(), saved.id(),
                        "fields: " + FrontSheetChanges.between(old, saved).stream()
                                .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                                .collect(Collectors.joining(", "))))
                .orElseGet(() -> new AuditEvent(AuditAction.CREATE, RECORD_TYPE, saved.id(), saved.id(),
                        "front sheet"));
        if (before.isPresent() && !before.get().employment().supervisorName().equals(saved.employment().supervisorName())) {
            // A change of supervisor calls for a new supervision agreement (Sefton 8.1, Sandwell App. 1).
            staff.markSupervisorChanged(saved.id(), java.time.LocalDate.now(clock));
        }
        h.attach(AuditDao.class).append(event, clock);
        return saved;
    }

    public List<Supervisee> findAll() {
        return database.dao(StaffDao.class).findAll();
    }

    public Optional<Supervisee> findById(long id) {
        return database.dao(StaffDao.class).findById(id);
    }

    public int count() {
        return database.dao(StaffDao.class).count();
    }

    /** When each supervisee's supervisor last changed (only those whose supervisor has changed). */
    public Map<Long, java.time.LocalDate> supervisorChanges() {
        return database.dao(StaffDao.class).supervisorChanges();
    }
}
