package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNameTree;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * record.json inside a PDF: written as a PDF/A-3 associated file whose relationship is Data
 * (the file is the record's data, the pages are a view of it), and read back from a filed PDF.
 */
public final class RecordAttachment {
    public static final String FILE_NAME = "record.json";
    public static final String MIME_TYPE = "application/json";
    private static final String DESCRIPTION = "The record's data, for software that reads this file";

    private RecordAttachment() {
    }

    static void attach(PdfDocument pdf, String json) {
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.ModDate, new PdfDate().getPdfObject());
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json.getBytes(StandardCharsets.UTF_8),
                DESCRIPTION, FILE_NAME, new PdfName(MIME_TYPE), parameters, PdfName.Data);
        // Listed in the catalogue's /AF (what PDF/A-3 asks for) and under EmbeddedFiles, so PDF
        // readers show it in their attachments panel.
        pdf.addAssociatedFile(FILE_NAME, spec);
    }

    /** The record.json text, or empty when the PDF carries none (e.g. not made by this app). */
    public static Optional<String> readJson(byte[] pdfBytes) throws UnreadablePdfException {
        try (PdfDocument pdf = PdfInput.open(pdfBytes)) {
            return find(pdf, FILE_NAME).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw PdfInput.damaged(e);
        }
    }

    /** record.json parsed into maps and lists, or empty when the PDF carries none. */
    public static Optional<Map<String, Object>> readRecord(byte[] pdfBytes) throws UnreadablePdfException {
        Optional<String> json = readJson(pdfBytes);
        try {
            return json.map(RecordJson::parse);
        } catch (IllegalArgumentException e) {
            throw UnreadablePdfException.damaged("its record.json attachment is not valid JSON.");
        }
    }

    /** The bytes of the attached file with this name, looked for where PDF/A-3 and ordinary readers put it. */
    static Optional<byte[]> find(PdfDocument pdf, String fileName) {
        PdfArray associated = pdf.getCatalog().getPdfObject().getAsArray(PdfName.AF);
        if (associated != null) {
            for (int i = 0; i < associated.size(); i++) {
                Optional<byte[]> bytes = contentIfNamed(associated.getAsDictionary(i), fileName);
                if (bytes.isPresent()) {
                    return bytes;
                }
            }
        }
        PdfNameTree embedded = pdf.getCatalog().getNameTree(PdfName.EmbeddedFiles);
        for (Map.Entry<PdfString, PdfObject> entry : embedded.getNames().entrySet()) {
            if (entry.getValue() instanceof PdfDictionary spec) {
                Optional<byte[]> bytes = contentIfNamed(spec, fileName);
                if (bytes.isPresent()) {
                    return bytes;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> contentIfNamed(PdfDictionary spec, String fileName) {
        if (spec == null) {
            return Optional.empty();
        }
        PdfString name = spec.getAsString(PdfName.UF) != null ? spec.getAsString(PdfName.UF) : spec.getAsString(PdfName.F);
        if (name == null || !fileName.equals(name.toUnicodeString())) {
            return Optional.empty();
        }
        PdfDictionary files = spec.getAsDictionary(PdfName.EF);
        PdfStream stream = files == null ? null : files.getAsStream(PdfName.UF) != null
                ? files.getAsStream(PdfName.UF) : files.getAsStream(PdfName.F);
        return stream == null ? Optional.empty() : Optional.of(stream.getBytes());
    }
}
