package uk.supervisiondesk.ui.unlock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.store.DatabaseUnavailableException;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PassphraseRules;
import uk.supervisiondesk.store.Unlocker;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * The first screen: choose a passphrase (first run) or type it (every later start). Deriving
 * the key and opening the database run in the background; the screen says what went wrong
 * and, after repeated wrong guesses, how long to wait.
 */
public final class UnlockViewModel {

    public enum Mode { CREATE, UNLOCK }

    /** Creates a new encrypted database with a passphrase. */
    @FunctionalInterface
    public interface DatabaseCreator {
        DeskDatabase create(char[] passphrase) throws DatabaseUnavailableException;
    }

    private final Mode mode;
    private final Unlocker unlocker;
    private final DatabaseCreator creator;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<DeskDatabase> onOpened;

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper secondsToWait = new ReadOnlyLongWrapper(0);
    private final BooleanBinding canSubmit;
    private Instant retryAt = Instant.EPOCH;
    private BackupOffer backupOffer;
    private uk.supervisiondesk.safety.BackupFile offered;
    private final ReadOnlyStringWrapper offeredBackup = new ReadOnlyStringWrapper("");

    /** Where a damaged database's replacement comes from: the newest backup, restored with its passphrase. */
    public interface BackupOffer {
        java.util.Optional<uk.supervisiondesk.safety.BackupFile> newest();

        void restore(uk.supervisiondesk.safety.BackupFile backup, char[] passphrase) throws Exception;
    }

    public UnlockViewModel(Mode mode, Unlocker unlocker, DatabaseCreator creator, TaskRunner tasks, Clock clock,
                           Consumer<DeskDatabase> onOpened) {
        this.mode = mode;
        this.unlocker = unlocker;
        this.creator = creator;
        this.tasks = tasks;
        this.clock = clock;
        this.onOpened = onOpened;
        canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && secondsToWait.get() == 0 && !passphrase.get().isEmpty(),
                busy, secondsToWait, passphrase);
        passphrase.addListener((obs, old, now) -> updateStrength());
        passphrase.addListener((obs, old, now) -> error.set(""));
        confirmation.addListener((obs, old, now) -> error.set(""));
        updateStrength();
    }

    /** When the database turns out damaged, the newest backup is offered instead. */
    public void offerBackupsWhenDamaged(BackupOffer offer) {
        this.backupOffer = offer;
    }

    /**
     * Restores the offered backup with the passphrase typed (the one in use when it was made),
     * keeping the damaged database beside it, then opens it.
     */
    public void restoreOfferedBackup() {
        if (offered == null || passphrase.get().isEmpty() || busy.get()) {
            if (passphrase.get().isEmpty()) {
                error.set(Messages.get("unlock.damaged.typePassphrase"));
            }
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        uk.supervisiondesk.safety.BackupFile backup = offered;
        busy.set(true);
        tasks.run(Messages.get("unlock.damaged.restoring"), () -> {
            backupOffer.restore(backup, secret);
            return unlocker.unlock(secret);
        }, outcome -> {
            offered = null;
            offeredBackup.set("");
            unlockOutcome(outcome);
        }, this::failed);
    }

    public ReadOnlyStringProperty offeredBackupProperty() {
        return offeredBackup.getReadOnlyProperty();
    }

    /** Picks up a wait left from earlier failed attempts (even from before a restart). */
    public void checkForPendingWait() {
        if (mode == Mode.UNLOCK) {
            tasks.run(Messages.get("unlock.checking"), unlocker::remainingWait, this::waitFor, e -> { });
        }
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        if (mode == Mode.CREATE) {
            var problem = PassphraseRules.problemWith(secret, confirmation.get().toCharArray());
            if (problem.isPresent()) {
                error.set(problem.get());
                return;
            }
            busy.set(true);
            tasks.run(Messages.get("unlock.creating"), () -> creator.create(secret), this::opened, this::failed);
        } else {
            busy.set(true);
            tasks.run(Messages.get("unlock.unlocking"), () -> unlocker.unlock(secret), this::unlockOutcome,
                    this::failed);
        }
    }

    /** Called once a second by the view while a wait is running. */
    public void tick() {
        Duration left = Duration.between(clock.instant(), retryAt);
        secondsToWait.set(left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000);
        if (secondsToWait.get() == 0 && error.get().startsWith(Messages.get("unlock.waitPrefix"))) {
            error.set("");
        }
    }

    private void unlockOutcome(Unlocker.Outcome outcome) {
        busy.set(false);
        if (outcome instanceof Unlocker.Opened opened) {
            opened(opened.database());
        } else if (outcome instanceof Unlocker.WrongPassphrase wrong) {
            passphrase.set("");
            waitFor(wrong.retryAfter());
            error.set(wrong.retryAfter().isZero()
                    ? Messages.get("unlock.wrong")
                    : Messages.get("unlock.wrongAndWait", secondsToWait.get()));
        } else if (outcome instanceof Unlocker.MustWait mustWait) {
            waitFor(mustWait.retryAfter());
            error.set(Messages.get("unlock.mustWait", secondsToWait.get()));
        }
    }

    private void waitFor(Duration wait) {
        retryAt = clock.instant().plus(wait);
        tick();
    }

    private void opened(DeskDatabase database) {
        busy.set(false);
        passphrase.set("");
        confirmation.set("");
        onOpened.accept(database);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(e instanceof DatabaseUnavailableException ? e.getMessage()
                : Messages.get("unlock.unexpected", String.valueOf(e.getMessage())));
        if (e instanceof DatabaseUnavailableException d && d.isDamaged() && backupOffer != null) {
            tasks.run(Messages.get("unlock.damaged.looking"), backupOffer::newest, newest -> {
                offered = newest.orElse(null);
                offeredBackup.set(newest.map(b -> Messages.get("unlock.damaged.offer",
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm")
                                .format(b.manifest().createdAt().atZone(java.time.ZoneId.systemDefault())),
                        b.manifest().supervisees(), b.manifest().records(), b.path()))
                        .orElse(Messages.get("unlock.damaged.noBackup")));
            }, none -> { });
        }
    }

    /** Whether a backup can be restored from this screen now. */
    public boolean hasOfferedBackup() {
        return offered != null;
    }

    private void updateStrength() {
        if (mode != Mode.CREATE) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        strength.set(typed.length == 0 ? PassphraseRules.explanation()
                : PassphraseRules.problemWith(typed).orElse(Messages.get("unlock.strongEnough")));
    }

    public Mode mode() {
        return mode;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty secondsToWaitProperty() {
        return secondsToWait.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}
