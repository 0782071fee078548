package uk.supervisiondesk.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a PDF's pages as pictures, for the preview inside the app. iText writes and signs our
 * PDFs but cannot draw them; Apache PDFBox can. Each call opens the bytes afresh and closes them,
 * so nothing is held between pages and a long session of previews keeps no memory. Slow enough
 * (tens of milliseconds a page) to belong on a background thread.
 */
public final class PdfPageImages {
    /** Screen resolution for a page at 100%: an A4 page comes out about 830 pixels wide. */
    public static final float PREVIEW_DPI = 100f;

    private PdfPageImages() {
    }

    /** One page drawn, and how many pages the document has. */
    public record Page(BufferedImage image, int number, int pageCount) {
    }

    /**
     * @param number 1 for the first page; clamped to the pages the document has
     * @throws UnreadablePdfException the bytes are not a PDF that can be drawn
     */
    public static Page render(byte[] pdf, int number, float dpi) throws UnreadablePdfException {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.EMPTY, "The file is empty.");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw UnreadablePdfException.damaged("it has no pages");
            }
            int page = Math.max(1, Math.min(number, count));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            return new Page(image, page, count);
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.PASSWORD_PROTECTED,
                    "The PDF is protected by a password, so it cannot be shown.", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED,
                    "The PDF is damaged or is not a PDF, so it cannot be shown.", e);
        }
    }
}
