package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.testing.Bytes;

/**
 * H2 keeps superseded pages in the file until their space is reused: deleted text can still be
 * read in the decrypted file. The full compaction rewrites the file with live data only.
 */
class FullCompactionTest {
    @TempDir
    Path dir;

    @Test
    void deletedTextLeftInOldPagesIsGoneAfterTheRewriteAndKeptTextIsStillThere() throws Exception {
        DataFolder folder = new DataFolder(dir);
        DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        DatabaseKeys keys = DatabaseKeys.derive(PASSPHRASE, KeyParameters.read(folder));
        // H2's own tidying on close is switched off here, to leave the old pages as a long-used file would.
        String url = "jdbc:h2:file:" + folder.databasePathWithoutSuffix()
                + ";CIPHER=AES;IFEXISTS=TRUE;MAX_COMPACT_TIME=0;WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "desk", new String(keys.h2Password()));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_setting (name, setting_value) VALUES ('kept', 'Halcyon-Juniper-2864')");
            s.execute("INSERT INTO app_setting (name, setting_value) VALUES ('gone', 'Vexwort-Marigold-7391')");
            s.execute("CHECKPOINT SYNC");
            s.execute("DELETE FROM app_setting WHERE name = 'gone'");
            s.execute("CHECKPOINT SYNC");
        }
        byte[] before = DecryptedFile.read(folder, PASSPHRASE);
        assertThat(Bytes.containsText(before, "Vexwort-Marigold-7391")).as("deleted, yet still in an old page").isTrue();

        FullCompaction.compact(folder, keys);

        byte[] after = DecryptedFile.read(folder, PASSPHRASE);
        assertThat(Bytes.containsText(after, "Vexwort-Marigold-7391")).isFalse();
        assertThat(Bytes.containsText(after, "Halcyon-Juniper-2864")).isTrue();
        new StoreState(folder).markCleanlyClosed();
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThat(db.dao(SettingsDao.class).get("kept")).contains("Halcyon-Juniper-2864");
            assertThat(db.dao(SettingsDao.class).get("gone")).isEmpty();
            assertThat(DatabaseIntegrityCheck.problem(db)).isEmpty();
        }
    }
}
