package uk.supervisiondesk.ui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.safety.AutomaticBackup;
import uk.supervisiondesk.safety.BackupContents;
import uk.supervisiondesk.safety.BackupSettings;
import uk.supervisiondesk.safety.Backups;
import uk.supervisiondesk.safety.IdleLockSettings;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PassphraseChange;
import uk.supervisiondesk.store.PassphraseRules;
import uk.supervisiondesk.store.WrongPassphraseException;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.settings.ExportFolderWords;

/**
 * Settings that keep the records safe: the idle time before locking, the passphrase, where
 * backups go and how many are kept, backing up now, and restoring a backup.
 */
public final class SecuritySettingsViewModel {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

    private final DeskDatabase database;
    private final Clock clock;
    private final Backups backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final DatabaseHost host;

    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(10);
    private final ReadOnlyStringWrapper idleNote = new ReadOnlyStringWrapper("");
    private final StringProperty oldPassphrase = new SimpleStringProperty("");
    private final StringProperty newPassphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper passphraseHint = new ReadOnlyStringWrapper(PassphraseRules.explanation());
    private final ReadOnlyStringWrapper passphraseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper oldPassphraseError = new ReadOnlyStringWrapper("");
    private final BooleanProperty checkingOldPassphrase = new SimpleBooleanProperty(false);
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper backupFolderError = new ReadOnlyStringWrapper("");
    private final IntegerProperty keep = new SimpleIntegerProperty(BackupSettings.DEFAULT_KEEP);
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final BooleanProperty backingUp = new SimpleBooleanProperty(false);
    private final StringProperty restoreFile = new SimpleStringProperty("");
    private final StringProperty restorePassphrase = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper restoreContents = new ReadOnlyStringWrapper("");
    private final BooleanProperty restoreChecked = new SimpleBooleanProperty(false);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final BooleanBinding canChangePassphrase;

    public SecuritySettingsViewModel(DeskDatabase database, Clock clock, Backups backups, TaskRunner tasks,
                                     DialogService dialogs, StatusMessages status, DatabaseHost host) {
        this.database = database;
        this.clock = clock;
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.host = host;
        canChangePassphrase = Bindings.createBooleanBinding(() -> !oldPassphrase.get().isEmpty()
                && !newPassphrase.get().isEmpty() && !confirmation.get().isEmpty() && !checkingOldPassphrase.get(),
                oldPassphrase, newPassphrase, confirmation, checkingOldPassphrase);
        newPassphrase.addListener((obs, old, now) -> {
            passphraseError.set("");
            passphraseHint.set(now.isEmpty() ? PassphraseRules.explanation()
                    : PassphraseRules.problemWith(now.toCharArray()).orElse(Messages.get("unlock.strongEnough")));
        });
        oldPassphrase.addListener(o -> {
            passphraseError.set("");
            oldPassphraseError.set("");
        });
        confirmation.addListener(o -> passphraseError.set(""));
        backupFolder.addListener(o -> backupFolderError.set(""));
        restoreFile.addListener(o -> forgetCheckedBackup());
        restorePassphrase.addListener(o -> forgetCheckedBackup());
    }

    private record Loaded(Duration idle, Path folder, int keep, Optional<Instant> last) {
    }

    public void refresh() {
        tasks.run(Messages.get("safety.loading"), () -> {
            BackupSettings settings = new BackupSettings(database, clock);
            return new Loaded(new IdleLockSettings(database, clock).idleTime(), settings.folder(), settings.keep(),
                    settings.lastBackupAt());
        }, loaded -> {
            long minutes = Math.max(1, (loaded.idle().toSeconds() + 59) / 60);
            idleMinutes.set((int) minutes);
            idleNote.set(loaded.idle().toSeconds() % 60 == 0 ? ""
                    : Messages.get("safety.idle.seconds", loaded.idle().toSeconds()));
            backupFolder.set(loaded.folder().toString());
            keep.set(loaded.keep());
            showLast(loaded.last());
        }, this::failed);
    }

    private void showLast(Optional<Instant> last) {
        lastBackup.set(last.map(at -> Messages.get("safety.backup.last",
                WHEN.format(at.atZone(ZoneId.systemDefault())))).orElse(Messages.get("safety.backup.none")));
    }

    public void saveIdleTime() {
        Duration idle = Duration.ofMinutes(Math.max(1, Math.min(60, idleMinutes.get())));
        tasks.run(Messages.get("safety.saving"), () -> {
            new IdleLockSettings(database, clock).idleTime(idle);
            return idle;
        }, saved -> {
            idleNote.set("");
            host.idleTimeChanged(saved);
            status.show(Messages.get("safety.idle.saved", saved.toMinutes()));
        }, this::failed);
    }

    public void lockNow() {
        host.lockNow();
    }

    /**
     * Checks the new passphrase as the first run does, then the current one against the open
     * database (in the background: the key stretch is slow), and only then re-keys the closed
     * database. A wrong current passphrase leaves the database open and the user here.
     */
    public void changePassphrase() {
        if (!canChangePassphrase.get()) {
            return;
        }
        Optional<String> problem = PassphraseRules.problemWith(newPassphrase.get().toCharArray(),
                confirmation.get().toCharArray());
        if (problem.isPresent()) {
            passphraseError.set(problem.get());
            return;
        }
        if (oldPassphrase.get().equals(newPassphrase.get())) {
            passphraseError.set(Messages.get("safety.passphrase.same"));
            return;
        }
        char[] old = oldPassphrase.get().toCharArray();
        char[] fresh = newPassphrase.get().toCharArray();
        checkingOldPassphrase.set(true);
        tasks.run(Messages.get("safety.passphrase.checkingCurrent"),
                () -> new PassphraseChange(clock).checkCurrent(database, old), right -> {
                    checkingOldPassphrase.set(false);
                    if (right) {
                        changeClosed(old, fresh);
                    } else {
                        Arrays.fill(old, '\0');
                        Arrays.fill(fresh, '\0');
                        oldPassphrase.set("");
                        oldPassphraseError.set(Messages.get("safety.passphrase.currentWrong"));
                    }
                }, e -> {
                    checkingOldPassphrase.set(false);
                    Arrays.fill(old, '\0');
                    Arrays.fill(fresh, '\0');
                    failed(e);
                });
    }

    private void changeClosed(char[] old, char[] fresh) {
        oldPassphrase.set("");
        newPassphrase.set("");
        confirmation.set("");
        host.whileClosed(Messages.get("safety.passphrase.changing"), old, folder -> {
            try {
                new PassphraseChange(clock).change(folder, old, fresh);
            } catch (WrongPassphraseException e) {
                throw new IllegalArgumentException(Messages.get("safety.passphrase.oldWrong"), e);
            }
            return new DatabaseHost.Reopen(fresh, Messages.get("safety.passphrase.changed"));
        });
    }

    public void chooseBackupFolder() {
        dialogs.chooseFolder(Messages.get("safety.backup.chooserTitle"), existing(backupFolder.get()))
                .ifPresent(chosen -> backupFolder.set(chosen.toString()));
    }

    private static Path existing(String typed) {
        try {
            Path path = typed.isBlank() ? null : Path.of(typed);
            return path != null && java.nio.file.Files.isDirectory(path) ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Keeps the folder only if files can really be written there. */
    public void saveBackupFolder() {
        String folder = backupFolder.get().strip();
        tasks.run(Messages.get("safety.backup.checking"), () -> {
            Optional<ExportFolder.Refusal> refusal = ExportFolder.check(folder);
            if (refusal.isEmpty()) {
                new BackupSettings(database, clock).chooseFolder(Path.of(folder));
            }
            return refusal;
        }, refusal -> {
            if (refusal.isPresent()) {
                backupFolderError.set(ExportFolderWords.of(refusal.get()));
            } else {
                status.show(Messages.get("safety.backup.folderSaved", folder));
            }
        }, this::failed);
    }

    public void saveKeep() {
        int n = keep.get();
        tasks.run(Messages.get("safety.saving"), () -> {
            new BackupSettings(database, clock).keep(n);
            return n;
        }, saved -> status.show(Messages.get("safety.backup.keepSaved", saved)), this::failed);
    }

    public void backUpNow() {
        backingUp.set(true);
        tasks.run(Messages.get("safety.backup.working"), () -> new AutomaticBackup(backups, clock).now(database),
                made -> {
                    backingUp.set(false);
                    showLast(Optional.of(made.backup().manifest().createdAt()));
                    status.show(Messages.get("safety.backup.made", made.backup().path(), made.removed().size()));
                }, e -> {
                    backingUp.set(false);
                    dialogs.showError(Messages.get("safety.backup.failed.title"), String.valueOf(e.getMessage()),
                            Messages.get("safety.backup.failed.todo"));
                });
    }

    public void chooseRestoreFile() {
        dialogs.chooseFileToOpen(Messages.get("safety.restore.chooserTitle"), Messages.get("safety.restore.kind"),
                "sdbackup").ifPresent(file -> restoreFile.set(file.toString()));
    }

    /** Opens a copy of the backup with its passphrase and says what it holds and when it was made. */
    public void checkBackup() {
        String file = restoreFile.get().strip();
        char[] passphrase = restorePassphrase.get().toCharArray();
        if (file.isEmpty() || passphrase.length == 0) {
            restoreContents.set(Messages.get("safety.restore.needBoth"));
            return;
        }
        checking.set(true);
        tasks.run(Messages.get("safety.restore.checking"), () -> backups.inspect(Path.of(file), passphrase),
                contents -> {
                    checking.set(false);
                    restoreContents.set(describe(contents));
                    restoreChecked.set(true);
                }, e -> {
                    checking.set(false);
                    restoreChecked.set(false);
                    restoreContents.set(e instanceof WrongPassphraseException ? Messages.get("safety.restore.wrong")
                            : String.valueOf(e.getMessage()));
                });
    }

    static String describe(BackupContents contents) {
        String made = WHEN.format(contents.file().manifest().createdAt().atZone(ZoneId.systemDefault()));
        String audit = contents.auditProblem().map(p -> Messages.get("safety.restore.auditBroken", String.valueOf(p.seq()),
                p.problem())).orElse(Messages.get("safety.restore.auditWhole", contents.auditEntries()));
        return Messages.get("safety.restore.contents", made, contents.supervisees(), contents.records(),
                contents.sessions(), audit);
    }

    /** After the user confirms: keeps a copy of the current database, puts the backup in place and opens it. */
    public void restore() {
        if (!restoreChecked.get()) {
            return;
        }
        Path file = Path.of(restoreFile.get().strip());
        char[] passphrase = restorePassphrase.get().toCharArray();
        if (!dialogs.confirm(Messages.get("safety.restore.confirm.title"), Messages.get("safety.restore.confirm",
                restoreContents.get()), Messages.get("safety.restore.confirm.button"))) {
            return;
        }
        restorePassphrase.set("");
        host.whileClosed(Messages.get("safety.restore.working"), null, folder -> {
            var result = backups.restore(folder, file, passphrase);
            return new DatabaseHost.Reopen(passphrase, Messages.get("safety.restore.done", describe(result.restored()),
                    result.replacedKeptIn().map(Path::toString).orElse(Messages.get("safety.restore.nothingReplaced"))));
        });
    }

    private void forgetCheckedBackup() {
        restoreChecked.set(false);
        restoreContents.set("");
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("settings.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("settings.failed.todo"));
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public javafx.beans.property.ReadOnlyStringProperty idleNoteProperty() {
        return idleNote.getReadOnlyProperty();
    }

    public StringProperty oldPassphraseProperty() {
        return oldPassphrase;
    }

    public StringProperty newPassphraseProperty() {
        return newPassphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public javafx.beans.property.ReadOnlyStringProperty passphraseHintProperty() {
        return passphraseHint.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty passphraseErrorProperty() {
        return passphraseError.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty oldPassphraseErrorProperty() {
        return oldPassphraseError.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty checkingOldPassphraseProperty() {
        return checkingOldPassphrase;
    }

    public BooleanBinding canChangePassphraseBinding() {
        return canChangePassphrase;
    }

    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    public javafx.beans.property.ReadOnlyStringProperty backupFolderErrorProperty() {
        return backupFolderError.getReadOnlyProperty();
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public javafx.beans.property.ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public BooleanProperty backingUpProperty() {
        return backingUp;
    }

    public StringProperty restoreFileProperty() {
        return restoreFile;
    }

    public StringProperty restorePassphraseProperty() {
        return restorePassphrase;
    }

    public javafx.beans.property.ReadOnlyStringProperty restoreContentsProperty() {
        return restoreContents.getReadOnlyProperty();
    }

    public BooleanProperty restoreCheckedProperty() {
        return restoreChecked;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }
}
