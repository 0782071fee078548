package uk.supervisiondesk.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;

/**
 * The signatures section: a block per party, two to a row, kept on one page. Each block holds
 * the party's name and role, then a signature box holding their drawn signature, an empty
 * digital signature field, or room to sign by hand.
 */
final class SignatureBlockLayout {
    static final String HEADING = "Signatures";
    private static final float BOX_HEIGHT = 54f;
    private static final float IMAGE_MAX_WIDTH = 200f;
    private static final float IMAGE_MAX_HEIGHT = BOX_HEIGHT - 6f;

    private final FormElements elements;
    private final Map<String, SignatureSlot> slots;

    /** @param slots receives where each empty signature field's box was drawn */
    SignatureBlockLayout(FormElements elements, Map<String, SignatureSlot> slots) {
        this.elements = elements;
        this.slots = slots;
    }

    Table build(List<SignatureBlock> blocks) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {50, 50}))
                .useAllAvailableWidth().setMarginBottom(FormStyle.SECTION_GAP);
        table.addHeaderCell(elements.headingCell(HEADING, 2));
        for (SignatureBlock block : blocks) {
            table.addCell(block(block));
        }
        if (blocks.size() % 2 == 1) {
            table.addCell(elements.cell(1));
        }
        // A signature block split over two pages would invite signing half a record.
        table.setKeepTogether(true);
        return table;
    }

    private Cell block(SignatureBlock block) {
        Party party = block.party();
        Cell cell = elements.cell(1).setPaddingTop(7f).setPaddingBottom(8f);
        cell.add(elements.text(party.partyLabel(), elements.fonts().bold(), FormStyle.BODY_SIZE, FormStyle.ACCENT)
                .setMarginBottom(4f));
        cell.add(elements.labelledLine("Name", party.name()));
        cell.add(elements.labelledLine("Role", party.role().isBlank() ? "-" : party.role()));
        cell.add(elements.label("Signature").setMarginTop(6f).setMarginBottom(2f));
        SignatureMark mark = block.mark();
        if (mark instanceof DrawnSignature drawn) {
            cell.add(drawnBox(drawn, party));
            cell.add(elements.labelledLine("Date", UkDates.format(drawn.signedOn())).setMarginTop(4f));
        } else if (mark instanceof DigitalSignatureField field) {
            cell.add(digitalBox(field, party));
            cell.add(elements.labelledLine("Date", "recorded in the digital signature").setMarginTop(4f));
        } else if (((HandSignature) mark).signedOn() != null) {
            cell.add(box(underline()).add(elements.text("Signed by hand on the printed copy; the scan is kept with "
                    + "the record", elements.fonts().regular(), FormStyle.LABEL_SIZE, FormStyle.MUTED)));
            cell.add(elements.labelledLine("Date", UkDates.format(((HandSignature) mark).signedOn())).setMarginTop(4f));
        } else {
            cell.add(emptyBox());
            cell.add(elements.labelledLine("Date", "").setMarginTop(10f)
                    .setBorderBottom(new SolidBorder(FormStyle.RULE, 0.6f)).setWidth(UnitValue.createPercentValue(60)));
        }
        return cell;
    }

    private Div drawnBox(DrawnSignature drawn, Party party) {
        ImageData data;
        try {
            data = ImageDataFactory.create(drawn.png());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The drawn signature of " + party.name() + " (" + party.partyLabel()
                    + ") is not an image that can be printed. Ask them to sign again.", e);
        }
        Image image = new Image(data).scaleToFit(IMAGE_MAX_WIDTH, IMAGE_MAX_HEIGHT)
                .setHorizontalAlignment(HorizontalAlignment.LEFT);
        return box(underline()).add(image);
    }

    private Div digitalBox(DigitalSignatureField field, Party party) {
        Div box = new Div().setHeight(BOX_HEIGHT).setBorder(new SolidBorder(FormStyle.RULE, 0.6f))
                .setBackgroundColor(FormStyle.LABEL_BACKGROUND);
        box.setNextRenderer(new SignatureSlotRenderer(box, field.fieldName(), party.name(), slots));
        return box;
    }

    private Div emptyBox() {
        return box(underline());
    }

    private static Div box(Border bottom) {
        return new Div().setHeight(BOX_HEIGHT).setVerticalAlignment(VerticalAlignment.BOTTOM).setBorderBottom(bottom);
    }

    private static Border underline() {
        return new SolidBorder(FormStyle.RULE, 0.6f);
    }
}
