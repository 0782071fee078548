package uk.supervisiondesk.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.yaml.YamlProblem;

/** Each broken fixture under src/test/resources/policies-broken/ has exactly one fault, reported as file:line. */
class BrokenPacksTest {
    private final PolicyPackLoader loader = new PolicyPackLoader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-role.yaml      | 9  | unknown role 'social-wroker'; use one of: social-worker,
            negative-interval.yaml | 10 | '-2 weeks' must be more than zero
            zero-interval.yaml     | 10 | '0 months' must be more than zero
            missing-source.yaml    | 9  | missing 'source' in a 'byRole' entry
            missing-section.yaml   | 1  | missing 'retention' in the pack
            unknown-key.yaml       | 10 | unknown key 'evrey' in a 'byRole' entry; allowed here: every, everySessionsWorked,
            unreadable-period.yaml | 10 | 'monthly' is not a period; write a number and a unit
            zero-deadline.yaml     | 17 | '0 working days' must be at least 1 working day
            bad-syntax.yaml        | 11 | the file is not valid YAML
            hyphenated-milestone.yaml | 20 | milestone key 'review-3-months' must be one word in camelCase
            """)
    void a_broken_pack_is_refused_naming_file_line_and_problem(String file, int line, String problem) throws Exception {
        Path path = fixture(file);

        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.fromFile(path));

        assertThat(refused).as("%s should be refused", file).isNotNull();
        assertThat(refused.problems()).as("one problem in %s", file).hasSize(1);
        YamlProblem only = refused.problems().get(0);
        assertThat(only.file()).isEqualTo(path.toString());
        assertThat(only.line()).isEqualTo(line);
        assertThat(only.toString()).startsWith(path + ":" + line + ": " + problem);
    }

    @Test
    void every_document_needs_exactly_one_place_in_the_supervision_file() throws Exception {
        String sandwell = loader.bundledText("sandwell");

        PolicyPackException twice = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText(
                sandwell.replace("holds: [audit]", "holds: [audit, agreement]"), "twice.yaml"));
        assertThat(twice.problems()).singleElement().asString()
                .contains("a document has one place in the file: agreement (already in section 10)");

        PolicyPackException nowhere = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText(
                sandwell.replace("holds: [audit]", "holds: []"), "nowhere.yaml"));
        assertThat(nowhere.problems()).extracting(YamlProblem::toString)
                .anyMatch(p -> p.contains("the list of documents is empty") || p.contains("no section holds audit"));
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        String yaml = """
                format: 2
                id: Two Faults
                name: x
                policy: y
                supervision:
                  silent: Not covered.
                  fallback: somewhere
                """;

        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText(yaml, "mine.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).contains(
                "mine.yaml:1: format 2 is not known; this version reads format 1",
                "mine.yaml:2: the id 'Two Faults' must be lower-case words joined by hyphens",
                "mine.yaml:7: 'fallback' must be none or default, not 'somewhere'",
                "mine.yaml:1: missing 'records' in the pack");
    }

    @Test
    void the_default_pack_may_not_fall_back_to_itself() {
        String yaml = """
                format: 1
                id: england-default
                name: x
                policy: y
                supervision:
                  silent: Not covered.
                  fallback: default
                """;

        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText(yaml, "d.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString)
                .contains("d.yaml:7: the default pack cannot fall back to itself; use 'fallback: none'");
    }

    @Test
    void a_role_given_two_frequencies_and_a_repeated_key_are_refused() {
        String yaml = """
                format: 1
                id: twice
                name: x
                name: y
                policy: y
                supervision:
                  countsAs: [individual]
                  source: T 1
                  byRole:
                    - roles: [team-manager]
                      every: 1 month
                      source: T 1
                    - roles: [team-manager]
                      every: 2 months
                      source: T 2
                """;

        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText(yaml, "t.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).contains(
                "t.yaml:4: 'name' appears twice in the pack; keep one",
                "t.yaml:13: role 'team-manager' already has a frequency earlier in 'byRole'");
    }

    @Test
    void an_empty_file_is_refused_on_line_one() {
        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.fromText("", "e.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString)
                .containsExactly("e.yaml:1: the file is empty; a pack needs at least 'format', 'id', 'name' and its sections");
    }

    @Test
    void a_failed_replacement_keeps_the_last_good_pack() throws Exception {
        PolicyPack sefton = loader.bundled("sefton");
        ActivePolicyPack active = new ActivePolicyPack(sefton);

        ActivePolicyPack.Outcome outcome = active.replaceWith(() -> loader.fromFile(fixture("unknown-role.yaml")));

        assertThat(outcome.replaced()).isFalse();
        assertThat(outcome.problems()).hasSize(1);
        assertThat(active.current()).isSameAs(sefton);
        assertThat(active.replaceWith(() -> loader.bundled("sandwell")).replaced()).isTrue();
        assertThat(active.current().id()).isEqualTo("sandwell");
    }

    @Test
    void asking_for_a_pack_that_is_not_shipped_names_the_ones_that_are() {
        PolicyPackException refused = catchThrowableOfType(PolicyPackException.class, () -> loader.bundled("atlantis"));

        assertThat(refused.getMessage()).isEqualTo("policies/atlantis.yaml:1: there is no shipped pack called 'atlantis'; "
                + "shipped packs: " + String.join(", ", List.of("england-default", "southwark", "sefton", "blackpool",
                "bedford-borough", "sandwell")));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(BrokenPacksTest.class.getResource("/policies-broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
