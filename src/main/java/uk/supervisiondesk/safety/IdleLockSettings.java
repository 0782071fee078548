package uk.supervisiondesk.safety;

import java.time.Clock;
import java.time.Duration;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SettingsDao;

/**
 * How long the app may sit idle before it locks. Kept in the database's settings (in seconds),
 * so it travels with the data; ten minutes until changed, and never more than an hour.
 */
public final class IdleLockSettings {
    static final String IDLE_SECONDS = "lock.idleSeconds";
    public static final Duration DEFAULT = Duration.ofMinutes(10);
    public static final Duration LONGEST = Duration.ofMinutes(60);

    private final DeskDatabase database;
    private final Clock clock;

    public IdleLockSettings(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The idle time set, or the default if none is set or what is stored does not read or is too long. */
    public Duration idleTime() {
        return database.dao(SettingsDao.class).get(IDLE_SECONDS).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).filter(IdleLockSettings::allowed).orElse(DEFAULT);
    }

    /** @throws IllegalArgumentException unless more than nothing and at most {@link #LONGEST} */
    public void idleTime(Duration idle) {
        if (!allowed(idle)) {
            throw new IllegalArgumentException("The idle time before locking must be between 1 second and 60 minutes.");
        }
        database.jdbi().useTransaction(h -> {
            h.attach(SettingsDao.class).put(IDLE_SECONDS, Long.toString(idle.toSeconds()));
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "settings", null, null,
                    "idle time before locking: " + idle.toSeconds() + " s"), clock);
        });
    }

    static boolean allowed(Duration idle) {
        return idle.toSeconds() >= 1 && idle.compareTo(LONGEST) <= 0;
    }
}
