package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;

class AuditExportTest {
    @TempDir
    Path dir;
    // 20 July: British Summer Time, so the times printed are an hour ahead of UTC.
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-20T09:15:00Z"), ZoneId.of("UTC"));

    @Test
    void oneSuperviseesTrailAsCsvWithUkTimesNamesAndTheHashes() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE,
                TEST_KEY_ITERATIONS, null)) {
            Supervisee jo = Filled.person(db, clock, "E1", "Jo", "Bloggs", "Fine");
            Filled.person(db, clock, "E2", "Sam", "Patel", "Fine");
            Path target = dir.resolve("jo-audit.csv");

            new AuditExport(db, clock).exportForSupervisee(jo.id(), AuditExport.Format.CSV, target, "Sefton Council");

            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("entry,date_time,action,record_type,record_id,employee_number,"
                    + "supervisee,detail,previous_hash,entry_hash");
            assertThat(lines).hasSize(7);
            assertThat(lines.get(1)).startsWith("1,20/07/2026 10:15:00,create,supervisee,1,E1,Jo Bloggs,front sheet,"
                    + "0000000000000000000000000000000000000000000000000000000000000000,");
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",E1,Jo Bloggs,"));
            AuditEntryRow last = db.dao(AuditDao.class).last().orElseThrow();
            assertThat(last.action()).isEqualTo("export");
            assertThat(last.detail()).isEqualTo("audit trail as CSV");
            assertThat(last.superviseeId()).isEqualTo(jo.id());
        }
    }

    @Test
    void aDeletedSuperviseeIsShownByNumberOnly() {
        AuditEntryRow entry = new AuditEntryRow(9, Instant.parse("2026-01-05T12:00:00Z").atOffset(
                java.time.ZoneOffset.UTC), "delete", "supervisee", 7L, 7L, "deleted for good", "a".repeat(64),
                "b".repeat(64));

        String csv = AuditExport.csv(List.of(entry), List.of());

        assertThat(csv.lines().skip(1).findFirst()).contains("9,05/01/2026 12:00:00,delete,supervisee,7,,"
                + "\"(deleted, no. 7)\",deleted for good," + "a".repeat(64) + "," + "b".repeat(64));
    }

    @Test
    void aPrintableTrailSaysWhetherTheWholeTrailIsIntact() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE,
                TEST_KEY_ITERATIONS, null)) {
            Supervisee jo = Filled.person(db, clock, "E1", "Jo", "Bloggs", "Fine");
            List<AuditEntryRow> entries = db.dao(AuditDao.class).forSupervisee(jo.id());
            List<Supervisee> staff = new StaffRegister(db, clock).findAll();

            String intact = text(AuditExport.pdf(entries, staff, "Sefton Council", "Jo Bloggs (E1)",
                    Optional.empty(), LocalDate.of(2026, 7, 20)));
            String broken = text(AuditExport.pdf(entries, staff, "Sefton Council", "Jo Bloggs (E1)",
                    Optional.of(new AuditTrailCheck.BrokenLink(3, "entry 3 has been altered")),
                    LocalDate.of(2026, 7, 20)));

            assertThat(intact).contains("Audit trail", "Jo Bloggs (E1)", "6 entries", "20/07/2026",
                    "Checked on 20/07/2026: the whole audit trail is intact", "front sheet", "Created");
            assertThat(broken).contains("broken at entry 3 (entry 3 has been altered)");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        }
    }
}
