package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.templates.TemplateSection;

/**
 * The pages of a preparation form: the same title block and boxed sections as a record, then
 * under each field's label and one line of help, an empty box the text field is laid over.
 */
final class PreparationLayout {
    private static final float LONG_BOX = 150f;
    private static final float ANSWER_BOX = 120f;
    private static final float SHORT_BOX = 42f;
    private static final float REFERENCE_BOX = 26f;

    private final FormElements elements;
    private final Map<String, AnswerBox> boxes;

    /** @param boxes receives where each answer box was drawn, by field key */
    PreparationLayout(FormElements elements, Map<String, AnswerBox> boxes) {
        this.elements = elements;
        this.boxes = boxes;
    }

    List<IBlockElement> build(PreparationDetails details) {
        List<IBlockElement> blocks = new ArrayList<>();
        FormFonts fonts = elements.fonts();
        blocks.add(elements.text(details.authorityName(), fonts.bold(), FormStyle.AUTHORITY_SIZE, FormStyle.ACCENT)
                .setCharacterSpacing(0.2f));
        blocks.add(elements.text(details.formTitle(), fonts.bold(), FormStyle.TITLE_SIZE, FormStyle.INK)
                .setMarginTop(2f).setMultipliedLeading(1.15f));
        LineSeparator rule = new LineSeparator(new SolidLine(1.4f));
        rule.setStrokeColor(FormStyle.ACCENT).setMarginTop(6f).setMarginBottom(FormStyle.SECTION_GAP);
        blocks.add(rule);
        blocks.add(details(details));
        blocks.add(howToUse(details));
        for (TemplateSection section : details.template().sections()) {
            List<TemplateField> fillable = section.fields().stream()
                    .filter(PreparationFields.fillable(details.template())::contains).toList();
            if (!fillable.isEmpty()) {
                blocks.addAll(section(section, fillable));
            }
        }
        return blocks;
    }

    private Table details(PreparationDetails details) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {19, 31, 19, 31}))
                .useAllAvailableWidth().setMarginBottom(FormStyle.SECTION_GAP);
        table.addHeaderCell(elements.headingCell("Session details", 4));
        pair(table, "Supervisee", details.superviseeName(), "Employee number", details.employeeNumber());
        pair(table, "Supervisor", details.supervisorName(), "Session date", UkDates.format(details.sessionDate()));
        return table;
    }

    private void pair(Table table, String leftLabel, String leftValue, String rightLabel, String rightValue) {
        table.addCell(elements.labelCell(leftLabel, 1));
        table.addCell(elements.cell(1).add(elements.answer(leftValue)));
        table.addCell(elements.labelCell(rightLabel, 1));
        table.addCell(elements.cell(1).add(elements.answer(rightValue)));
    }

    /** Said once, plainly: what to do, where the answers go, and what not to write. */
    private Div howToUse(PreparationDetails details) {
        Div box = new Div().setBackgroundColor(FormStyle.LABEL_BACKGROUND).setBorderLeft(new SolidBorder(FormStyle.ACCENT, 2f))
                .setPaddingTop(6f).setPaddingBottom(7f).setPaddingLeft(FormStyle.CELL_PADDING_X + 2f)
                .setPaddingRight(FormStyle.CELL_PADDING_X).setMarginBottom(FormStyle.SECTION_GAP);
        box.add(elements.text("Before your session", elements.fonts().bold(), FormStyle.BODY_SIZE, FormStyle.ACCENT)
                .setMarginBottom(2f));
        box.add(elements.answer("Type your answers in the boxes below, save this file and send it back to "
                + details.supervisorName() + " before " + UkDates.format(details.sessionDate())
                + ". Your answers are copied into the draft record of the session, where you will go through "
                + "them together. Leave blank anything you would rather talk about in person."));
        box.add(elements.answer("Refer to children and families by case number only, never by name.")
                .setMarginTop(3f));
        return box;
    }

    /**
     * The heading and one block per field, added to the document side by side rather than in one
     * holder: iText keeps a heading with the block after it only between the document's own children.
     */
    private List<IBlockElement> section(TemplateSection section, List<TemplateField> fields) {
        List<IBlockElement> blocks = new ArrayList<>();
        Div heading = new Div().setBackgroundColor(FormStyle.HEADING_BACKGROUND).setBorder(FormStyle.rule())
                .setPaddingTop(5f).setPaddingBottom(5f)
                .setPaddingLeft(FormStyle.CELL_PADDING_X).setPaddingRight(FormStyle.CELL_PADDING_X)
                .add(elements.heading(section.heading()));
        // The heading never ends a page on its own.
        heading.setKeepWithNext(true);
        blocks.add(heading);
        for (int i = 0; i < fields.size(); i++) {
            blocks.add(field(fields.get(i), i == fields.size() - 1));
        }
        return blocks;
    }

    private Div field(TemplateField field, boolean last) {
        Border rule = FormStyle.rule();
        Div block = new Div().setBorderLeft(rule).setBorderRight(rule).setBorderBottom(last ? rule : Border.NO_BORDER)
                .setPaddingLeft(FormStyle.CELL_PADDING_X).setPaddingRight(FormStyle.CELL_PADDING_X)
                .setPaddingTop(7f).setPaddingBottom(last ? 9f : 3f).setMarginBottom(last ? FormStyle.SECTION_GAP : 0f);
        // Label, help and box on one page: a box split from its question makes no sense.
        block.setKeepTogether(true);
        block.add(elements.text(field.label(), elements.fonts().bold(), FormStyle.BODY_SIZE, FormStyle.INK));
        if (field.type() == FieldType.QUESTION_PAIR && !field.question().isBlank()) {
            block.add(elements.answer(field.question()).setMarginTop(2f));
        }
        block.add(elements.label(help(field)).setMarginTop(1f).setMarginBottom(4f));
        Div box = new Div().setHeight(height(field.type())).setBorder(new SolidBorder(FormStyle.RULE, 0.8f))
                .setBackgroundColor(FormStyle.LABEL_BACKGROUND, 0.45f);
        box.setNextRenderer(new AnswerBoxRenderer(box, field, boxes));
        block.add(box);
        return block;
    }

    /** The template's own hint, or one that fits the kind of field. */
    static String help(TemplateField field) {
        if (!field.help().isBlank()) {
            return field.help();
        }
        return switch (field.type()) {
            case QUESTION_PAIR -> "Your answer. Your supervisor adds their comments in the session.";
            case CASE_REFERENCE -> "The case number only (for example from LCS or Mosaic), never a child's name or date of birth.";
            case SHORT_TEXT -> "A few words are enough.";
            default -> "Write as much as you need; the box scrolls when it is full.";
        };
    }

    private static float height(FieldType type) {
        return switch (type) {
            case LONG_TEXT -> LONG_BOX;
            case QUESTION_PAIR -> ANSWER_BOX;
            case CASE_REFERENCE -> REFERENCE_BOX;
            default -> SHORT_BOX;
        };
    }
}
