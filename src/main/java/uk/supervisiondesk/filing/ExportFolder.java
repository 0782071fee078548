package uk.supervisiondesk.filing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import uk.supervisiondesk.store.RecordFiles;

/**
 * Writes files into a folder people share (a OneDrive-synced SharePoint library, a mapped
 * drive) so that nobody ever sees half a file and no different file is ever replaced: each file
 * is written under a hidden temporary name, forced to disk, then linked or moved into place
 * only if its name is free; if a different file has the name, "-2", "-3"... is added. Writing a
 * file identical to one already there does nothing.
 */
final class ExportFolder {
    private static final int MAX_SUFFIX = 999;

    private ExportFolder() {
    }

    /** What became of one file. */
    record Written(Path path, boolean isNew) {
    }

    static Written write(Path folder, String fileName, byte[] content) throws IOException {
        return write(folder, fileName, content.length, RecordFiles.sha256(content), () -> content);
    }

    /**
     * As {@link #write(Path, String, byte[])}, comparing by size and SHA-256 so that the content
     * is fetched only when it has to be written.
     */
    static Written write(Path folder, String fileName, long size, String sha256, Supplier<byte[]> content)
            throws IOException {
        Files.createDirectories(folder);
        String stem = stem(fileName);
        String extension = fileName.substring(stem.length());
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path target = folder.resolve(n == 1 ? fileName : stem + "-" + n + extension);
            if (Files.exists(target)) {
                if (sameContent(target, size, sha256)) {
                    return new Written(target, false);
                }
                continue;
            }
            if (placeNew(target, content.get())) {
                return new Written(target, true);
            }
            // Someone else took the name between the check and the write: look again.
            if (sameContent(target, size, sha256)) {
                return new Written(target, false);
            }
        }
        throw new IOException("There are already " + MAX_SUFFIX + " different files called " + fileName + " in "
                + folder + ". Tidy the folder and export again.");
    }

    /** A safe, readable part of a file name: letters and digits, others as single hyphens. */
    static String safeName(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "unnamed" : safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    static String lowerSafeName(String text) {
        return safeName(text).toLowerCase(Locale.ROOT);
    }

    /** Writes to a temporary name, then gives it the target name only if that name is still free. */
    private static boolean placeNew(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                // A hard link is created only if the name is free, atomically.
                Files.createLink(target, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                // Some shared and synced drives have no hard links: a move that refuses to replace.
                try {
                    Files.move(temp, target);
                    return true;
                } catch (FileAlreadyExistsException taken) {
                    return false;
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean sameContent(Path file, long size, String sha256) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == size
                && RecordFiles.sha256(Files.readAllBytes(file)).equals(sha256);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
