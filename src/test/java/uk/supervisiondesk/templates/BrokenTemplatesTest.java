package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.yaml.YamlProblem;

/** Each fixture under src/test/resources/templates-broken/ has exactly one fault, reported as file:line. */
class BrokenTemplatesTest {
    private final TemplateLoader loader = new TemplateLoader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.yaml                    | 13 | unknown key 'lable' in field 'workload'; allowed here: key, label, type,
            unknown-field-type.yaml             | 14 | unknown field type 'longtext' in field 'workload'; use one of: shortText, longText,
            unknown-record-type.yaml            | 4  | unknown record type 'supervision'; use one of: agreement, individual,
            duplicate-field-key.yaml            | 18 | the field key 'workload' is used twice in the template (first on line 12)
            duplicate-section-key.yaml          | 18 | the section key 'workload' is used twice in the template (first on line 9)
            missing-label.yaml                  | 12 | missing 'label' in field 'workload'
            empty-label.yaml                    | 13 | 'label' in field 'workload' has no value
            missing-heading.yaml                | 9  | missing 'heading' in section 'workload'
            choice-without-options.yaml         | 12 | field 'workload' is a choice and needs 'options'
            checklist-without-items.yaml        | 12 | field 'workload' is a checklist and needs 'items'
            question-pair-without-question.yaml | 12 | field 'workload' is a questionPair and needs 'question'
            options-on-long-text.yaml           | 15 | 'options' belongs only to a choice field; field 'workload' is longText
            reflective-short-text.yaml          | 15 | only a longText field can be reflective
            bad-flag.yaml                       | 15 | 'required' in field 'workload' must be true or false, not 'sometimes'
            session-kind-on-agreement.yaml      | 7  | 'sessionKind' belongs only to session records
            wrong-session-kind.yaml             | 7  | the sessionKind of an individual record is 'individual', not 'group'
            unknown-authority.yaml              | 8  | unknown authority 'sefton-council'; use policy pack ids: england-default, southwark,
            two-actions-fields.yaml             | 18 | a template may have only one actions field; 'actions' is a second one (the first is 'moreActions' on line 15)
            two-action-reviews.yaml             | 18 | a template may have only one actionReview field; 'reviewAgain' is a second one
            bad-format.yaml                     | 2  | format 2 is not known; this version reads format 1
            key-not-file-name.yaml              | 3  | the key 'individual' must be the file name without '.yaml' ('key-not-file-name')
            bad-syntax.yaml                     | 15 | the file is not valid YAML
            """)
    void a_broken_template_is_refused_naming_file_line_and_problem(String file, int line, String problem) {
        Path path = fixture(file);

        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> loader.fromFile(path));

        assertThat(refused).as("%s should be refused", file).isNotNull();
        assertThat(refused.problems()).as("one problem in %s", file).hasSize(1);
        YamlProblem only = refused.problems().get(0);
        assertThat(only.file()).isEqualTo(path.toString());
        assertThat(only.line()).isEqualTo(line);
        assertThat(only.toString()).startsWith(path + ":" + line + ": " + problem);
        assertThat(refused.getMessage()).isEqualTo(only.toString());
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        String yaml = """
                format: 1
                key: many-faults
                recordType: agreement
                title: x
                source: y
                authorities: [atlantis]
                sections:
                  - key: parties
                    heading: Between
                    fields:
                      - key: supervisor
                        label: Supervisor
                        type: persn
                      - key: format
                        label: Format
                        type: choice
                        options: [In person]
                      - key: Frequency
                        label: How often
                        type: frequency
                  - key: parties
                    fields:
                      - key: supervisor
                        label: Again
                        type: person
                """;

        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> loader.fromText(yaml, "many-faults.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "many-faults.yaml:6: unknown authority 'atlantis'; use policy pack ids: england-default, southwark, sefton, "
                        + "blackpool, bedford-borough, sandwell",
                "many-faults.yaml:13: unknown field type 'persn' in field 'supervisor'; use one of: shortText, longText, "
                        + "date, time, yesNo, choice, number, caseReference, questionPair, actions, actionReview, cases, "
                        + "attendees, checklist, schedule, frequency, person, gapReason, lastSessionDate",
                "many-faults.yaml:17: field 'format' needs at least 2 entries in 'options' (the answers to choose from)",
                "many-faults.yaml:18: the field key 'Frequency' must be one word in camelCase, such as 'nextMeeting'",
                "many-faults.yaml:21: the section key 'parties' is used twice in the template (first on line 8); "
                        + "each section needs its own key",
                "many-faults.yaml:21: missing 'heading' in section 'parties'",
                "many-faults.yaml:23: the field key 'supervisor' is used twice in the template (first on line 11); "
                        + "each field needs its own key");
    }

    @Test
    void an_empty_file_is_refused_on_line_one() {
        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> loader.fromText("", "e.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "e.yaml:1: the file is empty; a template needs at least 'format', 'key', 'recordType', 'title', "
                        + "'source' and 'sections'");
    }

    @Test
    void a_session_record_must_say_its_session_kind() {
        String yaml = """
                format: 1
                key: no-kind
                recordType: welfare
                title: x
                source: y
                sections:
                  - key: only
                    heading: Only
                    fields:
                      - key: notes
                        label: Notes
                        type: longText
                """;

        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> loader.fromText(yaml, "no-kind.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString)
                .containsExactly("no-kind.yaml:1: missing 'sessionKind' in the template");
    }

    @Test
    void text_read_from_somewhere_other_than_a_yaml_file_need_not_match_a_file_name() throws Exception {
        String yaml = """
                format: 1
                key: pasted-in
                recordType: case-presentation
                title: x
                source: Local form
                authorities: []
                sections:
                  - key: only
                    heading: Only
                    fields:
                      - key: checks
                        label: Checks
                        type: checklist
                        items: [Genogram]
                """;

        RecordTemplate read = loader.fromText(yaml, "pasted text");

        assertThat(read.key()).isEqualTo("pasted-in");
        assertThat(read.authorities()).isEmpty();
        assertThat(read.sessionKind()).isEmpty();
        assertThat(read.field("checks").orElseThrow().items()).containsExactly("Genogram");
    }

    @Test
    void asking_for_a_template_that_is_not_shipped_names_the_ones_that_are() {
        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> loader.bundled("atlantis"));

        assertThat(refused.getMessage()).startsWith("templates/atlantis.yaml:1: there is no shipped template called "
                + "'atlantis'; shipped templates: agreement-default, agreement-sefton,");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(BrokenTemplatesTest.class.getResource("/templates-broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
