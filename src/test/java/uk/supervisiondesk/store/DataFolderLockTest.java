package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsToldTheFolderIsAlreadyOpen() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (DataFolderLock first = DataFolderLock.acquire(folder)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("already open in another copy");
        }
        DataFolderLock.acquire(folder).close(); // released: free again
    }
}
