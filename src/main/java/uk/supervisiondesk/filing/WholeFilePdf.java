package uk.supervisiondesk.filing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.kernel.utils.PdfMerger;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.SupervisionFileOrder;

/**
 * A supervisee's whole supervision file as one PDF, in the policy's order: a contents page, then
 * each record's filed PDF with its pages copied in, and a bookmark per section and per document.
 * Copying pages breaks the digital signatures of the originals; the contents page says so, and
 * the signed originals stay the files in the sections.
 */
public final class WholeFilePdf {
    /** One document of the file: where it goes, what it is called and its filed PDF. */
    public record Entry(SupervisionFileOrder.Section section, String title, byte[] pdf) {
    }

    private WholeFilePdf() {
    }

    /** @param entries in the policy's order (by section, then by date) */
    public static byte[] make(String superviseeName, LocalDate on, SupervisionFileOrder order, List<Entry> entries) {
        List<Integer> pageCounts = new ArrayList<>();
        for (Entry entry : entries) {
            try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(entry.pdf())))) {
                pageCounts.add(source.getNumberOfPages());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The contents may run over a page: lay it out once, then again knowing its own length.
        byte[] contents = contents(superviseeName, on, order, entries, pageCounts, 1);
        int contentsPages = pages(contents);
        if (contentsPages != 1) {
            contents = contents(superviseeName, on, order, entries, pageCounts, contentsPages);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument whole = new PdfDocument(new PdfWriter(out))) {
            whole.getDocumentInfo().setTitle("Supervision file: " + superviseeName);
            PdfMerger merger = new PdfMerger(whole, new com.itextpdf.kernel.utils.PdfMergerProperties().setMergeOutlines(false).setMergeTags(false));
            try (PdfDocument first = new PdfDocument(new PdfReader(new ByteArrayInputStream(contents)))) {
                merger.merge(first, 1, first.getNumberOfPages());
            }
            PdfOutline root = whole.getOutlines(false);
            root.addOutline("Contents").addDestination(PdfExplicitDestination.createFit(whole.getPage(1)));
            int page = whole.getNumberOfPages() + 1;
            SupervisionFileOrder.Section current = null;
            PdfOutline sectionOutline = null;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(entry.pdf())))) {
                    merger.merge(source, 1, source.getNumberOfPages());
                }
                if (!entry.section().equals(current)) {
                    current = entry.section();
                    sectionOutline = root.addOutline(sectionTitle(current));
                    sectionOutline.addDestination(PdfExplicitDestination.createFit(whole.getPage(page)));
                }
                sectionOutline.addOutline(entry.title())
                        .addDestination(PdfExplicitDestination.createFit(whole.getPage(page)));
                page += pageCounts.get(i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] contents(String superviseeName, LocalDate on, SupervisionFileOrder order,
                                   List<Entry> entries, List<Integer> pageCounts, int contentsPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph("Supervision file: " + superviseeName).setFontSize(18));
            document.add(new Paragraph("Made on " + UkDates.format(on) + ", in the order of the supervision file set by "
                    + order.source() + "."));
            document.add(new Paragraph("This is a copy for reading. Copying the records' pages into one file breaks "
                    + "their digital signatures, so this file is not signed. The signed originals are the separate "
                    + "files in the section folders beside it; check a signature there.").setFontSize(10));
            int page = contentsPages + 1;
            int next = 0;
            for (SupervisionFileOrder.Section section : order.sections()) {
                document.add(new Paragraph(sectionTitle(section)).setFontSize(13).setMarginTop(8));
                boolean any = false;
                while (next < entries.size() && entries.get(next).section().equals(section)) {
                    document.add(new Paragraph(entries.get(next).title() + "  .....  page " + page)
                            .setMarginLeft(18).setMargin(0).setPaddingLeft(18));
                    page += pageCounts.get(next);
                    next++;
                    any = true;
                }
                if (!any) {
                    document.add(new Paragraph("Nothing from Supervision Desk in this section; it is kept elsewhere.")
                            .setPaddingLeft(18).setMargin(0).setFontSize(9));
                }
            }
        }
        return out.toByteArray();
    }

    private static String sectionTitle(SupervisionFileOrder.Section section) {
        return String.format(java.util.Locale.ROOT, "%02d %s", section.number(), section.title());
    }

    private static int pages(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
