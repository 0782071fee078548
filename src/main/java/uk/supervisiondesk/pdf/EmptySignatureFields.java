package uk.supervisiondesk.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.Collection;

/**
 * Adds the empty signature fields a remote signer fills in their own PDF reader. Each has a
 * printable appearance saying whose signature goes there; signing replaces it.
 */
final class EmptySignatureFields {
    private EmptySignatureFields() {
    }

    static void add(PdfDocument pdf, Collection<SignatureSlot> slots, FormElements elements) {
        if (slots.isEmpty()) {
            return;
        }
        PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
        for (SignatureSlot slot : slots) {
            Rectangle area = slot.area();
            PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, slot.fieldName())
                    .setWidgetRectangle(area)
                    .setPage(slot.pageNumber())
                    .createSignature();
            PdfWidgetAnnotation widget = field.getWidgets().get(0);
            widget.setNormalAppearance(hint(pdf, area, slot.signerName(), elements).getPdfObject());
            // PDF/A wants every annotation printable; a hidden field would not appear on paper.
            widget.setFlags(PdfAnnotation.PRINT);
            form.addField(field, pdf.getPage(slot.pageNumber()));
        }
    }

    private static PdfFormXObject hint(PdfDocument pdf, Rectangle area, String signerName, FormElements elements) {
        PdfFormXObject appearance = new PdfFormXObject(new Rectangle(0, 0, area.getWidth(), area.getHeight()));
        Canvas canvas = new Canvas(appearance, pdf);
        try {
            canvas.showTextAligned(
                    elements.text("To be signed digitally by " + signerName, elements.fonts().regular(),
                            FormStyle.LABEL_SIZE, FormStyle.HINT),
                    area.getWidth() / 2, area.getHeight() / 2, TextAlignment.CENTER, VerticalAlignment.MIDDLE);
        } finally {
            canvas.close();
        }
        return appearance;
    }
}
