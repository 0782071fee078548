package uk.supervisiondesk.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.NonTerminalFormFieldBuilder;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import java.util.Collection;
import uk.supervisiondesk.templates.FieldType;

/**
 * Lays a multi-line text field over each answer box, named as {@link PreparationFields} says.
 * Every field has an appearance from the start and NeedAppearances stays unset, so each reader
 * draws typed text itself and nothing depends on one reader's fallbacks.
 */
final class PreparationFormFields {
    /** Typed text a little larger than printed body text, for reading on screen. */
    static final float TEXT_SIZE = 10f;
    /** Keeps typed text off the box's drawn border. */
    private static final float INSET = 1.5f;

    private PreparationFormFields() {
    }

    static void add(PdfDocument pdf, Collection<AnswerBox> boxes, PdfFont font) {
        PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
        PdfFormField root = new NonTerminalFormFieldBuilder(pdf, PreparationFields.ROOT).createNonTerminalFormField();
        for (AnswerBox box : boxes) {
            boolean question = box.field().type() == FieldType.QUESTION_PAIR;
            Rectangle area = box.area().clone().applyMargins(INSET, INSET, INSET, INSET, false);
            PdfTextFormField text = new TextFormFieldBuilder(pdf, question ? PreparationFields.ANSWER : box.field().key())
                    .setWidgetRectangle(area)
                    .setPage(box.pageNumber())
                    .setFont(font)
                    .createMultilineText();
            text.setFontSize(TEXT_SIZE);
            text.setColor(FormStyle.INK);
            // What a screen reader announces, and the tooltip readers show over the box.
            text.setAlternativeName(box.field().label());
            if (question) {
                PdfFormField holder = new NonTerminalFormFieldBuilder(pdf, box.field().key()).createNonTerminalFormField();
                holder.addKid(text);
                root.addKid(holder);
            } else {
                root.addKid(text);
            }
            PdfWidgetAnnotation widget = text.getWidgets().get(0);
            widget.setFlags(PdfAnnotation.PRINT);
            onPage(pdf.getPage(box.pageNumber()), widget);
        }
        form.addField(root, null);
    }

    /** The widget goes on the page its box is on; fields on one form can span several pages. */
    private static void onPage(PdfPage page, PdfWidgetAnnotation widget) {
        boolean there = page.getAnnotations().stream().anyMatch(a -> a.getPdfObject() == widget.getPdfObject());
        if (!there) {
            page.addAnnotation(widget);
        }
    }
}
