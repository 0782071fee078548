package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;

/** README.md is what managers read before saving their trackers: it must list every name the import accepts. */
class ImportReadmeTest {
    private static String section;

    @BeforeAll
    static void readTheImportSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Importing from spreadsheet trackers");
        assertThat(start).as("README has an import section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 3);
        section = readme.substring(start, end < 0 ? readme.length() : end).replaceAll("\\s+", " ");
    }

    @Test
    void everyHeadingAcceptedIsListed() {
        for (ImportKind kind : ImportKind.values()) {
            for (ImportColumn column : kind.columns()) {
                column.names().forEach(name -> assertListed(name));
            }
        }
    }

    @Test
    void everyRoleKindAndStatusIsListed() {
        for (Role role : Role.values()) {
            assertListed(role.displayName());
        }
        assertListed("Personal Adviser");
        for (SessionKind kind : SessionKind.values()) {
            assertListed("`" + kind.key() + "` (" + kind.displayName());
        }
        for (TrackerStatus status : TrackerStatus.values()) {
            status.names().forEach(name -> assertListed("`" + name + "`"));
        }
    }

    private static void assertListed(String text) {
        assertThat(section.contains(text)).as("README's import section mentions " + text).isTrue();
    }

    @Test
    void theExampleRefusalIsWhatTheImportPrints() {
        assertThat(section).contains("error: staff.csv was not imported: 2 rows have problems. Nothing was changed.");
        assertThat(section).contains("line 7: Date \"31/02/2024\" in column \"Start date\" is not a real date (use"
                + " dd/mm/yyyy or yyyy-mm-dd)");
    }
}
