package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of the app (or a command-line run) off a data folder that is already
 * open, so the user gets a plain message instead of a database error. The operating system
 * drops the lock when the process ends, even after a crash.
 */
public final class DataFolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(DataFolder folder) throws DataFolderInUseException, IOException {
        folder.ensureExists();
        FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new DataFolderInUseException(folder);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel or the process; nothing more can be done here.
        }
    }
}
