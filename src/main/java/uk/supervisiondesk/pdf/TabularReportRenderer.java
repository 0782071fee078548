package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;

/** Prints a {@link TabularReport} as a landscape PDF/A, like the record forms in type and colour. */
public final class TabularReportRenderer {
    private final PdfResources resources;
    private final PrintableText printable;

    public TabularReportRenderer() {
        this(PdfResources.shared());
    }

    public TabularReportRenderer(PdfResources resources) {
        this.resources = resources;
        this.printable = new PrintableText(resources);
    }

    public byte[] render(TabularReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfADocument pdf = new PdfADocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                RecordPdfRenderer.CONFORMANCE, resources.outputIntent());
        FormElements elements = new FormElements(resources.newFonts(), printable);
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(printable.clean(report.heading() + ": " + report.subheading()));
        info.setCreator("Supervision Desk");
        pdf.getCatalog().setLang(new PdfString("en-GB"));
        Document document = new Document(pdf, PageSize.A4.rotate(), false);
        document.setMargins(FormStyle.MARGIN_TOP, 36, FormStyle.MARGIN_BOTTOM, 36);
        document.setFont(elements.fonts().regular()).setFontSize(8.5f).setFontColor(FormStyle.INK);
        document.add(new Paragraph(printable.clean(report.authorityName())).setFontColor(FormStyle.MUTED)
                .setFontSize(FormStyle.AUTHORITY_SIZE).setMarginBottom(0));
        document.add(new Paragraph(printable.clean(report.heading())).setFont(elements.fonts().bold())
                .setFontSize(FormStyle.TITLE_SIZE).setFontColor(FormStyle.ACCENT).setMarginBottom(0));
        document.add(new Paragraph(printable.clean(report.subheading())).setFontColor(FormStyle.MUTED)
                .setMarginBottom(8));

        Table table = new Table(UnitValue.createPercentArray(report.columns().size())).useAllAvailableWidth();
        for (String column : report.columns()) {
            table.addHeaderCell(cell(column, elements).setFont(elements.fonts().bold())
                    .setBackgroundColor(FormStyle.HEADING_BACKGROUND));
        }
        for (var row : report.rows()) {
            row.forEach(value -> table.addCell(cell(value, elements)));
        }
        for (String total : report.totals()) {
            table.addCell(cell(total, elements).setFont(elements.fonts().bold())
                    .setBackgroundColor(FormStyle.LABEL_BACKGROUND));
        }
        document.add(table);
        for (String note : report.notes()) {
            document.add(new Paragraph(printable.clean(note)).setFontColor(FormStyle.MUTED).setFontSize(7.5f)
                    .setMarginTop(4).setMarginBottom(0));
        }
        document.flush();
        pageNumbers(pdf, report, elements);
        document.close();
        return out.toByteArray();
    }

    private Cell cell(String value, FormElements elements) {
        return new Cell().add(new Paragraph(printable.clean(value == null ? "" : value)))
                .setPaddingLeft(4).setPaddingRight(4).setPaddingTop(2).setPaddingBottom(2)
                .setBorder(FormStyle.rule());
    }

    private static void pageNumbers(PdfADocument pdf, TabularReport report, FormElements elements) {
        int pages = pdf.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            PdfPage page = pdf.getPage(n);
            Rectangle size = page.getPageSize();
            Canvas canvas = new Canvas(new PdfCanvas(page), size);
            canvas.setFont(elements.fonts().regular()).setFontSize(FormStyle.FURNITURE_SIZE)
                    .setFontColor(FormStyle.MUTED);
            canvas.showTextAligned(elements.clean(report.heading() + "  \u00b7  " + report.subheading()),
                    36, 26, TextAlignment.LEFT);
            canvas.showTextAligned("Page " + n + " of " + pages, size.getRight() - 36, 26, TextAlignment.RIGHT);
            canvas.close();
        }
    }

}
