package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The preview's pages: drawn from our own PDFs, plain errors for anything else, and nothing kept. */
class PdfPageImagesTest {
    private static final byte[] RECORD = new RecordPdfRenderer(PdfResources.shared())
            .render(SampleSessionRecord.signedInPerson());

    @Test
    void drawsEachPageOfARecordAtScreenSize() throws Exception {
        PdfPageImages.Page first = PdfPageImages.render(RECORD, 1, PdfPageImages.PREVIEW_DPI);
        assertThat(first.pageCount()).isBetween(2, 3);
        // A4 is 8.27 inches wide.
        assertThat(first.image().getWidth()).isBetween(820, 830);
        assertThat(hasInk(first)).isTrue();

        PdfPageImages.Page beyond = PdfPageImages.render(RECORD, 99, PdfPageImages.PREVIEW_DPI);
        assertThat(beyond.number()).isEqualTo(first.pageCount());
    }

    @Test
    void emptyDamagedAndNonPdfBytesGetPlainMessages() {
        assertThatThrownBy(() -> PdfPageImages.render(new byte[0], 1, 72)).isInstanceOf(UnreadablePdfException.class)
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> PdfPageImages.render("hello".getBytes(StandardCharsets.US_ASCII), 1, 72))
                .isInstanceOf(UnreadablePdfException.class).hasMessageContaining("cannot be shown");
        assertThatThrownBy(() -> PdfPageImages.render(Arrays.copyOf(RECORD, RECORD.length / 3), 1, 72))
                .isInstanceOf(UnreadablePdfException.class);
    }

    @Test
    void drawingPagesKeepsNothingFromOneToTheNext() throws Exception {
        for (int i = 0; i < 20; i++) {
            PdfPageImages.render(RECORD, 1 + i % 2, 50);
        }
        long before = liveHeap();
        for (int i = 0; i < 150; i++) {
            PdfPageImages.render(RECORD, 1 + i % 2, 50);
        }
        assertThat(liveHeap() - before).isLessThan(3L * 1024 * 1024);
    }

    private static boolean hasInk(PdfPageImages.Page page) {
        for (int y = 0; y < page.image().getHeight(); y += 7) {
            for (int x = 0; x < page.image().getWidth(); x += 7) {
                if ((page.image().getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long liveHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(40);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
