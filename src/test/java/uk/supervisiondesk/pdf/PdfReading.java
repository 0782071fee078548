package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads rendered PDFs back in tests, the way software that files them would. */
final class PdfReading {
    private PdfReading() {
    }

    static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first. */
    static List<String> pageTexts(byte[] pdf) {
        try (PdfDocument document = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(i)));
            }
            return pages;
        }
    }

    static String allText(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }
}
