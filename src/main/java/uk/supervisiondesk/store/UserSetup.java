package uk.supervisiondesk.store;

import java.time.Clock;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;

/**
 * What the first-run welcome asks for: who the user is, which council's policy they follow and
 * where exports go. Saved together, and only then is the welcome marked done, so a welcome
 * closed half-way is simply shown again.
 */
public final class UserSetup {

    /** The answers to the welcome. {@code exportFolder} may be blank: it can be chosen later. */
    public record Choices(String userName, String userRole, String packId, String exportFolder) {
    }

    private final DeskDatabase database;
    private final Clock clock;

    public UserSetup(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * True for a database nobody has set up yet. A database that already holds staff was set up
     * some other way (sample data from the command line, an import, a restored backup), so the
     * welcome does not ask again.
     */
    public boolean isDue() {
        return database.dao(SettingsDao.class).get(SettingsDao.SETUP_DONE).isEmpty()
                && new StaffRegister(database, clock).count() == 0;
    }

    public void save(Choices choices) {
        new PolicySettings(database, clock).choosePack(choices.packId());
        database.jdbi().useTransaction(h -> {
            SettingsDao settings = h.attach(SettingsDao.class);
            settings.put(SettingsDao.USER_NAME, choices.userName().strip());
            settings.put(SettingsDao.USER_ROLE, choices.userRole().strip());
            settings.put(SettingsDao.EXPORT_FOLDER, choices.exportFolder().strip());
            settings.put(SettingsDao.SETUP_DONE, clock.instant().toString());
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "settings", null, null,
                    "first-run setup completed"), clock);
        });
    }
}
