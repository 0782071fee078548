package uk.supervisiondesk.filing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import uk.supervisiondesk.pdf.RecordAttachment;
import uk.supervisiondesk.pdf.UnreadablePdfException;

/** Reads filed PDFs back in tests, as software and people would: the text, and record.json. */
final class PdfText {
    private PdfText() {
    }

    /** Every page's text with runs of white space (line breaks in wrapped labels) as one space. */
    static String of(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> recordJson(byte[] pdf) {
        try {
            return RecordAttachment.readRecord(pdf).orElseThrow(() -> new AssertionError("no record.json in the PDF"));
        } catch (UnreadablePdfException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
