package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfBenchmarkTest {

    @Test
    void reportsEachFigureAsANameValueLine() {
        PdfBenchmark.Result result = PdfBenchmark.run(3, 2);

        assertThat(result.pages()).isBetween(2, 3);
        assertThat(result.renderMedianMs()).isPositive();
        assertThat(result.signMedianMs()).isPositive();
        assertThat(result.lines()).hasSize(7);
        assertThat(result.lines().get(0)).matches("render_ms=\\d+\\.\\d");
        assertThat(result.lines().get(1)).matches("sign_ms=\\d+\\.\\d");
        assertThat(result.lines().get(2)).matches("first_render_ms=\\d+");
    }

    @Test
    void renderingKeepsNothingFromOneDocumentToTheNext() {
        // A leak of even 10 KB a record would show as 1.5 MB here (and 100 MB over 10,000 records).
        PdfBenchmark.RetainedHeap heap = PdfBenchmark.retainedHeap(30, 150);

        assertThat(heap.growthBytes()).isLessThan(2L * 1024 * 1024);
    }
}
