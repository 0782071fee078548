package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;

/**
 * Renders any {@link RecordDocument} as an archival PDF/A-3b file: fonts embedded, sRGB output
 * intent, record.json attached as the record's data, empty signature fields for remote signers,
 * and a running header and footer with "Page N of M".
 *
 * <p>PDF/A-3 rather than PDF/A-2: part 2 only lets a PDF embed other PDF/A files, and
 * record.json is JSON; part 3 exists for exactly this (see docs/decisions/0003-signed-pdfs.md).
 *
 * <p>One renderer can be kept and reused; it holds nothing from one document to the next.
 */
public final class RecordPdfRenderer {
    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDF_A_3B;
    private static final String CREATOR = "Supervision Desk";

    private final PdfResources resources;
    private final PrintableText printable;

    public RecordPdfRenderer() {
        this(PdfResources.shared());
    }

    public RecordPdfRenderer(PdfResources resources) {
        this.resources = resources;
        this.printable = new PrintableText(resources);
    }

    /**
     * The PDF's bytes.
     *
     * @throws IllegalArgumentException when the record holds something that cannot be printed,
     *     e.g. a drawn signature that is not an image; the message says which
     */
    public byte[] render(RecordDocument record) {
        String json = RecordJson.of(record);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        PdfADocument pdf = new PdfADocument(writer, CONFORMANCE, resources.outputIntent());
        FormElements elements = new FormElements(resources.newFonts(), printable);
        describe(pdf, record.header());
        RecordAttachment.attach(pdf, json);

        // Not flushed page by page: the footer needs the page count, and the empty signature
        // fields need to know where layout put their boxes.
        Document document = new Document(pdf, PageSize.A4, false);
        try {
            document.setMargins(FormStyle.MARGIN_TOP, FormStyle.MARGIN_SIDE, FormStyle.MARGIN_BOTTOM, FormStyle.MARGIN_SIDE);
            document.setFont(elements.fonts().regular()).setFontSize(FormStyle.BODY_SIZE).setFontColor(FormStyle.INK);
            new TitleBlockLayout(elements).build(record).forEach(document::add);
            SectionLayout sections = new SectionLayout(elements);
            for (DocumentSection section : record.sections()) {
                document.add(sections.build(section));
            }
            Map<String, SignatureSlot> slots = new LinkedHashMap<>();
            if (!record.signatures().isEmpty()) {
                document.add(new SignatureBlockLayout(elements, slots).build(record.signatures()));
            }
            document.flush();
            EmptySignatureFields.add(pdf, slots.values(), elements);
            PageFurniture.draw(pdf, record.header(), elements);
            document.close();
        } catch (RuntimeException e) {
            closeAfterFailure(document, e);
            throw e;
        }
        return out.toByteArray();
    }

    /** Closing a half-built PDF/A can fail its checks too; that must not hide the first problem. */
    private static void closeAfterFailure(Document document, RuntimeException first) {
        try {
            document.close();
        } catch (RuntimeException second) {
            first.addSuppressed(second);
        }
    }

    private void describe(PdfADocument pdf, RecordHeader header) {
        String date = UkDates.format(header.recordDate());
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(printable.clean(header.formTitle() + ": " + header.superviseeName() + ", " + date));
        info.setAuthor(printable.clean(header.recordedBy()));
        info.setSubject(printable.clean(header.type().title() + " for " + header.superviseeName()
                + " (employee number " + header.employeeNumber() + ") on " + date + ", " + header.authorityName()));
        info.setKeywords(printable.clean("supervision, " + header.type().key() + ", " + header.employeeNumber()));
        info.setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString("en-GB"));
        // Readers show the record's title in their window bar instead of a file name.
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }
}
