package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each shipped template holds the fields of the policy form it follows, in the policy's order.
 * The comments name the appendix being checked against.
 */
class TemplateCoverageTest {
    private final TemplateLoader loader = new TemplateLoader();

    @Test
    void sefton_welfare_asks_the_six_questions_of_app_3_then_reviews_and_sets_actions() throws Exception {
        RecordTemplate welfare = loader.bundled("welfare-sefton");

        assertThat(welfare.authorities()).containsExactly("sefton");
        assertThat(keys(welfare)).containsExactly("lastSessionDate", "gapReason", "feeling", "managingWork",
                "workLifeBalance", "supportWanted", "development", "timeAway", "actionReview", "actions");
        List<TemplateField> pairs = welfare.fields().filter(f -> f.type() == FieldType.QUESTION_PAIR).toList();
        assertThat(pairs).hasSize(6).allSatisfy(pair -> {
            assertThat(pair.question()).endsWith("?");
            assertThat(pair.preparedBySupervisee()).isTrue();
        });
        assertThat(welfare.field("lastSessionDate")).map(TemplateField::type).contains(FieldType.LAST_SESSION_DATE);
        assertThat(welfare.field("gapReason")).map(TemplateField::type).contains(FieldType.GAP_REASON);
        assertThat(welfare.field("actionReview")).map(TemplateField::type).contains(FieldType.ACTION_REVIEW);
        assertThat(welfare.field("actions")).map(TemplateField::type).contains(FieldType.ACTIONS);
    }

    @Test
    void the_individual_record_follows_sandwell_app_4_item_by_item() throws Exception {
        RecordTemplate individual = loader.bundled("individual");

        assertThat(individual.authorities()).isEmpty();
        assertThat(sections(individual)).containsExactly("welcome", "lastSupervision", "workload", "caseDiscussion",
                "reflectivePractice", "performance", "welfare", "otherBusiness", "actionsAgreed", "nextMeeting");
        assertThat(individual.field("actionReview")).map(TemplateField::type).contains(FieldType.ACTION_REVIEW);
        assertThat(individual.field("cases")).map(TemplateField::type).contains(FieldType.CASES);
        assertThat(individual.field("reflectiveDiscussion")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.LONG_TEXT);
            assertThat(f.reflective()).isTrue();
        });
        assertThat(individual.field("actions")).map(TemplateField::type).contains(FieldType.ACTIONS);
        assertThat(individual.sections().get(9).fields()).extracting(TemplateField::type)
                .containsExactly(FieldType.DATE, FieldType.TIME, FieldType.SHORT_TEXT);
        assertThat(individual.fields().filter(TemplateField::preparedBySupervisee).map(TemplateField::key))
                .contains("agenda", "workload", "cases", "otherBusiness");
    }

    @Test
    void the_manager_record_follows_sandwell_app_5_item_by_item() throws Exception {
        RecordTemplate manager = loader.bundled("manager");

        assertThat(sections(manager)).containsExactly("welcome", "lastSupervision", "staffing", "workload",
                "specificCases", "budgets", "complaintsCompliments", "performance", "welfare", "otherBusiness",
                "actionsAgreed", "nextMeeting");
        assertThat(manager.field("cases")).map(TemplateField::type).contains(FieldType.CASES);
    }

    @Test
    void group_supervision_records_who_was_there_and_three_separate_learning_points() throws Exception {
        RecordTemplate group = loader.bundled("group");

        assertThat(group.authorities()).isEmpty();
        assertThat(group.field("attendees")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.ATTENDEES);
            assertThat(f.required()).isTrue();
        });
        assertThat(keys(group)).containsSubsequence("attendees", "agenda", "summary", "reflections",
                "learningPoint1", "learningPoint2", "learningPoint3", "actions");
        assertThat(group.sections().stream().filter(s -> s.key().equals("learning")).findFirst().orElseThrow().fields())
                .hasSize(3).allSatisfy(f -> assertThat(f.type()).isEqualTo(FieldType.LONG_TEXT));
    }

    @Test
    void southwark_group_supervision_follows_app_c_with_case_numbers_for_names() throws Exception {
        RecordTemplate group = loader.bundled("group-southwark");

        assertThat(keys(group)).containsSubsequence("caseReferences", "legalStatus", "leadSocialWorker", "attendees",
                "presentation", "childLastSeen", "childViews", "actionReview", "reflectiveDiscussion", "plan", "actions",
                "lastVisitDate", "nextStatutoryTask", "nextGroupSupervisionDate");
        assertThat(group.field("caseReferences")).map(TemplateField::type).contains(FieldType.CASE_REFERENCE);
        assertThat(group.field("legalStatus")).map(TemplateField::options).hasValueSatisfying(o ->
                assertThat(o).hasSize(6));
    }

    @Test
    void blackpool_reflective_case_supervision_has_the_eight_headlines_of_app_3_in_order() throws Exception {
        RecordTemplate reflective = loader.bundled("reflective-case-blackpool");

        assertThat(reflective.authorities()).containsExactly("blackpool");
        assertThat(sections(reflective)).containsExactly("child", "previousActions", "lifeForTheChild", "goingWell",
                "worries", "reflectionAndAnalysis", "whatHasChanged", "practiceStandards", "nextSteps");
        assertThat(reflective.fields().filter(f -> f.type() == FieldType.CASE_REFERENCE).map(TemplateField::key))
                .containsExactly("caseReference", "siblingReferences");
        assertThat(reflective.field("caseReference")).map(TemplateField::required).contains(true);
        assertThat(reflective.field("reflectionAndAnalysis")).map(TemplateField::reflective).contains(true);
    }

    @Test
    void southwark_casework_supervision_is_activity_analysis_action() throws Exception {
        RecordTemplate casework = loader.bundled("casework-southwark");

        assertThat(casework.authorities()).containsExactly("southwark");
        assertThat(sections(casework)).containsExactly("case", "activity", "analysis", "action");
        assertThat(casework.field("caseReference")).map(TemplateField::type).contains(FieldType.CASE_REFERENCE);
        assertThat(casework.field("analysis")).map(TemplateField::reflective).contains(true);
        assertThat(casework.sections().get(3).fields()).extracting(TemplateField::type).containsExactly(FieldType.ACTIONS);
    }

    @Test
    void southwark_case_presentation_has_every_point_of_app_d_under_its_headings() throws Exception {
        RecordTemplate checklist = loader.bundled("case-presentation-southwark");

        assertThat(checklist.sessionKind()).isEmpty();
        assertThat(sections(checklist)).containsExactly("case", "newCase", "reviewCase", "reflectiveDiscussion",
                "plan", "performance");
        assertThat(checklist.fields().filter(f -> f.type() == FieldType.CHECKLIST))
                .extracting(TemplateField::key, f -> f.items().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("caseSummary", 12),
                        org.assertj.core.groups.Tuple.tuple("currentPlan", 4),
                        org.assertj.core.groups.Tuple.tuple("reviewDiscussion", 8),
                        org.assertj.core.groups.Tuple.tuple("reflectiveDiscussion", 11),
                        org.assertj.core.groups.Tuple.tuple("planChecks", 10),
                        org.assertj.core.groups.Tuple.tuple("performanceChecks", 8));
    }

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

    @Test
    void welfare_records_are_prepared_by_the_supervisee_and_reflective() throws Exception {
        for (String key : List.of("welfare", "welfare-blackpool", "welfare-sefton")) {
            RecordTemplate welfare = loader.bundled(key);
            assertThat(welfare.sessionKind()).map(k -> k.key()).contains("welfare");
            assertThat(welfare.fields().filter(TemplateField::preparedBySupervisee)).as(key).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(loader.bundled("welfare-blackpool").authorities()).isEqualTo(Set.of("blackpool"));
        assertThat(loader.bundled("welfare").authorities()).isEmpty();
    }

    private static List<String> keys(RecordTemplate template) {
        return template.fields().map(TemplateField::key).toList();
    }

    private static List<String> sections(RecordTemplate template) {
        return template.sections().stream().map(TemplateSection::key).toList();
    }
}
