package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import uk.supervisiondesk.templates.TemplateField;

/** Where layout put the box for one preparation answer, known only once the page is drawn. */
record AnswerBox(TemplateField field, int pageNumber, Rectangle area) {
}
