package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.supervisiondesk.policy.compliance.AuditPrefill;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** The supervision file audit (Sandwell App. 7), whose checklist the app pre-fills. */
class AuditTemplatesTest {
    static final List<String> PACKS = PolicyPackLoader.BUNDLED_IDS;
    private final TemplateLoader loader = new TemplateLoader();

    @ParameterizedTest
    @ValueSource(strings = {"audit", "audit-sandwell"})
    void every_audit_has_the_app_7_rows_a_judgement_a_summary_and_actions(String key) throws Exception {
        RecordTemplate audit = loader.bundled(key);

        assertThat(audit.recordType()).isEqualTo(RecordTypes.AUDIT);
        assertThat(audit.sessionKind()).isEmpty();
        TemplateAssertions.assertType(audit, "auditor", FieldType.PERSON);
        assertThat(audit.field("overallJudgement")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CHOICE);
            assertThat(f.required()).isTrue();
            assertThat(f.options()).containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
        });
        TemplateAssertions.assertType(audit, "auditorSummary", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(audit, "actions", FieldType.ACTIONS);
        assertThat(TemplateAssertions.checklistItems(audit)).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(i -> assertThat(i.length()).as(i).isLessThan(90));
        assertThat(TemplateAssertions.keys(audit)).containsSubsequence("contract", "welfare", "timescales", "recording",
                "childsJourney", "reflectivePractice", "audits", "appraisal", "disagreement", "asye", "capability",
                "probation");
    }

    @ParameterizedTest
    @FieldSource("PACKS")
    void every_pack_is_offered_one_audit(String pack) throws Exception {
        assertThat(loader.offeredFor(pack, RecordTypes.AUDIT)).as(pack).hasSize(1);
    }

    @Test
    void sandwell_gets_its_own_audit_and_the_rest_the_general_one() throws Exception {
        assertThat(loader.offeredFor("sandwell", RecordTypes.AUDIT).get(0).key()).isEqualTo("audit-sandwell");
        assertThat(loader.offeredFor("bedford-borough", RecordTypes.AUDIT).get(0).key()).isEqualTo("audit");
    }

    @Test
    void the_items_the_app_prefills_are_worded_as_in_the_audit_templates() throws Exception {
        assertThat(TemplateAssertions.checklistItems(loader.bundled("audit"))).containsAll(AuditPrefill.ITEMS);
        assertThat(TemplateAssertions.checklistItems(loader.bundled("audit-sandwell")))
                .containsAll(AuditPrefill.ITEMS.stream().filter(i -> !i.equals(AuditPrefill.OBSERVATIONS)).toList())
                .doesNotContain(AuditPrefill.OBSERVATIONS);
    }
}
