package uk.supervisiondesk.pdf;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.Map;

/**
 * Draws the box an empty signature field will sit in and notes where it landed, so the field
 * can be placed exactly over it after layout (a form field cannot flow with the text).
 */
final class SignatureSlotRenderer extends DivRenderer {
    private final String fieldName;
    private final String signerName;
    private final Map<String, SignatureSlot> slots;

    SignatureSlotRenderer(Div box, String fieldName, String signerName, Map<String, SignatureSlot> slots) {
        super(box);
        this.fieldName = fieldName;
        this.signerName = signerName;
        this.slots = slots;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new SignatureSlotRenderer((Div) modelElement, fieldName, signerName, slots);
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        // Keyed by field name: if layout ever draws the box twice, the last place wins.
        slots.put(fieldName, new SignatureSlot(fieldName, signerName,
                getOccupiedArea().getPageNumber(), getBorderAreaBBox().clone()));
    }
}
