package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;

/**
 * The building blocks of a form in one document's fonts: labels, answers, headings and the
 * cells that hold them. Every string passes through {@link PrintableText} here, so nothing the
 * user typed can reach the page unprintable.
 */
final class FormElements {
    private final FormFonts fonts;
    private final PrintableText printable;

    FormElements(FormFonts fonts, PrintableText printable) {
        this.fonts = fonts;
        this.printable = printable;
    }

    FormFonts fonts() {
        return fonts;
    }

    String clean(String text) {
        return printable.clean(text);
    }

    Paragraph text(String text, PdfFont font, float size, Color colour) {
        return new Paragraph(printable.clean(text))
                .setFont(font).setFontSize(size).setFontColor(colour)
                .setMultipliedLeading(FormStyle.LEADING).setMargin(0);
    }

    Paragraph label(String text) {
        return text(text, fonts.regular(), FormStyle.LABEL_SIZE, FormStyle.MUTED);
    }

    Paragraph strongLabel(String text) {
        return text(text, fonts.bold(), FormStyle.LABEL_SIZE, FormStyle.MUTED);
    }

    /** An answer; an empty one says so in the muted colour. */
    Paragraph answer(String text) {
        if (text == null || text.isBlank()) {
            return text(FormStyle.NOT_RECORDED, fonts.regular(), FormStyle.BODY_SIZE, FormStyle.HINT);
        }
        // No single line stranded at the foot or head of a page when a long answer runs on.
        return text(text, fonts.regular(), FormStyle.BODY_SIZE, FormStyle.INK)
                .setOrphansControl(new ParagraphOrphansControl(2))
                .setWidowsControl(new ParagraphWidowsControl(2, 1, false));
    }

    Paragraph heading(String text) {
        return text(text, fonts.bold(), FormStyle.HEADING_SIZE, FormStyle.ACCENT);
    }

    /** "Label  value" on one line, e.g. "Name  Alex Morgan" inside a signature block. */
    Paragraph labelledLine(String label, String value) {
        Paragraph line = new Paragraph().setMargin(0).setMultipliedLeading(FormStyle.LEADING);
        line.add(new Text(printable.clean(label) + "  ").setFont(fonts.regular())
                .setFontSize(FormStyle.LABEL_SIZE).setFontColor(FormStyle.MUTED));
        line.add(new Text(printable.clean(value)).setFont(fonts.regular())
                .setFontSize(FormStyle.BODY_SIZE).setFontColor(FormStyle.INK));
        return line;
    }

    Cell cell(int colspan) {
        Cell cell = new Cell(1, colspan)
                .setPaddingLeft(FormStyle.CELL_PADDING_X).setPaddingRight(FormStyle.CELL_PADDING_X)
                .setPaddingTop(FormStyle.CELL_PADDING_Y).setPaddingBottom(FormStyle.CELL_PADDING_Y);
        Border rule = FormStyle.rule();
        cell.setBorder(rule);
        return cell;
    }

    Cell labelCell(String label, int colspan) {
        return cell(colspan).setBackgroundColor(FormStyle.LABEL_BACKGROUND).add(label(label));
    }

    Cell headingCell(String heading, int colspan) {
        return cell(colspan).setBackgroundColor(FormStyle.HEADING_BACKGROUND)
                .setPaddingTop(5f).setPaddingBottom(5f)
                .add(heading(heading));
    }
}
