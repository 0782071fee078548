package uk.supervisiondesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionFileItem;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.testing.TestData;

class SupervisionFileLayoutTest {
    private static final PolicyPackLoader PACKS = new PolicyPackLoader();
    private static final Supervisee JO = TestData.socialWorker("E123", "Jo", "Bloggs", LocalDate.of(2024, 1, 8));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static SupervisionFileLayout layout(String pack) throws Exception {
        return new SupervisionFileLayout(PACKS.bundled(pack).supervisionFile().orElseThrow());
    }

    @ParameterizedTest(name = "{0}: {1} goes in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sefton          | front-sheet      | 01 Personal details front sheet
            sefton          | agreement        | 03 Supervision agreement
            sefton          | welfare          | 04 Supervision records
            sefton          | observation      | 06 Direct observations of practice
            sefton          | asye-tracker     | 09 ASYE
            sandwell        | monitoring-sheet | 01 Supervision monitoring sheet
            sandwell        | individual       | 02 Supervision records
            sandwell        | agreement        | 10 Supervision contract
            sandwell        | audit            | 14 Supervision file audits
            england-default | agreement        | 02 Supervision agreement
            southwark       | casework         | 04 Supervision records
            blackpool       | reflective-case  | 04 Supervision records
            bedford-borough | observation      | 05 Observations of practice
            """)
    void eachPackFilesDocumentsInItsPolicysOrder(String pack, String item, String folder) throws Exception {
        assertThat(layout(pack).sectionFolder(SupervisionFileItem.fromKey(item).orElseThrow())).isEqualTo(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"england-default", "southwark", "sefton", "blackpool", "bedford-borough", "sandwell"})
    void theCalendarGoesInItsSectionAsAnIcsFileForEachPack(String pack) throws Exception {
        SupervisionFileLayout layout = layout(pack);
        Path root = Path.of("/srv/library");
        Path ics = layout.remadeDocument(root, JO, SupervisionFileItem.CALENDAR, "ics").orElseThrow();
        assertThat(ics).as("one calendar per supervisee, brought up to date in place")
                .isEqualTo(root.resolve("Bloggs, Jo (E123)")
                .resolve(layout.sectionFolder(SupervisionFileItem.CALENDAR)).resolve("Supervision calendar.ics"));
        Path record = layout.recordFile(root, JO, SupervisionFileItem.WELFARE, DAY, 1, "pdf");
        assertThat(record.getFileName().toString()).isEqualTo("2026-11-20 Welfare supervision v1.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"england-default", "southwark", "sefton", "blackpool", "bedford-borough", "sandwell"})
    void everyDocumentHasOnePlaceAndNoTwoSectionsShareAFolder(String pack) throws Exception {
        SupervisionFileLayout layout = layout(pack);
        Set<String> folders = new HashSet<>();
        Arrays.stream(SupervisionFileItem.values()).map(layout::sectionFolder).forEach(folders::add);
        assertThat(PACKS.bundled(pack).supervisionFile().orElseThrow().sections())
                .extracting(s -> s.number()).doesNotHaveDuplicates();
        assertThat(folders).allMatch(f -> f.matches("\\d\\d .+"));
    }

    @Test
    void theWholePathNamesThePersonTheSectionTheDateTheKindAndTheVersion() throws Exception {
        Path root = Path.of("/exports");
        Path placed = layout("sefton").recordFile(root, JO, SupervisionFileItem.INDIVIDUAL, DAY, 2, "pdf");
        assertThat(root.relativize(placed).toString().replace('\\', '/'))
                .isEqualTo("Bloggs, Jo (E123)/04 Supervision records/2026-11-20 Individual supervision v2.pdf");
    }

    @Test
    void namesWindowsRefusesAreMadeSafe() throws Exception {
        Supervisee odd = TestData.socialWorker("E/9", "Jo?", "CON", LocalDate.of(2024, 1, 8));
        assertThat(layout("sefton").superviseeFolder(odd)).isEqualTo("CON, Jo- (E-9)");
        Supervisee device = TestData.socialWorker("1", "", "AUX", LocalDate.of(2024, 1, 8));
        assertThat(layout("sefton").superviseeFolder(device)).doesNotContain("/").startsWith("AUX, (1)");
    }

    @Test
    void aDeepExportFolderGetsShorterNamesAndOneTooDeepIsRefusedWithWhatToDo() throws Exception {
        SupervisionFileLayout layout = layout("sandwell");
        Path deep = Path.of("/" + "d".repeat(150));
        Path placed = layout.recordFile(deep, JO, SupervisionFileItem.REFLECTIVE_CASE, DAY, 1, "pdf");
        assertThat(placed.toString().length()).isLessThanOrEqualTo(SupervisionFileLayout.PATH_LIMIT);
        assertThat(placed.getFileName().toString()).startsWith("2026-11-20").endsWith(" v1.pdf");

        Path deeper = Path.of("/" + "d".repeat(200));
        Path shortest = layout.recordFile(deeper, JO, SupervisionFileItem.REFLECTIVE_CASE, DAY, 1, "pdf");
        assertThat(shortest.toString()).endsWith("/02/2026-11-20 reflective-case v1.pdf");

        Path far = Path.of("/" + "d".repeat(240));
        ExportLayout.PathTooLongException refused = catchThrowableOfType(
                ExportLayout.PathTooLongException.class,
                () -> layout.recordFile(far, JO, SupervisionFileItem.REFLECTIVE_CASE, DAY, 1, "pdf"));
        assertThat(refused).hasMessageContaining("Choose an export folder nearer the top of the drive");
    }
}
