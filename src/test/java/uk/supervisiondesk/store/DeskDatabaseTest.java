package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.testing.TestData;

class DeskDatabaseTest {
    @TempDir
    Path dir;

    private DeskDatabase create() throws Exception {
        return DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
    }

    @Test
    void storesAndReadsBackAfterReopening() throws Exception {
        try (DeskDatabase db = create()) {
            db.dao(StaffDao.class).save(TestData.fullSupervisee("E1001", "Zephyrine", "Quillfeather"));
        }
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            List<Supervisee> all = db.dao(StaffDao.class).findAll();
            assertThat(all).extracting(Supervisee::fullName).containsExactly("Zephyrine Quillfeather");
        }
    }

    @Test
    void theFilesOnDiskHoldNoPlaintextOfStoredNamesOrNotes() throws Exception {
        try (DeskDatabase db = create()) {
            db.dao(StaffDao.class).save(TestData.fullSupervisee("E1001", "Zephyrine", "Quillfeather"));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String secret : List.of("Quillfeather", "Zephyrine", "Sample Street", "07700 900123")) {
                    assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                            .as("%s must not hold '%s' in plain UTF-8", file.getFileName(), secret).isFalse();
                    assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_16BE)))
                            .as("%s must not hold '%s' in plain UTF-16", file.getFileName(), secret).isFalse();
                }
            }
        }
    }

    @Test
    void theOpenDatabaseTellsWhetherAPassphraseIsItsOwnWithoutClosing() throws Exception {
        try (DeskDatabase db = create()) {
            db.dao(StaffDao.class).save(TestData.fullSupervisee("E1001", "Zephyrine", "Quillfeather"));
            assertThat(db.opensWith(PASSPHRASE.clone())).isTrue();
            assertThat(db.opensWith("not the passphrase at all".toCharArray())).isFalse();
            assertThat(db.opensWith(new char[0])).isFalse();
            // One character off is as wrong as anything else.
            char[] almost = PASSPHRASE.clone();
            almost[almost.length - 1]++;
            assertThat(db.opensWith(almost)).isFalse();
            // Still open and working: the check neither closed it nor touched its file.
            assertThat(db.dao(StaffDao.class).findAll()).hasSize(1);
        }
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            assertThat(db.opensWith(PASSPHRASE.clone())).isTrue();
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndChangesNothing() throws Exception {
        try (DeskDatabase db = create()) {
            db.dao(StaffDao.class).save(TestData.fullSupervisee("E1001", "Jo", "Bloggs"));
        }
        DataFolder folder = new DataFolder(dir);
        String before = digest(folder.databaseFile());

        assertThatThrownBy(() -> DeskDatabase.open(folder, "not the passphrase at all".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("Check Caps Lock");

        assertThat(digest(folder.databaseFile())).isEqualTo(before);
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThat(db.dao(StaffDao.class).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesToCreateOverAnExistingDatabase() throws Exception {
        create().close();
        assertThatThrownBy(this::create)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("already holds a database");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "cut to {0}% of its length")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 10, 50, 90, 99})
    void aTruncatedFileIsReportedAsDamagedAndLeftExactlyAsItWas(int percent) throws Exception {
        try (DeskDatabase db = create()) {
            StaffDao staff = db.dao(StaffDao.class);
            for (int i = 0; i < 40; i++) {
                staff.save(TestData.fullSupervisee("E" + i, "Jo", "Bloggs" + i));
            }
        }
        DataFolder folder = new DataFolder(dir);
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        Files.write(folder.databaseFile(), java.util.Arrays.copyOf(bytes, bytes.length * percent / 100));
        String damaged = digest(folder.databaseFile());

        assertThatThrownBy(() -> DeskDatabase.open(folder, PASSPHRASE))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("backup")
                .hasMessageNotContaining("Exception");
        assertThat(digest(folder.databaseFile())).as("the damaged file is not overwritten").isEqualTo(damaged);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "4 KB of random bytes at {0}% of the file")
    @org.junit.jupiter.params.provider.ValueSource(ints = {30, 50, 70})
    void randomBytesInTheFileAreReportedAsDamageNotAsAWrongPassphrase(int percent) throws Exception {
        try (DeskDatabase db = create()) {
            StaffDao staff = db.dao(StaffDao.class);
            for (int i = 0; i < 60; i++) {
                staff.save(TestData.fullSupervisee("E" + i, "Jo", "Bloggs" + i));
            }
        }
        DataFolder folder = new DataFolder(dir);
        // Only live pages, so that the damage lands on data rather than on space H2 no longer uses.
        FullCompaction.compact(folder, DatabaseKeys.derive(PASSPHRASE, KeyParameters.read(folder)));
        new StoreState(folder).markCleanlyClosed();
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        byte[] junk = new byte[4096];
        new java.util.Random(percent).nextBytes(junk);
        System.arraycopy(junk, 0, bytes, bytes.length * percent / 100, junk.length);
        Files.write(folder.databaseFile(), bytes);
        String damaged = digest(folder.databaseFile());

        assertThatThrownBy(() -> DeskDatabase.open(folder, PASSPHRASE))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.isDamaged()).as("offered a backup, not blamed on the passphrase").isTrue())
                .hasMessageContaining("damaged")
                .hasMessageEndingWith("Restore the newest backup.")
                .hasMessageNotContaining("Exception");
        assertThat(digest(folder.databaseFile())).as("the damaged file is not overwritten").isEqualTo(damaged);
    }

    @Test
    void afterACrashThereIsNoCleanLengthToCompareAndTheDatabaseStillOpens() throws Exception {
        try (DeskDatabase db = create()) {
            db.dao(StaffDao.class).save(TestData.fullSupervisee("E1001", "Jo", "Bloggs"));
        }
        DataFolder folder = new DataFolder(dir);
        new StoreState(folder).markOpen(); // what a killed process leaves behind
        Files.write(folder.databaseFile(), new byte[4096], java.nio.file.StandardOpenOption.APPEND);

        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThat(db.dao(StaffDao.class).count()).isEqualTo(1);
        }
    }

    @Test
    void aMissingKeyFileSaysSoAndHowToRecover() throws Exception {
        create().close();
        DataFolder folder = new DataFolder(dir);
        Files.delete(folder.keyParametersFile());
        assertThatThrownBy(() -> DeskDatabase.open(folder, PASSPHRASE))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("backup");
    }

    @Test
    void reportsTheSchemaVersion() throws Exception {
        try (DeskDatabase db = create()) {
            assertThat(Integer.parseInt(db.schemaVersion())).isGreaterThanOrEqualTo(2);
        }
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
