package uk.supervisiondesk.pdf;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.Map;
import uk.supervisiondesk.templates.TemplateField;

/**
 * Draws an answer box and notes where it landed, so the text field can be laid exactly over it
 * after layout (a form field cannot flow with the text), as {@link SignatureSlotRenderer} does.
 */
final class AnswerBoxRenderer extends DivRenderer {
    private final TemplateField field;
    private final Map<String, AnswerBox> boxes;

    AnswerBoxRenderer(Div box, TemplateField field, Map<String, AnswerBox> boxes) {
        super(box);
        this.field = field;
        this.boxes = boxes;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new AnswerBoxRenderer((Div) modelElement, field, boxes);
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        // Keyed by field key: if layout ever draws the box twice, the last place wins.
        boxes.put(field.key(), new AnswerBox(field, getOccupiedArea().getPageNumber(), getBorderAreaBBox().clone()));
    }
}
