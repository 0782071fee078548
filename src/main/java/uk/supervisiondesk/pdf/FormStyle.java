package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;

/**
 * How a record looks on paper: one place for the colours, sizes and spacing, so every record
 * type reads as the same family of council forms. Colours stay dark enough to survive a
 * black-and-white office printer.
 */
final class FormStyle {
    /** A4 page margins in points (72 to the inch): about 18 mm at the sides. */
    static final float MARGIN_SIDE = 51f;
    /** Room above the body for the running header. */
    static final float MARGIN_TOP = 64f;
    /** Room below the body for the running footer. */
    static final float MARGIN_BOTTOM = 58f;

    static final Color INK = new DeviceRgb(0x1B, 0x1F, 0x24);
    static final Color MUTED = new DeviceRgb(0x55, 0x60, 0x6B);
    static final Color ACCENT = new DeviceRgb(0x1F, 0x3A, 0x5F);
    static final Color RULE = new DeviceRgb(0xB9, 0xC3, 0xCD);
    static final Color LABEL_BACKGROUND = new DeviceRgb(0xF3, 0xF5, 0xF8);
    static final Color HEADING_BACKGROUND = new DeviceRgb(0xE3, 0xEA, 0xF1);
    static final Color HINT = new DeviceRgb(0x8A, 0x94, 0x9E);

    static final float TITLE_SIZE = 18f;
    static final float AUTHORITY_SIZE = 10f;
    static final float HEADING_SIZE = 10.5f;
    static final float BODY_SIZE = 9.5f;
    static final float LABEL_SIZE = 8.5f;
    static final float FURNITURE_SIZE = 7.5f;
    static final float LEADING = 1.25f;

    static final float CELL_PADDING_X = 7f;
    static final float CELL_PADDING_Y = 3.5f;
    static final float SECTION_GAP = 10f;

    /** Printed where an answer was left empty, so a gap never looks like a printing fault. */
    static final String NOT_RECORDED = "Not recorded";

    private FormStyle() {
    }

    static Border rule() {
        return new SolidBorder(RULE, 0.6f);
    }
}
