package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Tells a wrong passphrase from a damaged file. H2 reports both as the same encryption error, so
 * a corrupt page would otherwise be blamed on the user's typing. With the right key, one of the
 * two copies of the store's header at the start of the file decrypts to H2's marker; with a wrong
 * key neither does. Reads only; nothing decrypted is kept.
 */
final class FileKeyCheck {
    private static final int BLOCK = 4096;
    private static final byte[] HEADER_MARKER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private FileKeyCheck() {
    }

    static boolean keyOpensHeader(Path databaseFile, DatabaseKeys keys) {
        // H2 turns the file password into key bytes this way (ConnectionInfo, then Store and FileStore).
        byte[] key = FilePathEncrypt.getPasswordBytes(keys.fileKey().toCharArray());
        try (FileChannel base = FileChannel.open(databaseFile, StandardOpenOption.READ)) {
            FileEncrypt file = new FileEncrypt(databaseFile.toString(), key, base);
            return startsWithMarker(file, 0) || startsWithMarker(file, BLOCK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWithMarker(FileEncrypt file, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_MARKER.length);
        if (file.size() < position + HEADER_MARKER.length) {
            return false;
        }
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                return false;
            }
        }
        return java.util.Arrays.equals(buffer.array(), HEADER_MARKER);
    }
}
