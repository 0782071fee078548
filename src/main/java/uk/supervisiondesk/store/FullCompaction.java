package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/**
 * Rewrites a closed database file so that it holds only live data. H2 keeps superseded pages in
 * the file until their space is reused, so a deleted person's details could linger (encrypted)
 * for a long time; after this they are gone from the file. H2's own SHUTDOWN COMPACT does the
 * same but compresses the pages; this one does not, so a test can read the decrypted file and
 * show that what was deleted is absent while what was kept is present.
 */
final class FullCompaction {
    private FullCompaction() {
    }

    static void compact(DataFolder folder, DatabaseKeys keys) throws IOException {
        Path file = folder.databaseFile();
        Path temp = file.resolveSibling(file.getFileName() + ".compacting");
        Files.deleteIfExists(temp);
        // The key as H2 hands it to its file store (see FileKeyCheck).
        char[] key = keys.fileKey().toCharArray();
        try {
            MVStore source = new MVStore.Builder().fileName(file.toString()).readOnly().encryptionKey(key.clone())
                    .open();
            try {
                MVStore target = new MVStore.Builder().fileName(temp.toString()).encryptionKey(key.clone()).open();
                try {
                    MVStoreTool.compact(source, target);
                } finally {
                    target.close();
                }
            } finally {
                source.close();
            }
            DatabaseSwitch.forceToDisk(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (RuntimeException e) {
            throw new IOException("the database file could not be compacted: " + DeskDatabase.rootMessage(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
