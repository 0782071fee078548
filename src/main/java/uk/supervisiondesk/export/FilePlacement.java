package uk.supervisiondesk.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Supplier;
import uk.supervisiondesk.store.RecordFiles;

/**
 * Places files into a folder people share (a OneDrive-synced SharePoint library, a mapped
 * drive) so that nobody ever sees half a file and no different file is ever replaced: each file
 * is written under a hidden temporary name in the target folder, forced to disk, then linked or
 * moved into place only if its name is free, and read back to check its hash. If a different file
 * has the name, a new version name is used ("-2" in the flat layout, " (2)" in the SharePoint
 * layout). Writing a file identical to one already there does nothing. When anything fails (a
 * full disk, a drive that went away) the temporary file is removed, so nothing partial is left.
 *
 * <p>A document the app remakes under the same name (a supervisee's calendar, the whole file as
 * one PDF) may replace the copy the app itself put there, but only while that copy is exactly as
 * it was written: see {@link #replace}.
 */
public final class FilePlacement {
    private static final int MAX_SUFFIX = 999;

    /** How a name that is taken by a different file is varied. */
    public enum Suffix {
        /** {@code 2026-11-20-individual-v1-2.pdf}: the flat layout of the first export. */
        HYPHEN,
        /** {@code 2026-11-20 Individual supervision v1 (2).pdf}: as Windows and OneDrive name copies. */
        BRACKETED
    }

    /** Opens the channel a temporary file is written through; tests give one that fills up. */
    @FunctionalInterface
    public interface ChannelOpener {
        WritableByteChannel open(Path temp) throws IOException;
    }

    /**
     * What became of one file: {@code renamed} when its own name was taken by a different file,
     * {@code replaced} when it took the place of the app's own earlier copy.
     */
    public record Written(Path path, boolean isNew, boolean renamed, boolean replaced) {
        Written(Path path, boolean isNew, boolean renamed) {
            this(path, isNew, renamed, false);
        }
    }

    private final Suffix suffix;
    private final ChannelOpener opener;

    public FilePlacement(Suffix suffix, ChannelOpener opener) {
        this.suffix = suffix;
        this.opener = opener;
    }

    public FilePlacement(Suffix suffix) {
        this(suffix, FilePlacement::openOnDisk);
    }

    public Written place(Path folder, String fileName, byte[] content) throws IOException {
        return place(folder, fileName, content.length, RecordFiles.sha256(content), () -> content);
    }

    /**
     * Places a file, comparing by size and SHA-256 so that the content is fetched only when it
     * has to be written. Missing folders under {@code folder} are made.
     */
    public Written place(Path folder, String fileName, long size, String sha256, Supplier<byte[]> content)
            throws IOException {
        Files.createDirectories(folder);
        String stem = stem(fileName);
        String extension = fileName.substring(stem.length());
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path target = folder.resolve(n == 1 ? fileName : stem + suffix(n) + extension);
            if (Files.exists(target)) {
                if (sameContent(target, size, sha256)) {
                    return new Written(target, false, n > 1);
                }
                continue;
            }
            if (placeNew(target, content.get(), sha256)) {
                return new Written(target, true, n > 1);
            }
            // Someone else took the name between the check and the write: look again.
            if (sameContent(target, size, sha256)) {
                return new Written(target, false, n > 1);
            }
        }
        throw new IOException("There are already " + MAX_SUFFIX + " different files called " + fileName + " in "
                + folder + ". Tidy the folder and export again.");
    }

    /**
     * Whether {@code file} is exactly this content (by size and SHA-256): for a document the app
     * remakes, whether the copy it placed is still as it left it, nobody having changed it since.
     */
    public boolean holds(Path file, long size, String sha256) throws IOException {
        return sameContent(file, size, sha256);
    }

    /** Whether {@code file} is {@code target}, or {@code target} under one of its new version names. */
    public boolean isNameOrVariant(Path file, Path target) {
        if (!file.toAbsolutePath().getParent().equals(target.toAbsolutePath().getParent())) {
            return false;
        }
        String name = file.getFileName().toString();
        String wanted = target.getFileName().toString();
        String stem = stem(wanted);
        String extension = wanted.substring(stem.length());
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            if (name.equals(n == 1 ? wanted : stem + suffix(n) + extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the app's own earlier copy of a document it remakes (a calendar, a sheet, the whole
     * file) in one atomic rename, so a synced library keeps the old one in its history and an
     * imported calendar updates. Only for a file the caller has just found, with {@link #holds},
     * to be exactly as the app placed it.
     */
    public Written replace(Path target, byte[] content) throws IOException {
        replace(target, content, RecordFiles.sha256(content));
        return new Written(target, true, false, true);
    }

    private void replace(Path target, byte[] content, String sha256) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            writeTemporary(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!sameContent(target, content.length, sha256)) {
                throw new IOException("The copy of " + target.getFileName() + " read back from " + target.getParent()
                        + " is not what was written. Check the drive and export again.");
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String suffix(int n) {
        return suffix == Suffix.HYPHEN ? "-" + n : " (" + n + ")";
    }

    /**
     * Writes to a temporary name, gives it the target name only if that name is still free, then
     * reads it back. A copy that does not read back as written is removed and refused.
     */
    private boolean placeNew(Path target, byte[] content, String sha256) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            writeTemporary(temp, content);
            boolean placed;
            try {
                // A hard link is created only if the name is free, atomically.
                Files.createLink(target, temp);
                placed = true;
            } catch (FileAlreadyExistsException e) {
                placed = false;
            } catch (UnsupportedOperationException | IOException e) {
                // Some shared and synced drives have no hard links: a move that refuses to replace.
                try {
                    Files.move(temp, target);
                    placed = true;
                } catch (FileAlreadyExistsException taken) {
                    placed = false;
                }
            }
            if (placed && !sameContent(target, content.length, sha256)) {
                Files.deleteIfExists(target);
                throw new IOException("The copy of " + target.getFileName() + " read back from " + target.getParent()
                        + " is not what was written, so it was removed. Check the drive and export again.");
            }
            return placed;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    }

    /** Writes the whole content and forces it to disk, so the rename that follows never shows half a file. */
    private void writeTemporary(Path temp, byte[] content) throws IOException {
        try (WritableByteChannel channel = opener.open(temp)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (channel instanceof FileChannel file) {
                file.force(true);
            }
        }
    }

    private static WritableByteChannel openOnDisk(Path temp) throws IOException {
        return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
