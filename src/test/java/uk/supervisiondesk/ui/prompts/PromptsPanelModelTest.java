package uk.supervisiondesk.ui.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.prompts.GroupKind;
import uk.supervisiondesk.prompts.Question;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.testing.ImmediateTaskRunner;
import uk.supervisiondesk.testing.ScriptedDialogs;
import uk.supervisiondesk.ui.StatusMessages;

/** The prompts panel's view-model with no Stage: searching, grouping, asking, coverage and the user's own file. */
class PromptsPanelModelTest {
    @TempDir
    Path dir;
    private final SimpleObjectProperty<ReflectiveCoverage> coverage = new SimpleObjectProperty<>(ReflectiveCoverage.NONE);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PromptLibrary library;
    private PromptsPanelModel model;

    @BeforeEach
    void open() throws Exception {
        library = new PromptLibrary(dir.resolve("my-questions.yaml"));
        model = new PromptsPanelModel(library, library.load(), coverage, new ImmediateTaskRunner(), dialogs,
                new StatusMessages(Clock.systemDefaultZone()));
    }

    private List<String> shownQuestions() {
        return model.entries().stream().filter(e -> !e.isHeading()).map(e -> e.question().text()).toList();
    }

    @Test
    void searchingShowsOnlyMatchingQuestionsUnderTheirGroupsHeading() {
        model.searchProperty().set("front door");
        assertThat(model.entries()).first().matches(PromptsPanelModel.Entry::isHeading);
        assertThat(shownQuestions()).isNotEmpty().allMatch(t -> t.toLowerCase().contains("front door"));
        model.searchProperty().set("zzzz");
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void choosingAKindShowsOnlyItsGroups() {
        model.kindProperty().set(GroupKind.STAGE);
        assertThat(model.entries().stream().filter(PromptsPanelModel.Entry::isHeading).map(e -> e.group().key()))
                .containsExactly("experience", "reflection", "analysis", "plan");
        model.kindProperty().set(GroupKind.EMOTION);
        assertThat(model.entries()).allMatch(e -> e.group().kind() == GroupKind.EMOTION);
    }

    @Test
    void askingPutsTheTextInAndMarksItsStagesAndTheAdviceComesAndGoes() {
        List<String> inserted = new ArrayList<>();
        model.kindProperty().set(GroupKind.STAGE);
        Question story = model.firstQuestion().orElseThrow();
        model.ask(story, inserted::add);
        Question plan = model.entries().stream().filter(e -> !e.isHeading() && e.group().key().equals("plan"))
                .findFirst().orElseThrow().question();
        model.ask(plan, inserted::add);
        assertThat(inserted).containsExactly(story.text(), plan.text());
        assertThat(coverage.get().stages()).containsExactly(Stage.EXPERIENCE, Stage.PLAN);
        assertThat(model.adviceProperty().get()).contains("straight to what to do next");
        model.setStage(Stage.ANALYSIS, true);
        assertThat(model.adviceProperty().get()).isEmpty();
        model.setKss("practitioner-3", true);
        assertThat(coverage.get().kss()).containsExactly("practitioner-3");
    }

    @Test
    void anOwnQuestionIsSavedAndOfferedAndABrokenFileIsReportedNotUsed() throws Exception {
        model.ownGroupProperty().set(model.groups().stream().filter(g -> g.key().equals("analysis")).findFirst().orElseThrow());
        model.ownTextProperty().set("What would change your mind?");
        model.addOwn();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.ownTextProperty().get()).isEmpty();
        model.searchProperty().set("change your mind");
        assertThat(shownQuestions()).containsExactly("What would change your mind?");
        assertThat(Files.readString(library.userFile())).contains("group: analysis");

        Files.writeString(library.userFile(), "format: 1\nquestions:\n  - id: nope\n    group: plan\n    text: Why?\n");
        PromptsPanelModel reopened = new PromptsPanelModel(library, library.load(), coverage, new ImmediateTaskRunner(),
                dialogs, new StatusMessages(Clock.systemDefaultZone()));
        assertThat(reopened.problemProperty().get()).contains("must start with 'my-'");
        reopened.searchProperty().set("front door");
        assertThat(reopened.entries()).isNotEmpty();
    }
}
