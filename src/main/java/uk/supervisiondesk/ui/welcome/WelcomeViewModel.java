package uk.supervisiondesk.ui.welcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.policy.pack.RulesInPlainWords;
import uk.supervisiondesk.store.UserSetup;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.settings.ExportFolderWords;
import uk.supervisiondesk.ui.settings.ExportFolderChooser;

/**
 * The first-run welcome, shown once the encrypted database exists: who the user is, which
 * council's policy they work to, where exports are filed, and whether to look around with
 * sample data first. Every answer can be changed later in Settings.
 */
public final class WelcomeViewModel {

    /** A council's pack in the drop-down, with its main supervision rules in plain words. */
    public record PackChoice(String id, String name, String document, List<String> supervisionRules) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What the app does next: the name to greet, and whether to load sample data. */
    public record Outcome(String userName, boolean loadSampleData) {
    }

    private final UserSetup setup;
    private final PolicyPackLoader loader;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Outcome> onDone;

    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty userRole = new SimpleStringProperty("");
    private final ObservableList<String> roles = FXCollections.observableArrayList(
            Messages.get("welcome.roles").split("\\|"));
    private final ObservableList<PackChoice> packs = FXCollections.observableArrayList();
    private final ObjectProperty<PackChoice> chosenPack = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper packSummary = new ReadOnlyStringWrapper("");
    private final StringProperty exportFolder = new SimpleStringProperty("");
    private final BooleanProperty loadSampleData = new SimpleBooleanProperty(false);
    private final BooleanProperty passphraseKept = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper userNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportFolderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passphraseKeptError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public WelcomeViewModel(UserSetup setup, PolicyPackLoader loader, TaskRunner tasks, DialogService dialogs,
                            String suggestedExportFolder, Consumer<Outcome> onDone) {
        this.setup = setup;
        this.loader = loader;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onDone = onDone;
        exportFolder.set(suggestedExportFolder);
        userRole.set(roles.get(0));
        chosenPack.addListener((obs, old, now) -> packSummary.set(now == null ? ""
                : Messages.get("welcome.packSummary", now.name(), now.document())
                + "\n" + String.join("\n", now.supervisionRules())));
        userName.addListener(o -> userNameError.set(""));
        exportFolder.addListener(o -> exportFolderError.set(""));
        passphraseKept.addListener(o -> passphraseKeptError.set(""));
    }

    /** Reads the shipped packs in the background; England's national standard is chosen until the user picks. */
    public void load() {
        busy.set(true);
        tasks.run(Messages.get("welcome.loading"), this::readPacks, loaded -> {
            busy.set(false);
            packs.setAll(loaded);
            chosenPack.set(loaded.stream().filter(p -> p.id().equals(PolicyPackLoader.DEFAULT_ID)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        }, this::failed);
    }

    private List<PackChoice> readPacks() throws Exception {
        List<PackChoice> choices = new ArrayList<>();
        for (String id : PolicyPackLoader.BUNDLED_IDS) {
            PolicyPack pack = loader.bundled(id);
            choices.add(new PackChoice(id, pack.name(), pack.document(), RulesInPlainWords.describe(pack).stream()
                    .filter(r -> r.section().equals("Supervision")).map(r -> "\u2022 " + r.text()).toList()));
        }
        return choices;
    }

    public void chooseExportFolder() {
        new ExportFolderChooser(tasks, dialogs).choose(exportFolder.get(), exportFolder::set, this::failed);
    }

    /** Checks every answer, proves the export folder takes files, then saves everything at once. */
    public void start() {
        if (busy.get()) {
            return;
        }
        Map<ReadOnlyStringWrapper, String> problems = new LinkedHashMap<>();
        if (userName.get().isBlank()) {
            problems.put(userNameError, Messages.get("welcome.userName.required"));
        }
        if (!passphraseKept.get()) {
            problems.put(passphraseKeptError, Messages.get("welcome.passphraseKept.required"));
        }
        if (chosenPack.get() == null) {
            error.set(Messages.get("welcome.noPack"));
            return;
        }
        problems.forEach(ReadOnlyStringWrapper::set);
        if (!problems.isEmpty()) {
            return;
        }
        UserSetup.Choices choices = new UserSetup.Choices(userName.get(), userRole.get() == null ? "" : userRole.get(),
                chosenPack.get().id(), exportFolder.get());
        busy.set(true);
        error.set("");
        tasks.run(Messages.get("welcome.saving"), () -> {
            Optional<ExportFolder.Refusal> refusal = ExportFolder.check(choices.exportFolder());
            if (refusal.isEmpty()) {
                setup.save(choices);
            }
            return refusal;
        }, refusal -> {
            busy.set(false);
            if (refusal.isPresent()) {
                exportFolderError.set(ExportFolderWords.of(refusal.get()));
            } else {
                onDone.accept(new Outcome(choices.userName().strip(), loadSampleData.get()));
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(Messages.get("welcome.failed", String.valueOf(e.getMessage())));
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty userRoleProperty() {
        return userRole;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ObservableList<PackChoice> packs() {
        return packs;
    }

    public ObjectProperty<PackChoice> chosenPackProperty() {
        return chosenPack;
    }

    public ReadOnlyStringProperty packSummaryProperty() {
        return packSummary.getReadOnlyProperty();
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public BooleanProperty loadSampleDataProperty() {
        return loadSampleData;
    }

    public BooleanProperty passphraseKeptProperty() {
        return passphraseKept;
    }

    public ReadOnlyStringProperty userNameErrorProperty() {
        return userNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportFolderErrorProperty() {
        return exportFolderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseKeptErrorProperty() {
        return passphraseKeptError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
