package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the shipped question bank must hold for the prompts panel (capability 5). */
class ShippedQuestionBankTest {
    private static final Path FOLDER = Path.of("resources/prompts");
    /** Burnham's social GRRAACCEESS as Bedford Borough 5.1 names it; sexuality and sexual orientation share a group. */
    static final List<String> GRRAACCEESS = List.of("gender", "geography", "race", "religion", "age", "ability",
            "appearance", "class", "culture", "ethnicity", "education", "employment", "sexuality", "spirituality");

    private final QuestionBankLoader loader = new QuestionBankLoader();

    @ParameterizedTest
    @EnumSource(Stage.class)
    void every_stage_of_the_cycle_has_at_least_ten_questions_tagged_with_it(Stage stage) throws Exception {
        QuestionGroup group = loader.bundled().group(stage).orElseThrow();

        assertThat(group.kind()).isEqualTo(GroupKind.STAGE);
        assertThat(group.title()).isEqualTo(stage.title());
        assertThat(group.help()).isNotBlank();
        assertThat(group.questions()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(q -> assertThat(q.stages()).contains(stage));
    }

    @Test
    void the_stages_come_first_and_in_the_order_of_the_cycle() throws Exception {
        assertThat(loader.bundled().groups().subList(0, 4)).extracting(QuestionGroup::key)
                .containsExactly("experience", "reflection", "analysis", "plan");
    }

    @ParameterizedTest
    @EnumSource(SupervisionFunction.class)
    void every_function_has_a_line_saying_what_it_is_and_a_few_prompts(SupervisionFunction function) throws Exception {
        QuestionGroup group = loader.bundled().group(function).orElseThrow();

        assertThat(group.kind()).isEqualTo(GroupKind.FUNCTION);
        assertThat(group.help()).isNotBlank();
        assertThat(group.questions()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.functions()).contains(function));
    }

    @ParameterizedTest
    @EnumSource(Stakeholder.class)
    void every_stakeholder_has_prompts(Stakeholder stakeholder) throws Exception {
        QuestionGroup group = loader.bundled().group(stakeholder).orElseThrow();

        assertThat(group.kind()).isEqualTo(GroupKind.STAKEHOLDER);
        assertThat(group.questions()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.stakeholders()).contains(stakeholder));
    }

    @Test
    void every_grraacceess_dimension_is_named_with_prompts_and_so_are_difference_and_power() throws Exception {
        QuestionBank bank = loader.bundled();
        List<QuestionGroup> difference = bank.groups(GroupKind.DIFFERENCE);

        assertThat(difference).extracting(QuestionGroup::key).containsExactlyElementsOf(
                Stream.concat(Stream.of("difference-and-power"), GRRAACCEESS.stream()).toList());
        for (QuestionGroup group : difference) {
            assertThat(group.title()).as(group.key()).isNotBlank();
            assertThat(group.help()).as(group.key()).isNotBlank();
            assertThat(group.questions()).as(group.key()).isNotEmpty();
        }
        assertThat(bank.group("difference-and-power").orElseThrow().questions())
                .anySatisfy(q -> assertThat(q.text()).containsIgnoringCase("power"));
    }

    @Test
    void responding_to_emotion_covers_the_themes_of_southwark_app_j() throws Exception {
        QuestionGroup emotion = loader.bundled().group("responding-to-emotion").orElseThrow();

        assertThat(emotion.kind()).isEqualTo(GroupKind.EMOTION);
        String all = String.join(" ", emotion.questions().stream().map(Question::text).toList()).toLowerCase();
        // style, the team's mood, daily hassles, reaching out, harder and easier emotions, who is involved
        assertThat(all).contains("hot", "cool", "mood of the team", "everyday frustrations", "before you are asked",
                "anger", "sadness", "fear", "excitement", "helplessness", "anxiety", "easiest", "gender", "age");
    }

    @Test
    void every_question_has_a_unique_stable_id_and_its_groups_key() throws Exception {
        QuestionBank bank = loader.bundled();

        assertThat(bank.questions()).extracting(Question::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*").doesNotStartWith("my-"));
        for (QuestionGroup group : bank.groups()) {
            assertThat(group.questions()).allSatisfy(q -> {
                assertThat(q.group()).isEqualTo(group.key());
                assertThat(q.own()).isFalse();
            });
        }
        assertThat(bank.questions()).hasSizeGreaterThan(120);
    }

    @Test
    void the_index_lists_every_bank_file_in_the_folder_once() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).filter(n -> !n.equals("kss")).toList();
        }

        assertThat(loader.bundledFiles()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void each_file_reads_on_its_own_as_it_is_in_the_folder() throws Exception {
        for (String name : loader.bundledFiles()) {
            QuestionBank one = loader.fromFile(FOLDER.resolve(name + ".yaml"));
            assertThat(one.groups()).as(name).isNotEmpty()
                    .allSatisfy(g -> assertThat(loader.bundled().group(g.key())).contains(g));
        }
    }

    @Test
    void the_readme_describes_every_kind_and_tag() throws IOException {
        String readme = Files.readString(FOLDER.resolve("README.md"));

        for (GroupKind kind : GroupKind.values()) {
            assertThat(readme).contains("`" + kind.key() + "`");
        }
        for (String tag : BankVocabulary.TAGS) {
            assertThat(readme).contains("`" + tag + "`");
        }
        for (String key : GRRAACCEESS) {
            assertThat(readme).contains("`" + key + "`");
        }
    }

    @Test
    void no_question_names_a_child_or_asks_for_one() throws Exception {
        Set<String> never = Set.of("child's name", "date of birth");
        assertThat(loader.bundled().questions()).allSatisfy(q -> never.forEach(w ->
                assertThat(q.text().toLowerCase()).doesNotContain(w)));
    }
}
