package uk.supervisiondesk.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import uk.supervisiondesk.domain.UkDates;

/**
 * A section as a boxed two-column table: label on the left, answer on the right; long text and
 * tables take the full width under their label. The section heading is the table's header, so
 * it repeats at the top of the next page when the section runs on.
 */
final class SectionLayout {
    private static final float[] LABEL_AND_ANSWER = {29, 71};
    private static final String BLANK_LINE = "\n\\s*\n";
    /**
     * Up to about a third of a page, an answer moves whole to the next page rather than leave its
     * label (or its section's heading) stranded at the foot of this one; longer ones run on.
     */
    private static final int KEEP_TOGETHER_CHARACTERS = 900;
    private static final int KEEP_TOGETHER_ROWS = 6;

    private final FormElements elements;

    SectionLayout(FormElements elements) {
        this.elements = elements;
    }

    Table build(DocumentSection section) {
        Table table = new Table(UnitValue.createPercentArray(LABEL_AND_ANSWER))
                .useAllAvailableWidth().setMarginBottom(FormStyle.SECTION_GAP);
        table.addHeaderCell(elements.headingCell(section.heading(), 2));
        if (section.items().isEmpty()) {
            table.addCell(elements.cell(2).add(elements.answer("")));
        }
        for (SectionItem item : section.items()) {
            add(table, item);
        }
        return table;
    }

    private void add(Table table, SectionItem item) {
        // Java 17 has no pattern matching in switch yet; the sealed interface keeps this list whole.
        if (item instanceof ShortTextField f) {
            labelled(table, f.label(), f.value());
        } else if (item instanceof YesNoField f) {
            labelled(table, f.label(), f.answer() == null ? "" : f.answer() ? "Yes" : "No");
        } else if (item instanceof DateField f) {
            labelled(table, f.label(), UkDates.format(f.date()));
        } else if (item instanceof LongTextField f) {
            longText(table, f);
        } else if (item instanceof TableBlock t) {
            table.addCell(elements.cell(2).setPaddingBottom(7f).setKeepTogether(t.rows().size() <= KEEP_TOGETHER_ROWS)
                    .add(tableBlock(t)));
        } else {
            throw new IllegalStateException("No layout for " + item.getClass().getSimpleName());
        }
    }

    private void labelled(Table table, String label, String value) {
        table.addCell(elements.labelCell(label, 1));
        table.addCell(elements.cell(1).add(elements.answer(value)));
    }

    /**
     * The label and its text in one cell, the label shaded across the top as in the other rows:
     * a page break can then never fall between a label and its answer.
     */
    private void longText(Table table, LongTextField field) {
        Cell cell = elements.cell(2).setPadding(0)
                .setKeepTogether(field.text().length() <= KEEP_TOGETHER_CHARACTERS);
        cell.add(new Div().setBackgroundColor(FormStyle.LABEL_BACKGROUND).setBorderBottom(FormStyle.rule())
                .setPaddingLeft(FormStyle.CELL_PADDING_X).setPaddingRight(FormStyle.CELL_PADDING_X)
                .setPaddingTop(FormStyle.CELL_PADDING_Y).setPaddingBottom(FormStyle.CELL_PADDING_Y)
                .add(elements.label(field.label())));
        Div text = new Div().setPaddingLeft(FormStyle.CELL_PADDING_X).setPaddingRight(FormStyle.CELL_PADDING_X)
                .setPaddingTop(6f).setPaddingBottom(7f);
        if (field.text().isBlank()) {
            text.add(elements.answer(""));
        } else {
            String[] paragraphs = field.text().split(BLANK_LINE);
            for (int i = 0; i < paragraphs.length; i++) {
                Paragraph paragraph = elements.answer(paragraphs[i].strip());
                text.add(i == 0 ? paragraph : paragraph.setMarginTop(5f));
            }
        }
        table.addCell(cell.add(text));
    }

    private Div tableBlock(TableBlock block) {
        Div holder = new Div();
        holder.add(elements.strongLabel(block.title()).setMarginBottom(4f));
        if (block.rows().isEmpty()) {
            holder.add(elements.answer(block.emptyText()));
            return holder;
        }
        float[] widths = new float[block.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = block.columns().get(i).relativeWidth();
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        for (TableColumn column : block.columns()) {
            table.addHeaderCell(elements.cell(1).setBackgroundColor(FormStyle.LABEL_BACKGROUND)
                    .add(elements.strongLabel(column.heading())));
        }
        for (var row : block.rows()) {
            for (String value : row) {
                table.addCell(elements.cell(1).add(value.isBlank()
                        ? elements.text("-", elements.fonts().regular(), FormStyle.BODY_SIZE, FormStyle.HINT)
                        : elements.answer(value)));
            }
        }
        holder.add(table);
        return holder;
    }
}
