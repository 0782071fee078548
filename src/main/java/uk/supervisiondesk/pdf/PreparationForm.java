package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.layout.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.TemplateField;

/**
 * A fillable PDF the supervisee completes before a session, in any PDF reader, and returns to be
 * read back by {@link PreparationImport}: a text field for every field of the session's template
 * that they may prepare, in the look of the record PDFs, with preparation.json attached.
 *
 * <p>Not PDF/A, unlike records (see docs/decisions/0004-preparation-forms.md): Acrobat opens a
 * PDF/A file read-only until the user finds "Enable editing", and this form exists to be typed
 * into. It keeps what matters of PDF/A all the same: fonts embedded, an sRGB output intent, no
 * scripts, and an appearance for every field.
 */
public final class PreparationForm {
    private static final String CREATOR = "Supervision Desk";
    private static final String JSON_DESCRIPTION = "Which record this form prepares, for software that reads it back";

    private final PdfResources resources;
    private final PrintableText printable;

    public PreparationForm() {
        this(PdfResources.shared());
    }

    public PreparationForm(PdfResources resources) {
        this.resources = resources;
        this.printable = new PrintableText(resources);
    }

    /**
     * The PDF's bytes.
     *
     * @throws IllegalArgumentException when the template has no field the supervisee can prepare
     */
    public byte[] render(PreparationDetails details) {
        List<TemplateField> fillable = PreparationFields.fillable(details.template());
        if (fillable.isEmpty()) {
            throw new IllegalArgumentException("The form \"" + details.template().title()
                    + "\" has no fields for the supervisee to prepare");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
        FormFonts fonts = resources.newFonts();
        TypingGlyphs.addTo(fonts.regular());
        FormElements elements = new FormElements(fonts, printable);
        pdf.addOutputIntent(resources.outputIntent());
        describe(pdf, details);
        attachJson(pdf, details, fillable);

        Map<String, AnswerBox> boxes = new LinkedHashMap<>();
        Document document = new Document(pdf, PageSize.A4, false);
        try {
            document.setMargins(FormStyle.MARGIN_TOP, FormStyle.MARGIN_SIDE, FormStyle.MARGIN_BOTTOM, FormStyle.MARGIN_SIDE);
            document.setFont(fonts.regular()).setFontSize(FormStyle.BODY_SIZE).setFontColor(FormStyle.INK);
            new PreparationLayout(elements, boxes).build(details).forEach(document::add);
            document.flush();
            PreparationFormFields.add(pdf, boxes.values(), fonts.regular());
            PageFurniture.draw(pdf, runningLines(details), elements);
            document.close();
        } catch (RuntimeException e) {
            try {
                document.close();
            } catch (RuntimeException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        return out.toByteArray();
    }

    private static PageFurniture.RunningLines runningLines(PreparationDetails details) {
        String separator = PageFurniture.SEPARATOR;
        return new PageFurniture.RunningLines(details.superviseeName(),
                separator + "Employee number " + details.employeeNumber(),
                "Preparation" + separator + UkDates.format(details.sessionDate()),
                details.authorityName() + separator + details.formTitle(), "");
    }

    private void describe(PdfDocument pdf, PreparationDetails details) {
        String date = UkDates.format(details.sessionDate());
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(printable.clean(details.formTitle() + ": " + details.superviseeName() + ", " + date));
        info.setAuthor(printable.clean(details.supervisorName()));
        info.setSubject(printable.clean("Preparation by " + details.superviseeName() + " for supervision on " + date
                + ", " + details.authorityName()));
        info.setKeywords("supervision, preparation, " + details.template().key());
        info.setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString("en-GB"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    private static void attachJson(PdfDocument pdf, PreparationDetails details, List<TemplateField> fillable) {
        String json = new PreparationJson(details.template().key(), details.template().title(), details.employeeNumber(),
                details.sessionDate(), fillable.stream().map(PreparationFields::nameOf).toList()).write();
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json.getBytes(StandardCharsets.UTF_8),
                JSON_DESCRIPTION, PreparationJson.FILE_NAME, new PdfName(RecordAttachment.MIME_TYPE),
                new PdfDictionary(), PdfName.Data);
        pdf.addFileAttachment(PreparationJson.FILE_NAME, spec);
    }
}
