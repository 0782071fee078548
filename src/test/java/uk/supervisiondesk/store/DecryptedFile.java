package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Tests only: the database file as H2 sees it after decryption, every page including superseded
 * ones, so a test can show what the file still holds, not just what queries return.
 */
public final class DecryptedFile {
    private DecryptedFile() {
    }

    public static byte[] read(DataFolder folder, char[] passphrase) throws IOException {
        DatabaseKeys keys = DatabaseKeys.derive(passphrase, KeyParameters.read(folder));
        byte[] key = FilePathEncrypt.getPasswordBytes(keys.fileKey().toCharArray());
        try (FileChannel base = FileChannel.open(folder.databaseFile(), StandardOpenOption.READ)) {
            FileEncrypt file = new FileEncrypt(folder.databaseFile().toString(), key, base);
            ByteBuffer all = ByteBuffer.allocate((int) file.size());
            while (all.hasRemaining() && file.read(all, all.position()) >= 0) {
                // read until full
            }
            return all.array();
        }
    }
}
