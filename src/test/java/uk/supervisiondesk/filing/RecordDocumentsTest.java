package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.pdf.RecordDocument;
import uk.supervisiondesk.pdf.RecordPdfRenderer;
import uk.supervisiondesk.pdf.RecordType;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.testing.TestData;

/** Every shipped form, filled in, renders with every section and label, and its data in record.json. */
class RecordDocumentsTest {
    private static final Supervisee JO = TestData.fullSupervisee("E1042", "Jo", "Bloggs").withId(7);
    private static final FilingLetterhead LETTERHEAD = new FilingLetterhead("Sefton Council Children's Services",
            "Sefton Council Children's Services", "Alex Morgan");
    private static final RecordPdfRenderer RENDERER = new RecordPdfRenderer();

    static Stream<RecordTemplate> everyTemplate() throws Exception {
        return new TemplateLoader().allBundled().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void everyShippedFormRendersEverySectionAndFieldAndReadsBack(RecordTemplate template) throws Exception {
        SupervisionRecord record = FilledRecords.complete(template, JO.id()).withId(3);

        RecordDocument document = RecordDocuments.of(template, record, JO, FilledRecords.actions(JO.id(), 3L),
                List.of(), LETTERHEAD, SignatureMarks.onPaper("For signing on paper"));
        byte[] pdf = RENDERER.render(document);

        // Every field's label, in the template's order (a question pair leads with its label too).
        List<String> labels = document.sections().stream().flatMap(s -> s.items().stream())
                .map(RecordDocumentsTest::label).toList();
        List<String> fieldLabels = template.fields().map(f -> f.label()).toList();
        int at = -1;
        for (String fieldLabel : fieldLabels) {
            int found = -1;
            for (int i = at + 1; i < labels.size() && found < 0; i++) {
                if (labels.get(i).startsWith(fieldLabel)) {
                    found = i;
                }
            }
            assertThat(found).as("label '" + fieldLabel + "' after item " + at + " in " + labels).isGreaterThan(at);
            at = found;
        }
        String text = PdfText.of(pdf);
        assertThat(text).contains(template.title(), "Sefton Council Children's Services", "Jo Bloggs", "E1042",
                "20/11/2026", "Page 1 of " + PdfText.pages(pdf), "Signatures");
        template.sections().forEach(s -> assertThat(text).as("section " + s.key()).contains(PdfText.spaced(s.heading())));
        template.fields().filter(f -> f.type() == FieldType.LONG_TEXT)
                .forEach(f -> assertThat(text).as("text of " + f.key()).contains("Notes for " + f.key()));
        assertThat(text).doesNotContain("Not recorded");

        Map<String, Object> json = PdfText.recordJson(pdf);
        assertThat(json).containsEntry("type", template.recordType())
                .containsEntry("employeeNumber", "E1042")
                .containsEntry("date", "2026-11-20")
                .containsEntry("version", 1)
                .containsEntry("status", "For signing on paper")
                .containsEntry("policyPack", "Sefton Council Children's Services")
                .containsEntry("formTitle", template.title());
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) json.get("fields");
        template.fields().forEach(f -> assertThat(fields).as(f.key()).containsKey(f.key()));
    }

    private static String label(uk.supervisiondesk.pdf.SectionItem item) {
        if (item instanceof uk.supervisiondesk.pdf.ShortTextField f) {
            return f.label();
        } else if (item instanceof uk.supervisiondesk.pdf.LongTextField f) {
            return f.label();
        } else if (item instanceof uk.supervisiondesk.pdf.YesNoField f) {
            return f.label();
        } else if (item instanceof uk.supervisiondesk.pdf.DateField f) {
            return f.label();
        }
        return ((uk.supervisiondesk.pdf.TableBlock) item).title();
    }

    @Test
    void eachFieldTypePrintsSensibly() throws Exception {
        RecordTemplate welfare = new TemplateLoader().bundled("welfare-sefton");
        SupervisionRecord record = FilledRecords.complete(welfare, JO.id()).withId(3);

        String text = PdfText.of(render(welfare, record, List.of()));

        assertThat(text).contains("Feelings: How are you feeling at the moment?", "Answer to feeling",
                "Supervisor's comment", "Comment on feeling", "Carried", "15/01/2027", "Waiting for a place",
                "30/10/2026",
                "Book the training", "18/12/2026");
        RecordTemplate agreement = new TemplateLoader().bundled("agreement-default");
        String agreementText = PdfText.of(render(agreement, FilledRecords.complete(agreement, JO.id()).withId(3),
                List.of()));
        assertThat(agreementText).contains("Every 2 weeks", "Fri 18/12/2026", "Fri 15/01/2027", "(2 dates)",
                "Sam Okonjo, Service Manager");
        RecordTemplate group = new TemplateLoader().bundled("group");
        String groupText = PdfText.of(render(group, FilledRecords.complete(group, JO.id()).withId(3), List.of()));
        assertThat(groupText).contains("Kim Lee", "Senior Social Worker");
        RecordTemplate individual = new TemplateLoader().bundled("individual");
        String individualText = PdfText.of(render(individual, FilledRecords.complete(individual, JO.id()).withId(3),
                List.of()));
        assertThat(individualText).contains("Cases discussed LCS 1", "Discussion of LCS 1",
                "Decisions about LCS 1", "Decisions text for cases");
    }

    @Test
    void emptyFieldsSayNotRecordedAndAnEmptyActionsTableSaysSo() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("individual");
        SupervisionRecord empty = new SupervisionRecord(3L, JO.id(), "individual", "individual",
                LocalDate.of(2026, 11, 20), null, RecordStatus.COMPLETE, 1, Map.of(), null);

        byte[] pdf = RENDERER.render(RecordDocuments.of(template, empty, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.onPaper("Complete")));

        String text = PdfText.of(pdf);
        assertThat(text).contains("Not recorded", "No actions were agreed.", "No earlier actions were open.");
        assertThat(text.split("Not recorded", -1).length - 1).isGreaterThan(20);
    }

    @Test
    void thePersonalNoteIsLeftOutUnlessAskedFor() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("welfare");
        SupervisionRecord record = FilledRecords.complete(template, JO.id()).withId(3);
        String note = "Mentioned a family bereavement; check in next month.";

        byte[] standard = RENDERER.render(RecordDocuments.of(template, record, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.remote(), DocumentOptions.STANDARD.correcting("")));
        byte[] withNote = RENDERER.render(RecordDocuments.of(template, record, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.remote(), DocumentOptions.STANDARD.includingPersonalNote(note)));

        assertThat(PdfText.of(standard)).doesNotContain("bereavement").doesNotContain("Personal note");
        assertThat(PdfText.recordJson(standard).toString()).doesNotContain("bereavement");
        assertThat(PdfText.of(withNote)).contains("Personal note (confidential", note);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) PdfText.recordJson(withNote).get("fields");
        assertThat(fields).containsEntry("personalNote", note);
    }

    @Test
    void disagreementsAreAppendedAndTheActionsCarryWhereTheyStand() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("individual");
        SupervisionRecord record = FilledRecords.complete(template, JO.id()).withId(3);
        List<ActionItem> actions = List.of(
                ActionItem.open(JO.id(), 3L, "Book the training", "Jo", LocalDate.of(2026, 12, 18)),
                ActionItem.open(JO.id(), 3L, "Update the chronology", "Jo", null)
                        .closed(ActionStatus.DONE, "", LocalDate.of(2026, 12, 2), 9L));
        List<DisagreementRow> disagreements = List.of(new DisagreementRow(1L, 3, "Supervisee",
                "The workload summary leaves out the court work.", LocalDate.of(2026, 11, 21)));

        byte[] pdf = RENDERER.render(RecordDocuments.of(template, record, JO, actions, disagreements, LETTERHEAD,
                SignatureMarks.onPaper("Complete")));

        String text = PdfText.of(pdf);
        assertThat(text).contains("Disagreements recorded", "21/11/2026", "The workload summary leaves out the court work.",
                "Done", "02/12/2026", "No date");
        assertThat(text.indexOf("Disagreements recorded")).isGreaterThan(text.indexOf("Actions agreed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) PdfText.recordJson(pdf).get("fields");
        assertThat(fields.get("actions").toString()).contains("status=DONE", "closedOn=2026-12-02", "status=OPEN");
        assertThat(fields.get("disagreements").toString()).contains("court work", "2026-11-21");
    }

    @Test
    void aSessionsReflectionTravelsInRecordJsonAsItIs() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("individual");
        Map<String, Object> values = new LinkedHashMap<>(FilledRecords.values(template));
        values.put("reflection", Map.of("stages", List.of("experience", "plan"), "functions", List.of("support")));
        SupervisionRecord record = FilledRecords.complete(template, JO.id()).withValues(values, null).withId(3);

        RecordDocument document = RecordDocuments.of(template, record, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.remote());

        assertThat(document.recordFields()).containsEntry("reflection", values.get("reflection"));
        assertThat(document.header().type()).isEqualTo(RecordType.INDIVIDUAL);
        assertThat(document.signatures()).hasSize(2);
    }

    @Test
    void aCasePresentationIsARecordTypeOfItsOwn() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("case-presentation-southwark");

        RecordDocument document = RecordDocuments.of(template, FilledRecords.complete(template, JO.id()).withId(3), JO,
                List.of(), List.of(), LETTERHEAD, SignatureMarks.onPaper("Complete"));

        assertThat(document.header().type()).isEqualTo(RecordType.CASE_PRESENTATION);
        assertThat(document.header().type().title()).isEqualTo("Case presentation");
    }

    @Test
    void aCorrectedVersionSaysWhatItCorrectsAndWhy() throws Exception {
        RecordTemplate template = new TemplateLoader().bundled("manager");
        SupervisionRecord v2 = new SupervisionRecord(3L, JO.id(), "manager", "manager", LocalDate.of(2026, 11, 20), null,
                RecordStatus.COMPLETE, 2, FilledRecords.values(template), null);

        byte[] pdf = RENDERER.render(RecordDocuments.of(template, v2, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.remote(), DocumentOptions.STANDARD.correcting("The date of the next session was wrong.")));

        assertThat(PdfText.of(pdf)).contains("Correction", "Version 2, replacing version 1, which is kept",
                "The date of the next session was wrong.", "Version 2");
        assertThat(PdfText.recordJson(pdf)).containsEntry("version", 2);
    }

    @Test
    void aRecordCannotBePrintedOnAnotherForm() throws Exception {
        RecordTemplate welfare = new TemplateLoader().bundled("welfare");
        SupervisionRecord individual = FilledRecords.complete(new TemplateLoader().bundled("individual"), JO.id());

        assertThatThrownBy(() -> RecordDocuments.of(welfare, individual, JO, List.of(), List.of(), LETTERHEAD,
                SignatureMarks.remote())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("individual");
    }

    @Test
    void everyFieldTypeHasAFilledValueInTheseTests() {
        for (FieldType type : FieldType.values()) {
            assertThat(FilledRecords.value(new uk.supervisiondesk.templates.TemplateField("k", "Label", type, "", false,
                    false, false, List.of("A", "B"), List.of("Item"), "Question?", ""))).as(type.name()).isNotNull();
        }
    }

    private static byte[] render(RecordTemplate template, SupervisionRecord record, List<DisagreementRow> disagreements) {
        return RENDERER.render(RecordDocuments.of(template, record, JO, FilledRecords.actions(JO.id(), 3L),
                disagreements, LETTERHEAD, SignatureMarks.onPaper("Complete")));
    }
}
