package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shipped template holds the fields of the policy form it follows, in the policy's order.
 * The comments name the appendix being checked against.
 */
class TemplateCoverageTest {
    private final TemplateLoader loader = new TemplateLoader();

    @Test
    void sefton_agreement_covers_app_1_and_what_8_1_says_it_must() throws Exception {
        RecordTemplate agreement = loader.bundled("agreement-sefton");

        assertThat(keys(agreement)).containsSubsequence("supervisee", "supervisor", "workloadTasks", "developmentTasks",
                "format", "interruptions", "frequency", "duration", "venue", "recordingMethod", "recordedBy",
                "whoMaySee", "agenda", "superviseeWants", "superviseeContributes", "supervisorWants",
                "supervisorContributes", "supervisorResponsibilities", "superviseeResponsibilities", "otherIssues",
                "disagreementRoute", "seniorManager", "relationshipBreakdown", "schedule", "reviewDate");
        assertThat(agreement.field("seniorManager")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.PERSON);
            assertThat(f.required()).isTrue();
        });
        assertThat(agreement.field("duration")).map(TemplateField::type).contains(FieldType.NUMBER);
        // Sefton 8.1: format, frequency and dates, key tasks, who sees records, the disagreement route with a
        // named manager, the review date, and the roles of both.
        assertThat(agreement.fields().filter(TemplateField::required).map(TemplateField::key)).contains("format",
                "frequency", "schedule", "workloadTasks", "whoMaySee", "seniorManager", "reviewDate",
                "supervisorResponsibilities", "superviseeResponsibilities");
    }

    @Test
    void blackpool_agreement_covers_app_2_including_permissions_and_repairing_the_relationship() throws Exception {
        RecordTemplate agreement = loader.bundled("agreement-blackpool");

        assertThat(keys(agreement)).containsSubsequence("supervisee", "supervisor", "frequency", "duration", "venue",
                "agenda", "superviseeBrings", "supervisorExpects", "superviseeExpects", "relationshipFactors",
                "permissions", "moreSupport", "notWorking", "relationshipBreakdown", "recordedBy", "childRecordBy",
                "betweenSessions", "otherIssues", "reviewDate");
    }

    @Test
    void sandwell_contract_covers_app_1_and_names_the_intermediary() throws Exception {
        RecordTemplate agreement = loader.bundled("agreement-sandwell");

        assertThat(keys(agreement)).containsSubsequence("supervisee", "superviseeTeam", "supervisor", "supervisorTeam",
                "supervisorsManager", "frequency", "duration", "venue", "schedule", "cancellation",
                "superviseeResponsibilities", "agenda", "performanceIssues", "disagreementRoute", "intermediary",
                "whoMaySee", "difference", "recordingMethod", "personalSupport", "reviewDate");
        assertThat(agreement.field("intermediary")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.PERSON);
            assertThat(f.required()).isTrue();
        });
    }

    @Test
    void the_general_agreement_settles_the_relationship_expectations_agenda_and_readers() throws Exception {
        RecordTemplate agreement = loader.bundled("agreement-default");

        assertThat(agreement.authorities()).isEmpty();
        assertThat(keys(agreement)).contains("agenda", "superviseeBrings", "supervisorOffers", "whoMaySee",
                "disagreementRoute", "intermediary", "relationshipBreakdown", "interruptions", "recordedBy");
    }

    private static List<String> keys(RecordTemplate template) {
        return template.fields().map(TemplateField::key).toList();
    }

    private static List<String> sections(RecordTemplate template) {
        return template.sections().stream().map(TemplateSection::key).toList();
    }
}
