package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.font.PdfFont;

/** The two faces one document uses, created for that document. */
record FormFonts(PdfFont regular, PdfFont bold) {
}
