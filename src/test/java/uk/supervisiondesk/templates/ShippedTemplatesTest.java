package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** What every shipped template, and every pack's choice of them, must hold. */
class ShippedTemplatesTest {
    static final List<String> PACKS = PolicyPackLoader.BUNDLED_IDS;
    private static final Path FOLDER = Path.of("resources/templates");
    private final TemplateLoader loader = new TemplateLoader();

    @Test
    void every_shipped_template_loads_under_its_own_file_name() throws Exception {
        List<RecordTemplate> all = loader.allBundled();

        assertThat(all).extracting(RecordTemplate::key).containsExactlyElementsOf(loader.bundledKeys());
        for (RecordTemplate template : all) {
            assertThat(loader.bundled(template.key())).isEqualTo(template);
            assertThat(loader.fromFile(FOLDER.resolve(template.key() + ".yaml"))).isEqualTo(template);
        }
    }

    @Test
    void the_index_lists_every_template_file_in_the_folder_once() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).toList();
        }

        assertThat(loader.bundledKeys()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void every_template_says_what_it_is_for_and_where_it_comes_from() throws Exception {
        for (RecordTemplate template : loader.allBundled()) {
            assertThat(template.help()).as("help of %s", template.key()).isNotBlank();
            assertThat(template.source()).as("source of %s", template.key()).isNotBlank();
            assertThat(template.sections()).as("sections of %s", template.key()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.fields()).isNotEmpty());
        }
    }

    @ParameterizedTest
    @FieldSource("PACKS")
    void every_pack_is_offered_an_agreement_an_individual_record_a_welfare_record_and_a_group_record(String pack)
            throws Exception {
        for (String recordType : List.of(RecordTypes.AGREEMENT, RecordTypes.INDIVIDUAL, RecordTypes.MANAGER,
                RecordTypes.WELFARE, RecordTypes.GROUP)) {
            assertThat(loader.offeredFor(pack, recordType)).as("%s for %s", recordType, pack).hasSize(1)
                    .allSatisfy(t -> assertThat(t.offeredUnder(pack)).isTrue());
        }
    }

    @Test
    void an_authority_gets_its_own_form_instead_of_the_general_one() throws Exception {
        assertThat(chosen("sefton", RecordTypes.AGREEMENT)).isEqualTo("agreement-sefton");
        assertThat(chosen("blackpool", RecordTypes.AGREEMENT)).isEqualTo("agreement-blackpool");
        assertThat(chosen("sandwell", RecordTypes.AGREEMENT)).isEqualTo("agreement-sandwell");
        assertThat(chosen("southwark", RecordTypes.AGREEMENT)).isEqualTo("agreement-default");
        assertThat(chosen("bedford-borough", RecordTypes.AGREEMENT)).isEqualTo("agreement-default");
        assertThat(chosen("england-default", RecordTypes.AGREEMENT)).isEqualTo("agreement-default");

        assertThat(chosen("sefton", RecordTypes.WELFARE)).isEqualTo("welfare-sefton");
        assertThat(chosen("blackpool", RecordTypes.WELFARE)).isEqualTo("welfare-blackpool");
        assertThat(chosen("sandwell", RecordTypes.WELFARE)).isEqualTo("welfare");

        assertThat(chosen("southwark", RecordTypes.GROUP)).isEqualTo("group-southwark");
        assertThat(chosen("sandwell", RecordTypes.GROUP)).isEqualTo("group");
        for (String pack : PACKS) {
            assertThat(chosen(pack, RecordTypes.INDIVIDUAL)).isEqualTo("individual");
        }
    }

    @Test
    void authority_only_forms_are_offered_to_that_authority_alone() throws Exception {
        assertThat(loader.offeredFor("blackpool", RecordTypes.REFLECTIVE_CASE)).extracting(RecordTemplate::key)
                .containsExactly("reflective-case-blackpool");
        assertThat(loader.offeredFor("sefton", RecordTypes.REFLECTIVE_CASE)).isEmpty();
        assertThat(loader.offeredFor("southwark", RecordTypes.CASEWORK)).extracting(RecordTemplate::key)
                .containsExactly("casework-southwark");
        assertThat(loader.offeredFor("sandwell", RecordTypes.CASEWORK)).isEmpty();
        assertThat(loader.offeredFor("southwark", RecordTypes.CASE_PRESENTATION)).extracting(RecordTemplate::key)
                .containsExactly("case-presentation-southwark");
        assertThat(loader.offeredFor("southwark").keySet()).containsExactly(RecordTypes.AGREEMENT,
                RecordTypes.INDIVIDUAL, RecordTypes.MANAGER, RecordTypes.WELFARE, RecordTypes.CASEWORK,
                RecordTypes.GROUP, RecordTypes.CASE_PRESENTATION, RecordTypes.OBSERVATION, RecordTypes.ASYE_TRACKER,
                RecordTypes.AUDIT);
    }

    @Test
    void session_records_count_as_their_own_kind_and_other_records_as_none() throws Exception {
        for (RecordTemplate template : loader.allBundled()) {
            assertThat(template.sessionKind()).as("session kind of %s", template.key())
                    .isEqualTo(SessionKind.fromKey(template.recordType()));
        }
    }

    @Test
    void every_agreement_has_its_parties_frequency_dates_review_agenda_and_readers() throws Exception {
        List<RecordTemplate> agreements = loader.allBundled().stream()
                .filter(t -> t.recordType().equals(RecordTypes.AGREEMENT)).toList();

        assertThat(agreements).extracting(RecordTemplate::key).containsExactly("agreement-default",
                "agreement-sefton", "agreement-blackpool", "agreement-sandwell");
        for (RecordTemplate agreement : agreements) {
            assertType(agreement, "supervisor", FieldType.PERSON);
            assertType(agreement, "supervisee", FieldType.PERSON);
            assertType(agreement, "frequency", FieldType.FREQUENCY);
            assertType(agreement, "schedule", FieldType.SCHEDULE);
            assertType(agreement, "reviewDate", FieldType.DATE);
            assertType(agreement, "agenda", FieldType.LONG_TEXT);
            assertType(agreement, "whoMaySee", FieldType.LONG_TEXT);
            assertType(agreement, "relationshipBreakdown", FieldType.LONG_TEXT);
            assertThat(agreement.fields().filter(TemplateField::required).map(TemplateField::key))
                    .as("required in %s", agreement.key())
                    .contains("supervisor", "supervisee", "frequency", "schedule", "reviewDate");
            assertThat(agreement.fields()).as("agreements carry no actions")
                    .noneMatch(f -> f.type() == FieldType.ACTIONS || f.type() == FieldType.ACTION_REVIEW);
        }
    }

    @Test
    void every_session_record_reviews_earlier_actions_agrees_new_ones_and_makes_room_to_reflect()
            throws Exception {
        for (RecordTemplate template : loader.allBundled()) {
            if (template.sessionKind().isEmpty()) {
                continue;
            }
            assertThat(template.fields().filter(f -> f.type() == FieldType.ACTION_REVIEW)).as("review in %s", template.key()).hasSize(1);
            assertThat(template.fields().filter(f -> f.type() == FieldType.ACTIONS)).as("actions in %s", template.key()).hasSize(1);
            // Sefton App. 3 has no free discussion: the supervisee's answers to its questions are the reflection.
            boolean builtOfQuestions = template.fields().anyMatch(f -> f.type() == FieldType.QUESTION_PAIR);
            assertThat(template.fields().anyMatch(TemplateField::reflective) || builtOfQuestions)
                    .as("reflective field in %s", template.key()).isTrue();
        }
    }

    @Test
    void the_app_keeps_the_session_date_and_signatures_so_no_template_asks_for_them() throws Exception {
        for (RecordTemplate template : loader.allBundled()) {
            assertThat(template.fields().map(TemplateField::key)).as("fields of %s", template.key())
                    .doesNotContain("date", "sessionDate", "recordDate", "signature", "signedBy", "supervisorSignature",
                            "superviseeSignature");
        }
    }

    @Test
    void a_child_is_only_ever_asked_for_by_case_number() throws Exception {
        for (RecordTemplate template : loader.allBundled()) {
            template.fields().forEach(f -> assertThat(f.label().toLowerCase())
                    .as("%s in %s", f.key(), template.key())
                    .doesNotContain("child's name", "name of the child", "names of children", "date of birth"));
            template.fields().filter(f -> f.key().toLowerCase().contains("casereference"))
                    .forEach(f -> assertThat(f.type()).as("%s in %s", f.key(), template.key())
                            .isEqualTo(FieldType.CASE_REFERENCE));
        }
    }

    @Test
    void the_readme_describes_every_field_type_record_type_and_shipped_template() throws IOException, TemplateException {
        String readme = Files.readString(FOLDER.resolve("README.md"));

        for (FieldType type : FieldType.values()) {
            assertThat(readme).contains("| `" + type.key() + "` |");
        }
        for (String recordType : RecordTypes.ALL) {
            assertThat(readme).contains("`" + recordType + "`");
        }
        for (String key : loader.bundledKeys()) {
            assertThat(readme).contains("| `" + key + ".yaml` |");
        }
    }

    private String chosen(String pack, String recordType) throws TemplateException {
        List<RecordTemplate> offered = loader.offeredFor(pack, recordType);
        assertThat(offered).as("%s for %s", recordType, pack).isNotEmpty();
        return offered.get(0).key();
    }

    private static void assertType(RecordTemplate template, String fieldKey, FieldType type) {
        assertThat(template.field(fieldKey)).as("%s in %s", fieldKey, template.key())
                .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(type));
    }
}
