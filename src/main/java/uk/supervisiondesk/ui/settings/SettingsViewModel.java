package uk.supervisiondesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/** Settings: who is using the app, and facts about where and how the data is kept. */
public final class SettingsViewModel {
    private final DeskDatabase database;
    private final SettingsDao settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final StringProperty userName = new SimpleStringProperty("");
    /** Shared with the rest of the app, which offers it as the supervisor of new staff. */
    private final StringProperty savedUserName;
    private final ReadOnlyStringWrapper schemaVersion = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper userNameChanged = new ReadOnlyBooleanWrapper(false);

    public SettingsViewModel(DeskDatabase database, StringProperty savedUserName, TaskRunner tasks,
                             DialogService dialogs, StatusMessages status) {
        this.database = database;
        this.savedUserName = savedUserName;
        this.settings = database.dao(SettingsDao.class);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        userName.addListener(o -> userNameChanged.set(!userName.get().strip().equals(savedUserName.get())));
        savedUserName.addListener(o -> userNameChanged.set(!userName.get().strip().equals(savedUserName.get())));
        userName.set(savedUserName.get());
    }

    public void refresh() {
        tasks.run(Messages.get("settings.loading"),
                database::schemaVersion, schemaVersion::set, this::failed);
    }

    public void saveUserName() {
        String name = userName.get().strip();
        tasks.run(Messages.get("settings.saving"), () -> {
            settings.put(SettingsDao.USER_NAME, name);
            return name;
        }, saved -> {
            savedUserName.set(saved);
            status.show(Messages.get("settings.userNameSaved"));
        }, this::failed);
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("settings.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("settings.failed.todo"));
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public ReadOnlyBooleanProperty userNameChangedProperty() {
        return userNameChanged.getReadOnlyProperty();
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
