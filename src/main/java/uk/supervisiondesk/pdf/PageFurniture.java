package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;
import uk.supervisiondesk.domain.UkDates;

/**
 * The running header and footer on every page: whose record, what kind and when at the top;
 * the authority, form and "Page N of M" at the bottom. Drawn after layout, when M is known, so
 * a loose printed page can always be put back in the right file and order.
 */
final class PageFurniture {
    private static final float HEADER_BASELINE_FROM_TOP = 34f;
    private static final float FOOTER_BASELINE = 30f;
    private static final String ELLIPSIS = "\u2026";
    static final String SEPARATOR = "  \u00b7  ";

    private PageFurniture() {
    }

    /** The running lines of a record: whose, which record and when; the form and its version. */
    static void draw(PdfDocument pdf, RecordHeader header, FormElements elements) {
        draw(pdf, new RunningLines(header.superviseeName(), SEPARATOR + "Employee number " + header.employeeNumber(),
                header.type().title() + SEPARATOR + UkDates.format(header.recordDate()),
                header.authorityName() + SEPARATOR + header.formTitle(), SEPARATOR + "Version " + header.version()),
                elements);
    }

    /**
     * What the header and footer say. The "kept" ends are never shortened: they identify the
     * document (an employee number, a version), so a long name gives way instead.
     */
    record RunningLines(String headerStart, String headerKept, String headerRight, String footerStart,
                        String footerKept) {
    }

    static void draw(PdfDocument pdf, RunningLines running, FormElements elements) {
        int pages = pdf.getNumberOfPages();
        for (int number = 1; number <= pages; number++) {
            PdfPage page = pdf.getPage(number);
            Rectangle size = page.getPageSize();
            float left = size.getLeft() + FormStyle.MARGIN_SIDE;
            float right = size.getRight() - FormStyle.MARGIN_SIDE;
            float width = right - left;
            float headerBaseline = size.getTop() - HEADER_BASELINE_FROM_TOP;

            PdfCanvas lines = new PdfCanvas(page);
            lines.saveState().setStrokeColor(FormStyle.RULE).setLineWidth(0.5f)
                    .moveTo(left, headerBaseline - 7f).lineTo(right, headerBaseline - 7f)
                    .moveTo(left, FOOTER_BASELINE + 11f).lineTo(right, FOOTER_BASELINE + 11f)
                    .stroke().restoreState();

            String headerLine = fit(elements.clean(running.headerStart()), elements.clean(running.headerKept()),
                    elements.fonts().bold(), width * 0.58f);
            String footerLine = fit(elements.clean(running.footerStart()), elements.clean(running.footerKept()),
                    elements.fonts().regular(), width * 0.78f);
            Canvas canvas = new Canvas(lines, size);
            try {
                text(canvas, elements, elements.fonts().bold(), headerLine, width * 0.58f, left, headerBaseline, TextAlignment.LEFT);
                text(canvas, elements, elements.fonts().regular(), running.headerRight(), width * 0.40f, right, headerBaseline,
                        TextAlignment.RIGHT);
                text(canvas, elements, elements.fonts().regular(), footerLine, width * 0.78f, left, FOOTER_BASELINE, TextAlignment.LEFT);
                text(canvas, elements, elements.fonts().regular(), "Page " + number + " of " + pages, width * 0.20f,
                        right, FOOTER_BASELINE, TextAlignment.RIGHT);
            } finally {
                canvas.close();
            }
        }
    }

    private static void text(Canvas canvas, FormElements elements, PdfFont font, String text, float maxWidth,
            float x, float y, TextAlignment alignment) {
        String fitted = fit(elements.clean(text), font, maxWidth);
        canvas.showTextAligned(elements.text(fitted, font, FormStyle.FURNITURE_SIZE, FormStyle.MUTED), x, y, alignment);
    }

    /** The start shortened as needed so that it and the whole of the end fit the width. */
    static String fit(String start, String end, PdfFont font, float maxWidth) {
        float room = maxWidth - font.getWidth(end, FormStyle.FURNITURE_SIZE);
        return fit(start, font, Math.max(room, 0f)) + end;
    }

    /** Shortens text with an ellipsis so a long name cannot run into the other half of the line. */
    static String fit(String text, PdfFont font, float maxWidth) {
        if (font.getWidth(text, FormStyle.FURNITURE_SIZE) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && font.getWidth(shorter + ELLIPSIS, FormStyle.FURNITURE_SIZE) > maxWidth) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter.strip() + ELLIPSIS;
    }
}
