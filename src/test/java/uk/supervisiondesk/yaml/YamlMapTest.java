package uk.supervisiondesk.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

/** The shared map accessor: every refusal names the file, the line and where in the file the value is. */
class YamlMapTest {
    private static final List<String> KEYS = List.of("title", "count", "items", "details", "required", "format");

    private final YamlProblems problems = new YamlProblems("forms/example.yaml");

    private Node parse(String text) {
        return SafeYaml.compose(new StringReader(text), problems).orElseThrow();
    }

    private YamlMap read(String text) {
        return YamlMap.of(parse(text), "section 'notes'", KEYS, problems).orElseThrow();
    }

    private List<String> reported() {
        return problems.all().stream().map(YamlProblem::toString).toList();
    }

    @Test
    void readsTextListsAndNestedMapsThatAreWhatTheyShouldBe() {
        YamlMap map = read("""
                title: '  Notes  '
                items: [a, b]
                details:
                  count: 3
                """);

        assertThat(map.requireText("title")).contains("Notes");
        assertThat(map.list("items")).get().extracting(List::size).isEqualTo(2);
        Optional<YamlMap> details = map.map("details", Set.of("count"));
        assertThat(details).get().extracting(YamlMap::where).isEqualTo("'details' in section 'notes'");
        assertThat(details.orElseThrow().requireText("count")).contains("3");
        assertThat(map.optionalText("count")).isEmpty();
        assertThat(map.has("items")).isTrue();
        assertThat(map.has("count")).isFalse();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aMissingKeyIsReportedOnTheMappingsFirstLineWithItsPath() {
        YamlMap map = read("""
                # a comment first
                count: 3
                """);

        assertThat(map.requireText("title")).isEmpty();
        assertThat(map.requireList("items")).isEmpty();

        assertThat(reported()).containsExactly(
                "forms/example.yaml:2: missing 'title' in section 'notes'",
                "forms/example.yaml:2: missing 'items' in section 'notes'");
    }

    @Test
    void anUnknownKeyIsReportedWithTheAllowedKeysAndHoldsBackMissingOnes() {
        YamlMap map = read("""
                titel: Notes
                """);

        assertThat(map.requireText("title")).isEmpty();
        assertThat(map.hasUnknownKeys()).isTrue();

        assertThat(reported()).containsExactly("forms/example.yaml:1: unknown key 'titel' in section 'notes'; "
                + "allowed here: title, count, items, details, required, format");
    }

    @Test
    void allowedKeysGivenAsASetAreListedAlphabetically() {
        YamlMap.of(parse("colour: red\n"), "the pack", Set.of("name", "format", "id"), problems);

        assertThat(reported()).containsExactly(
                "forms/example.yaml:1: unknown key 'colour' in the pack; allowed here: format, id, name");
    }

    @Test
    void aRepeatedKeyIsReportedAtItsSecondLineAndTheFirstValueIsKept() {
        YamlMap map = read("""
                title: First
                count: 1
                title: Second
                """);

        assertThat(map.requireText("title")).contains("First");
        assertThat(reported()).containsExactly("forms/example.yaml:3: 'title' appears twice in section 'notes'; keep one");
    }

    @Test
    void aKeyThatIsNotAPlainWordIsRefused() {
        read("""
                ? [a, b]
                : value
                """);

        assertThat(reported()).containsExactly("forms/example.yaml:1: a key in section 'notes' must be a plain word");
    }

    @Test
    void somethingThatIsNotAMappingIsRefusedWithWhereItIs() {
        Optional<YamlMap> map = YamlMap.of(parse("- just\n- a list\n"), "field 'workload'", KEYS, problems);

        assertThat(map).isEmpty();
        assertThat(reported()).containsExactly(
                "forms/example.yaml:1: field 'workload' must be a set of 'key: value' lines");
    }

    @Test
    void valuesOfTheWrongTypeNameTheKeyAndWhereItIs() {
        YamlMap map = read("""
                title: [not, one, value]
                count: ''
                items: just one
                """);

        assertThat(map.text("title")).isEmpty();
        assertThat(map.text("count")).isEmpty();
        assertThat(map.list("items")).isEmpty();

        assertThat(reported()).containsExactly(
                "forms/example.yaml:1: 'title' in section 'notes' must be a single value, not a list or a block",
                "forms/example.yaml:2: 'count' in section 'notes' has no value",
                "forms/example.yaml:3: 'items' in section 'notes' must be a list: [a, b] or lines starting with '- '");
    }

    @Test
    void theBriefWordingOfPacksSaysWhereButNotWhichValue() {
        YamlProblems packProblems = new YamlProblems("policies/x.yaml", ValueWording.BRIEF);
        Node root = SafeYaml.compose(new StringReader("""
                records:
                  signWithin: [1, 2]
                  shareWithin: ' '
                  kinds: all
                """), packProblems).orElseThrow();
        YamlMap records = YamlMap.of(root, "the pack", Set.of("records"), packProblems).orElseThrow()
                .map("records", Set.of("signWithin", "shareWithin", "kinds")).orElseThrow();

        assertThat(records.get("signWithin").flatMap(records::scalar)).isEmpty();
        assertThat(records.requireText("shareWithin")).isEmpty();
        assertThat(records.list("kinds")).isEmpty();

        assertThat(packProblems.all()).extracting(YamlProblem::toString).containsExactly(
                "policies/x.yaml:2: expected a single value in 'records' in the pack, not a list or a block",
                "policies/x.yaml:3: a value is missing in 'records' in the pack",
                "policies/x.yaml:4: 'kinds' in 'records' in the pack must be a list (lines starting with '- ')");
    }

    @Test
    void aFlagIsTrueFalseYesOrNoAndAnythingElseIsRefused() {
        YamlMap map = read("""
                required: yes
                title: 'false'
                count: maybe
                """);

        assertThat(map.flag("required")).isTrue();
        assertThat(map.flag("title")).isFalse();
        assertThat(map.flag("items")).isFalse();
        assertThat(map.flag("count")).isFalse();

        assertThat(reported()).containsExactly(
                "forms/example.yaml:3: 'count' in section 'notes' must be true or false, not 'maybe'");
    }

    @Test
    void aFormatThisVersionDoesNotReadIsRefusedAndAMissingOneReported() {
        read("format: 2\n").requireFormat(1);
        read("title: x\n").requireFormat(1);
        read("format: 1\n").requireFormat(1);

        assertThat(reported()).containsExactly(
                "forms/example.yaml:1: format 2 is not known; this version reads format 1",
                "forms/example.yaml:1: missing 'format' in section 'notes'");
    }

    @Test
    void peekFindsAKeyBeforeTheMappingIsReadSoTheFirstProblemCanNameIt() {
        Node entry = parse("""
                key: workload
                label: ''
                """);

        assertThat(YamlMap.peekText(entry, "key")).contains("workload");
        assertThat(YamlMap.peek(entry, "label")).isPresent();
        assertThat(YamlMap.peekText(entry, "label")).isEmpty();
        assertThat(YamlMap.peekText(entry, "absent")).isEmpty();
        assertThat(YamlMap.peekText(parse("- a\n"), "key")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }
}
