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
