package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SettingsDao;

class IdleLockSettingsTest {
    @TempDir
    Path dir;

    @Test
    void tenMinutesUntilChangedNeverMoreThanAnHourAndEachChangeIsAudited() throws Exception {
        Clock clock = Clock.systemUTC();
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            IdleLockSettings settings = new IdleLockSettings(db, clock);
            assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(10));

            settings.idleTime(Duration.ofMinutes(25));
            assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(25));
            assertThat(db.dao(AuditDao.class).all()).last()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("idle time before locking: 1500 s"));

            assertThatThrownBy(() -> settings.idleTime(Duration.ofMinutes(61)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(25));

            // A value written some other way that breaks the rule is not obeyed.
            db.dao(SettingsDao.class).put(IdleLockSettings.IDLE_SECONDS, "86400");
            assertThat(settings.idleTime()).isEqualTo(Duration.ofMinutes(10));
        }
    }
}
