package uk.supervisiondesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsCreatedAndLeftEmpty() {
        Path folder = dir.resolve("Team site").resolve("Supervision");
        assertThat(ExportFolder.check(folder.toString())).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void blankRelativeAndFilePathsAreRefusedWithTheReason() throws Exception {
        assertThat(ExportFolder.check("  ")).get().extracting(ExportFolder.Refusal::problem)
                .isEqualTo(ExportFolder.Problem.EMPTY);
        assertThat(ExportFolder.check("Documents/exports")).get().extracting(ExportFolder.Refusal::problem)
                .isEqualTo(ExportFolder.Problem.NOT_ABSOLUTE);
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(ExportFolder.check(file.toString())).get().extracting(ExportFolder.Refusal::problem)
                .isEqualTo(ExportFolder.Problem.IS_A_FILE);
        assertThat(file).hasContent("x");
    }

    @Test
    void aFolderThatRefusesWritesIsReportedAndKeepsNoProbeFile() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assumeThat(System.getProperty("user.name")).isNotEqualTo("root"); // root writes anywhere
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var refusal = ExportFolder.check(readOnly.toString());
            assertThat(refusal).get().extracting(ExportFolder.Refusal::problem)
                    .isEqualTo(ExportFolder.Problem.NOT_WRITABLE);
            assertThat(readOnly).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
