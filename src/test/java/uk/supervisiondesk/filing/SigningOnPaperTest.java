package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.store.RecordLockedException;

/** Printed with signature lines, signed by hand, the date recorded and the scan kept. */
class SigningOnPaperTest {
    @TempDir
    Path dir;
    FilingDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new FilingDesk(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void thePrintoutHasLinesToSignAndIsAudited() {
        byte[] printout = desk.filing.printForPaper(desk.record);

        assertThat(PdfText.of(printout)).contains("For signing on paper", "Signature", "Date");
        assertThat(desk.auditOf(desk.record.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("print"));
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
    }

    @Test
    void theScanIsKeptWithTheRecordWhichIsThenSignedAndLocked() throws Exception {
        byte[] png = png();
        Path scan = Files.write(dir.resolve("signed record.png"), png);

        FiledDocument filed = desk.filing.recordPaper(desk.record, LocalDate.of(2026, 11, 21), scan);

        assertThat(filed.signing()).isEqualTo(SigningMode.PAPER);
        assertThat(filed.scanName()).isEqualTo("signed record.png");
        assertThat(filed.scanMime()).isEqualTo("image/png");
        assertThat(desk.filing.scan(desk.record.id(), 1)).hasValueSatisfying(s -> {
            assertThat(s.bytes()).isEqualTo(png);
            assertThat(s.mimeType()).isEqualTo("image/png");
        });
        byte[] pdf = desk.filing.filedPdf(desk.record.id(), 1).orElseThrow();
        assertThat(new PdfVerifier().verify(pdf).valid()).isTrue();
        assertThat(PdfText.of(pdf)).contains("Signed on paper on 21/11/2026", "Signed by hand on the printed copy",
                "Date 21/11/2026");
        assertThat(desk.filing.isLocked(desk.record.id())).isTrue();
        assertThat(desk.sessionNow().session().signedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(desk.sessionNow().session().sharedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThatThrownBy(() -> desk.book.saveDraft(desk.record, List.of())).isInstanceOf(RecordLockedException.class);
        assertThat(desk.auditOf(desk.record.id())).anySatisfy(e ->
                assertThat(e.detail()).contains("signed on paper, scan attached"));
    }

    @Test
    void aScannedPdfIsKeptToo() throws Exception {
        Path scan = Files.write(dir.resolve("scan.pdf"), desk.filing.printForPaper(desk.record));

        FiledDocument filed = desk.filing.recordPaper(desk.record, LocalDate.of(2026, 11, 23), scan);

        assertThat(filed.scanMime()).isEqualTo("application/pdf");
    }

    @Test
    void aCorruptMissingOrWrongScanIsRefusedClearlyAndNothingIsFiled() throws Exception {
        byte[] png = png();
        Path truncated = Files.write(dir.resolve("half.png"), Arrays.copyOf(png, png.length / 3));
        Path text = Files.writeString(dir.resolve("notes.txt"), "signed by both of us");
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        byte[] pdf = desk.filing.printForPaper(desk.record);
        Path brokenPdf = Files.write(dir.resolve("broken.pdf"), Arrays.copyOf(pdf, pdf.length / 2));

        assertRefused(truncated, "damaged or cut short");
        assertRefused(text, "not a PDF or an image");
        assertRefused(empty, "is empty");
        assertRefused(brokenPdf, "damaged or truncated");
        assertRefused(dir.resolve("nowhere.png"), "could not be found");
        assertThatThrownBy(() -> desk.filing.recordPaper(desk.record, LocalDate.of(2026, 11, 19),
                Files.write(dir.resolve("ok.png"), png)))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("before the record's own date");
        assertThat(desk.filing.versions(desk.record.id()).get(0).filed()).isEmpty();
    }

    private void assertRefused(Path scan, String message) {
        assertThatThrownBy(() -> desk.filing.recordPaper(desk.record, LocalDate.of(2026, 11, 23), scan))
                .isInstanceOf(FilingRefusedException.class)
                .satisfies(e -> assertThat(((FilingRefusedException) e).reason())
                        .isEqualTo(FilingRefusedException.Reason.UNREADABLE_FILE))
                .hasMessageContaining(message);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 120; x++) {
                image.getRaster().setSample(x, y, 0, 200 + ((x * 7 + y * 13) % 55));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
