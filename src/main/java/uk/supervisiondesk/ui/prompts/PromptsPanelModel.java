package uk.supervisiondesk.ui.prompts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.prompts.CycleCheck;
import uk.supervisiondesk.prompts.GroupKind;
import uk.supervisiondesk.prompts.KssCatalogue;
import uk.supervisiondesk.prompts.KssStatement;
import uk.supervisiondesk.prompts.Question;
import uk.supervisiondesk.prompts.QuestionBank;
import uk.supervisiondesk.prompts.QuestionGroup;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * The reflective prompts beside a record's notes: the question bank grouped as the 4x4x4 model
 * has it, narrowed by a search and by a kind of group; putting a question into the notes marks
 * its stages and functions covered in the record; the user's own questions are added to their
 * file. The coverage property is the record's own, so every change is saved with the record.
 */
public final class PromptsPanelModel {

    /** One line of the list: a group's heading, or a question under it. */
    public record Entry(QuestionGroup group, Question question) {
        public boolean isHeading() {
            return question == null;
        }
    }

    private final PromptLibrary library;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final ObjectProperty<ReflectiveCoverage> coverage;

    private final ObjectProperty<QuestionBank> bank = new SimpleObjectProperty<>();
    private final ObjectProperty<KssCatalogue> kss = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    /** Null shows every kind of group. */
    private final ObjectProperty<GroupKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<QuestionGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringProperty ownText = new SimpleStringProperty("");
    private final ObjectProperty<QuestionGroup> ownGroup = new SimpleObjectProperty<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    public PromptsPanelModel(PromptLibrary library, PromptLibrary.Loaded loaded, ObjectProperty<ReflectiveCoverage> coverage,
                             TaskRunner tasks, DialogService dialogs, StatusMessages status) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.coverage = coverage;
        search.addListener(o -> refilter());
        kind.addListener(o -> refilter());
        coverage.addListener(o -> advice.set(CycleCheck.advice(coverage.get()).orElse("")));
        advice.set(CycleCheck.advice(coverage.get()).orElse(""));
        use(loaded);
    }

    private void use(PromptLibrary.Loaded loaded) {
        bank.set(loaded.bank());
        kss.set(loaded.kss());
        problem.set(loaded.userFileProblem().map(p -> Messages.get("prompts.userFileProblem", library.userFile(), p))
                .orElse(""));
        QuestionGroup keep = ownGroup.get();
        groups.setAll(loaded.bank().groups());
        ownGroup.set(keep == null ? loaded.bank().groups().get(0)
                : loaded.bank().group(keep.key()).orElse(loaded.bank().groups().get(0)));
        refilter();
    }

    private void refilter() {
        QuestionBank b = bank.get();
        if (b == null) {
            entries.clear();
            return;
        }
        Set<String> matching = new LinkedHashSet<>();
        b.search(search.get()).forEach(q -> matching.add(q.id()));
        List<Entry> out = new ArrayList<>();
        for (QuestionGroup g : b.groups()) {
            if (kind.get() != null && g.kind() != kind.get()) {
                continue;
            }
            List<Question> shownHere = g.questions().stream().filter(q -> matching.contains(q.id())).toList();
            if (!shownHere.isEmpty()) {
                out.add(new Entry(g, null));
                shownHere.forEach(q -> out.add(new Entry(g, q)));
            }
        }
        entries.setAll(out);
    }

    /**
     * Puts a question into the notes: {@code insert} places the text where the user was typing;
     * the question's stages and functions are then marked covered.
     */
    public void ask(Question question, Consumer<String> insert) {
        if (question == null) {
            return;
        }
        insert.accept(question.text());
        coverage.set(coverage.get().asked(question));
        status.show(Messages.get("prompts.inserted"));
    }

    /** Adds the typed question to the user's own file, in the chosen group, and offers it at once. */
    public void addOwn() {
        String text = ownText.get().strip();
        QuestionGroup group = ownGroup.get();
        if (text.isEmpty() || group == null) {
            return;
        }
        tasks.run(Messages.get("prompts.own.saving"), () -> library.add(group.key(), text), loaded -> {
            ownText.set("");
            use(loaded);
            status.show(Messages.get("prompts.own.saved", group.title(), library.userFile()));
        }, e -> dialogs.showError(Messages.get("prompts.own.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("prompts.own.failed.todo")));
    }

    public void setStage(uk.supervisiondesk.prompts.Stage stage, boolean covered) {
        coverage.set(coverage.get().with(stage, covered));
    }

    public void setFunction(uk.supervisiondesk.prompts.SupervisionFunction function, boolean covered) {
        coverage.set(coverage.get().with(function, covered));
    }

    public void setKss(String statementId, boolean covered) {
        coverage.set(coverage.get().withKss(statementId, covered));
    }

    public List<KssStatement> statements() {
        return kss.get() == null ? List.of() : kss.get().statements();
    }

    public Optional<Question> firstQuestion() {
        return entries.stream().filter(e -> !e.isHeading()).map(Entry::question).findFirst();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObservableList<QuestionGroup> groups() {
        return groups;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<GroupKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ReflectiveCoverage> coverageProperty() {
        return coverage;
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty ownTextProperty() {
        return ownText;
    }

    public ObjectProperty<QuestionGroup> ownGroupProperty() {
        return ownGroup;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
