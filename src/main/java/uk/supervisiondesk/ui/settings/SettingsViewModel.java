package uk.supervisiondesk.ui.settings;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/** Settings: who is using the app, where exports are filed, and facts about how the data is kept. */
public final class SettingsViewModel {
    private final DeskDatabase database;
    private final SettingsDao settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty userRole = new SimpleStringProperty("");
    private final ObservableList<String> roles = FXCollections.observableArrayList(
            Messages.get("welcome.roles").split("\\|"));
    /** Shared with the rest of the app, which offers it as the supervisor of new staff. */
    private final StringProperty savedUserName;
    private final StringProperty savedUserRole = new SimpleStringProperty("");
    private final StringProperty exportFolder = new SimpleStringProperty("");
    private final StringProperty savedExportFolder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper exportFolderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemaVersion = new ReadOnlyStringWrapper("");
    private final BooleanBinding youChanged;
    private final BooleanBinding exportFolderChanged;

    public SettingsViewModel(DeskDatabase database, StringProperty savedUserName, TaskRunner tasks,
                             DialogService dialogs, StatusMessages status) {
        this.database = database;
        this.savedUserName = savedUserName;
        this.settings = database.dao(SettingsDao.class);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        youChanged = Bindings.createBooleanBinding(() -> !userName.get().strip().equals(savedUserName.get())
                        || !strip(userRole.get()).equals(savedUserRole.get()),
                userName, savedUserName, userRole, savedUserRole);
        exportFolderChanged = Bindings.createBooleanBinding(
                () -> !exportFolder.get().strip().equals(savedExportFolder.get()), exportFolder, savedExportFolder);
        exportFolder.addListener(o -> exportFolderError.set(""));
        userName.set(savedUserName.get());
    }

    private record Loaded(String schema, String role, String exportFolder) {
    }

    public void refresh() {
        tasks.run(Messages.get("settings.loading"), () -> new Loaded(database.schemaVersion(),
                settings.get(SettingsDao.USER_ROLE).orElse(""), settings.get(SettingsDao.EXPORT_FOLDER).orElse("")),
                loaded -> {
                    schemaVersion.set(loaded.schema());
                    savedUserRole.set(loaded.role());
                    userRole.set(loaded.role());
                    userName.set(savedUserName.get());
                    savedExportFolder.set(loaded.exportFolder());
                    exportFolder.set(loaded.exportFolder());
                }, this::failed);
    }

    /** Saves the user's name and role together. */
    public void saveYou() {
        String name = userName.get().strip();
        String role = strip(userRole.get());
        tasks.run(Messages.get("settings.saving"), () -> {
            database.jdbi().useTransaction(h -> {
                h.attach(SettingsDao.class).put(SettingsDao.USER_NAME, name);
                h.attach(SettingsDao.class).put(SettingsDao.USER_ROLE, role);
            });
            return name;
        }, saved -> {
            savedUserName.set(saved);
            savedUserRole.set(role);
            status.show(Messages.get("settings.userNameSaved"));
        }, this::failed);
    }

    /** Checks the folder really takes files before keeping it. */
    public void saveExportFolder() {
        String folder = exportFolder.get().strip();
        tasks.run(Messages.get("settings.exportFolder.checking"), () -> {
            Optional<ExportFolder.Refusal> refusal = ExportFolder.check(folder);
            if (refusal.isEmpty()) {
                settings.put(SettingsDao.EXPORT_FOLDER, folder);
            }
            return refusal;
        }, refusal -> {
            if (refusal.isPresent()) {
                exportFolderError.set(ExportFolderWords.of(refusal.get()));
            } else {
                savedExportFolder.set(folder);
                status.show(Messages.get("settings.exportFolder.saved", folder));
            }
        }, this::failed);
    }

    public void chooseExportFolder() {
        new ExportFolderChooser(tasks, dialogs).choose(exportFolder.get(), exportFolder::set, this::failed);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("settings.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("settings.failed.todo"));
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

    public BooleanBinding youChangedBinding() {
        return youChanged;
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public ReadOnlyStringProperty exportFolderErrorProperty() {
        return exportFolderError.getReadOnlyProperty();
    }

    public BooleanBinding exportFolderChangedBinding() {
        return exportFolderChanged;
    }

    public ReadOnlyStringProperty schemaVersionProperty() {
        return schemaVersion.getReadOnlyProperty();
    }

    public String dataFolder() {
        return database.folder().toString();
    }

    public String databaseFile() {
        return database.folder().databaseFile().toString();
    }
}
