package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.signatures.SignatureUtil;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordPdfRendererTest {
    private static final RecordPdfRenderer RENDERER = new RecordPdfRenderer();

    @Test
    void printsEveryLabelAndAnswerInThePolicysOrder() {
        byte[] pdf = RENDERER.render(SampleSessionRecord.signedInPerson());
        String text = PdfReading.allText(pdf);

        assertThat(text).contains("Anytown Council Children's Services", "Individual supervision record",
                "Supervisee", "Priya Shah", "Employee number", "SAMPLE-0042", "Alex Morgan, Team manager",
                "Venue", "Meeting room 2, Example House", "Held as planned", "Yes", "Any matters to escalate", "No",
                "Professional registration", "30/11/2027", "Anytown children's social care supervision policy (2026)");
        assertThat(text).containsSubsequence("Session", "Agenda", "Review of last actions", "Workload",
                "Case discussion", "Reflective discussion", "Performance and development", "Welfare", "Actions",
                "Next meeting", "Signatures");
        assertThat(text).containsSubsequence("What", "Who", "By when", "Status",
                "Update the child's plan", "Priya Shah", "04/12/2026", "Open",
                "Agree protected time", "Both", "No date", "agreed");
    }

    @Test
    void everyPageCarriesTheSuperviseeRecordTypeDateAndPageNofM() {
        List<String> pages = PdfReading.pageTexts(RENDERER.render(SampleSessionRecord.signedInPerson()));

        assertThat(pages).hasSizeBetween(2, 3);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Priya Shah", "SAMPLE-0042", "Individual supervision", "23/11/2026",
                    "Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void aVeryLongNameIsShortenedInTheHeaderButTheEmployeeNumberAndVersionNeverAre() {
        RecordHeader header = new RecordHeader("The Royal Borough of Anytown and Somewhere-on-Sea Children's Trust",
                "Group supervision record with an unusually long title", RecordType.GROUP,
                "Alexandra Montgomery-Fitzwilliam O'Sullivan-Beauchamp", "SAMPLE-99999", LocalDate.of(2026, 11, 23), 12,
                "Draft", "Default", "Alex Morgan");
        RecordDocument record = new RecordDocument(header, List.of(), List.of(), List.of(), Map.of());

        String page = PdfReading.pageTexts(RENDERER.render(record)).get(0);

        assertThat(page).contains("Alexandra Montgomery", "\u2026  \u00b7  Employee number SAMPLE-99999", "Version 12",
                "Page 1 of 1");
    }

    @Test
    void longTextFlowsOnToFurtherPagesWithoutLosingAWord() {
        StringBuilder essay = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            essay.append("Paragraph ").append(i).append(" of the reflective discussion, long enough to wrap over "
                    + "more than one line of the printed record so that the section must continue.\n\n");
        }
        RecordDocument record = new RecordDocument(SampleRecords.header(RecordType.REFLECTIVE_CASE), List.of(),
                List.of(DocumentSection.of("Reflection", new LongTextField("What happened", essay.toString()))),
                List.of(), Map.of());

        List<String> pages = PdfReading.pageTexts(RENDERER.render(record));

        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        String text = String.join("\n", pages);
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Paragraph " + i + " of the reflective discussion");
        }
        assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
        // The section heading repeats where the section runs on, so a loose page still says what it is.
        assertThat(pages.get(1)).contains("Reflection");
    }

    @Test
    void embedsRecordJsonWithTheRecordsIdentityAndEveryField() throws Exception {
        byte[] pdf = RENDERER.render(SampleSessionRecord.signedInPerson());

        Map<String, Object> json = RecordAttachment.readRecord(pdf).orElseThrow();

        assertThat(json).containsEntry("format", RecordJson.FORMAT)
                .containsEntry("type", "individual")
                .containsEntry("employeeNumber", "SAMPLE-0042")
                .containsEntry("supervisee", "Priya Shah")
                .containsEntry("date", "2026-11-23")
                .containsEntry("version", 1)
                .containsEntry("status", "Signed")
                .containsEntry("policyPack", "Anytown children's social care supervision policy (2026)");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) json.get("fields");
        assertThat(fields).containsEntry("sessionDate", "2026-11-23")
                .containsEntry("heldAsPlanned", true)
                .containsEntry("casesAllocated", 17)
                .containsEntry("caseReferences", List.of("40211-C", "40388-C"));
        assertThat((List<?>) fields.get("actions")).hasSize(4);
        assertThat(RecordAttachment.readJson(pdf).orElseThrow()).isEqualTo(RecordJson.of(SampleSessionRecord.signedInPerson()));
    }

    @Test
    void recordJsonIsAnAssociatedDataFileOfTypeJson() {
        try (PdfDocument pdf = PdfReading.open(RENDERER.render(SampleSessionRecord.signedInPerson()))) {
            PdfArray associated = pdf.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            assertThat(associated).isNotNull();
            PdfDictionary spec = associated.getAsDictionary(0);
            assertThat(spec.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("record.json");
            assertThat(spec.getAsName(PdfName.AFRelationship)).isEqualTo(PdfName.Data);
            PdfDictionary file = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
            assertThat(file.getAsName(PdfName.Subtype).getValue()).isEqualTo("application/json");
        }
    }

    @Test
    void declaresPdfA3bWithAnOutputIntentAndEveryFontEmbedded() throws Exception {
        try (PdfDocument pdf = PdfReading.open(RENDERER.render(SampleSessionRecord.forRemoteSigning()))) {
            String xmp = new String(pdf.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)B");
            PdfArray intents = pdf.getCatalog().getPdfObject().getAsArray(PdfName.OutputIntents);
            assertThat(intents).isNotNull();
            assertThat(intents.getAsDictionary(0).getAsName(PdfName.S)).isEqualTo(PdfName.GTS_PDFA1);
            assertThat(intents.getAsDictionary(0).getAsStream(PdfName.DestOutputProfile)).isNotNull();
            int fonts = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PdfDictionary pageFonts = pdf.getPage(i).getResources().getResource(PdfName.Font);
                for (PdfName name : pageFonts.keySet()) {
                    PdfDictionary font = pageFonts.getAsDictionary(name);
                    PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                    PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
                    assertThat(descriptor.get(PdfName.FontFile2)).as("font %s embedded", name).isNotNull();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void describesTheRecordInTheDocumentMetadata() {
        try (PdfDocument pdf = PdfReading.open(RENDERER.render(SampleSessionRecord.signedInPerson()))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            assertThat(info.getTitle()).isEqualTo("Individual supervision record: Priya Shah, 23/11/2026");
            assertThat(info.getAuthor()).isEqualTo("Alex Morgan");
            assertThat(info.getSubject()).contains("Individual supervision", "Priya Shah", "SAMPLE-0042");
            assertThat(pdf.getCatalog().getLang().toUnicodeString()).isEqualTo("en-GB");
        }
    }

    @Test
    void leavesAnEmptySignatureFieldInEachRemoteSignersBlock() {
        try (PdfDocument pdf = PdfReading.open(RENDERER.render(SampleSessionRecord.forRemoteSigning()))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            assertThat(signatures.getBlankSignatureNames())
                    .containsExactlyInAnyOrder(SampleSessionRecord.SUPERVISOR_FIELD, SampleSessionRecord.SUPERVISEE_FIELD);
            assertThat(signatures.getSignatureNames()).isEmpty();
            PdfArray annotations = pdf.getLastPage().getPdfObject().getAsArray(PdfName.Annots);
            assertThat(annotations).as("both widgets sit on the page with the signature blocks").hasSize(2);
            for (PdfObject annotation : annotations) {
                PdfArray rectangle = ((PdfDictionary) annotation).getAsArray(PdfName.Rect);
                float width = rectangle.getAsNumber(2).floatValue() - rectangle.getAsNumber(0).floatValue();
                float height = rectangle.getAsNumber(3).floatValue() - rectangle.getAsNumber(1).floatValue();
                assertThat(width).isGreaterThan(150f);
                assertThat(height).isGreaterThan(40f);
                // Printable, and with its own appearance (the "to be signed by" hint) as PDF/A asks.
                assertThat(((PdfDictionary) annotation).getAsNumber(PdfName.F).intValue() & 4).isEqualTo(4);
                assertThat(((PdfDictionary) annotation).getAsDictionary(PdfName.AP).getAsStream(PdfName.N)).isNotNull();
            }
        }
    }

    @Test
    void drawsTheDrawnSignaturesIntoTheirBlocks() {
        try (PdfDocument pdf = PdfReading.open(RENDERER.render(SampleSessionRecord.signedInPerson()))) {
            PdfDictionary images = pdf.getLastPage().getResources().getResource(PdfName.XObject);
            long drawn = images.keySet().stream()
                    .filter(name -> PdfName.Image.equals(images.getAsStream(name).getAsName(PdfName.Subtype)))
                    .count();
            assertThat(drawn).isEqualTo(2);
            assertThat(new SignatureUtil(pdf).getBlankSignatureNames()).isEmpty();
        }
    }

    @Test
    void printsEmptyAnswersAsNotRecordedAndReplacesCharactersTheFontCannotDraw() {
        RecordDocument record = new RecordDocument(SampleRecords.header(RecordType.WELFARE), List.of(),
                List.of(DocumentSection.of("Welfare",
                        new ShortTextField("Leave", ""),
                        new YesNoField("Occupational health referral", null),
                        new DateField("Return date", null),
                        new LongTextField("How are you", "Much better \u6F22 thank you\tand rested"))),
                List.of(), Map.of());

        String text = PdfReading.allText(RENDERER.render(record));

        assertThat(text).contains("Not recorded").contains("Much better ? thank you    and rested");
        assertThat(text.split("Not recorded", -1)).hasSize(4);
    }

    @Test
    void aPaperRecordGetsBlankLinesToSignByHand() {
        RecordDocument record = new RecordDocument(SampleRecords.header(RecordType.OBSERVATION), List.of(),
                List.of(DocumentSection.of("Observation", new DateField("Date", LocalDate.of(2026, 10, 1)))),
                List.of(new SignatureBlock(new Party("Observer", "Alex Morgan", "Team manager"), new HandSignature())),
                Map.of());

        byte[] pdf = RENDERER.render(record);

        assertThat(PdfReading.allText(pdf)).contains("Observer", "Alex Morgan", "Signature", "Date");
        try (PdfDocument document = PdfReading.open(pdf)) {
            assertThat(new SignatureUtil(document).getBlankSignatureNames()).isEmpty();
        }
    }

    @Test
    void refusesADrawnSignatureThatIsNotAnImageNamingWhoseItIs() {
        RecordDocument record = new RecordDocument(SampleRecords.header(RecordType.INDIVIDUAL), List.of(), List.of(),
                List.of(new SignatureBlock(new Party("Supervisee", "Priya Shah", "Social worker"),
                        new DrawnSignature("not a picture".getBytes(StandardCharsets.US_ASCII), LocalDate.of(2026, 11, 23)))),
                Map.of());

        assertThatThrownBy(() -> RENDERER.render(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Priya Shah")
                .hasMessageContaining("sign again");
    }
}
