package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import uk.supervisiondesk.domain.UkDates;

/** The top of page one: whose form, what it is, the record's details and the parties. */
final class TitleBlockLayout {
    private final FormElements elements;

    TitleBlockLayout(FormElements elements) {
        this.elements = elements;
    }

    List<IBlockElement> build(RecordDocument record) {
        RecordHeader header = record.header();
        FormFonts fonts = elements.fonts();
        List<IBlockElement> blocks = new ArrayList<>();
        blocks.add(elements.text(header.authorityName(), fonts.bold(), FormStyle.AUTHORITY_SIZE, FormStyle.ACCENT)
                .setCharacterSpacing(0.2f));
        Paragraph title = elements.text(header.formTitle(), fonts.bold(), FormStyle.TITLE_SIZE, FormStyle.INK)
                .setMarginTop(2f).setMultipliedLeading(1.15f);
        blocks.add(title);
        LineSeparator rule = new LineSeparator(new SolidLine(1.4f));
        rule.setStrokeColor(FormStyle.ACCENT).setMarginTop(6f).setMarginBottom(FormStyle.SECTION_GAP);
        blocks.add(rule);
        blocks.add(details(record));
        return blocks;
    }

    /** Label/answer pairs two to a row, then the parties under their own sub-heading. */
    private Table details(RecordDocument record) {
        RecordHeader header = record.header();
        Table table = new Table(UnitValue.createPercentArray(new float[] {19, 31, 19, 31}))
                .useAllAvailableWidth().setMarginBottom(FormStyle.SECTION_GAP);
        table.addHeaderCell(elements.headingCell("Record details", 4));
        pair(table, "Supervisee", header.superviseeName(), "Employee number", header.employeeNumber());
        pair(table, "Record", header.type().title(), "Date", UkDates.format(header.recordDate()));
        pair(table, "Version", Integer.toString(header.version()), "Status", header.status());
        table.addCell(elements.labelCell("Policy", 1));
        table.addCell(elements.cell(3).add(elements.answer(header.policyPackName())));
        if (!record.parties().isEmpty()) {
            table.addCell(elements.cell(4).setBackgroundColor(FormStyle.LABEL_BACKGROUND)
                    .add(elements.strongLabel("Parties")));
            for (Party party : record.parties()) {
                table.addCell(elements.labelCell(party.partyLabel(), 1));
                String who = party.role().isBlank() ? party.name() : party.name() + ", " + party.role();
                table.addCell(elements.cell(3).add(elements.answer(who)));
            }
        }
        return table;
    }

    private void pair(Table table, String leftLabel, String leftValue, String rightLabel, String rightValue) {
        table.addCell(elements.labelCell(leftLabel, 1));
        table.addCell(elements.cell(1).add(elements.answer(leftValue)));
        table.addCell(elements.labelCell(rightLabel, 1));
        table.addCell(elements.cell(1).add(elements.answer(rightValue)));
    }
}
