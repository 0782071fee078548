package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordDocumentTest {
    private static final Party SUPERVISEE = new Party("Supervisee", "Priya Shah", "Social worker");

    @Test
    void refusesTwoBlocksSigningTheSameField() {
        List<SignatureBlock> blocks = List.of(
                new SignatureBlock(SUPERVISEE, new DigitalSignatureField("signature")),
                new SignatureBlock(new Party("Supervisor", "Alex Morgan", "Team manager"), new DigitalSignatureField("signature")));

        assertThatThrownBy(() -> new RecordDocument(SampleRecords.header(RecordType.AGREEMENT), List.of(), List.of(), blocks, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature");
    }

    @Test
    void signatureFieldNamesCannotNestUnderOtherFields() {
        assertThatThrownBy(() -> new DigitalSignatureField("supervisee.signature")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigitalSignatureField("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DigitalSignatureField("supervisee-signature_2").fieldName()).isEqualTo("supervisee-signature_2");
    }

    @Test
    void everyTableRowHasOneCellPerColumn() {
        assertThatThrownBy(() -> new TableBlock("Attendees", List.of(new TableColumn("Name", 1)), List.of(List.of("A", "B")), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Attendees");
    }

    @Test
    void actionsWithoutADateSayNoDateWasAgreed() {
        TableBlock actions = TableBlock.actions("Actions", List.of(
                new ActionRow("Book course", "Priya Shah", LocalDate.of(2027, 1, 14), "Open"),
                new ActionRow("Protected recording time", "Both", null, null)));

        assertThat(actions.rows()).containsExactly(
                List.of("Book course", "Priya Shah", "14/01/2027", "Open"),
                List.of("Protected recording time", "Both", "No date agreed", ""));
    }

    @Test
    void recordFieldsKeepTheirOrderAndMayHoldNulls() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("zeta", 1);
        fields.put("alpha", null);
        RecordDocument record = new RecordDocument(SampleRecords.header(RecordType.AUDIT), List.of(), List.of(), List.of(), fields);

        assertThat(record.recordFields().keySet()).containsExactly("zeta", "alpha");
        assertThat(RecordJson.of(record)).contains("\"alpha\": null");
    }

    @Test
    void recordTypeKeysAreTheOnesRecordJsonPromises() {
        assertThat(List.of(RecordType.values()).stream().map(RecordType::key)).containsExactly(
                "agreement", "individual", "manager", "welfare", "reflective-case", "casework", "group",
                "case-presentation", "observation", "asye-tracker", "audit");
        assertThat(RecordType.fromKey("asye-tracker")).contains(RecordType.ASYE_TRACKER);
    }
}
