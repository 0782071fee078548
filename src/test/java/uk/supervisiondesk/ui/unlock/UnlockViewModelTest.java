package uk.supervisiondesk.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.Unlocker;
import uk.supervisiondesk.testing.ImmediateTaskRunner;

class UnlockViewModelTest {
    @TempDir
    Path dir;
    private final List<DeskDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeOpened() {
        opened.forEach(DeskDatabase::close);
    }

    private UnlockViewModel model(UnlockViewModel.Mode mode) {
        DataFolder folder = new DataFolder(dir);
        return new UnlockViewModel(mode, new Unlocker(folder, Clock.systemUTC(), "test"),
                p -> DeskDatabase.create(folder, p, TEST_KEY_ITERATIONS, null), new ImmediateTaskRunner(),
                Clock.systemUTC(), opened::add);
    }

    @Test
    void aWeakPassphraseIsExplainedAndNothingIsCreated() {
        UnlockViewModel model = model(UnlockViewModel.Mode.CREATE);
        assertThat(model.strengthProperty().get()).contains("at least 12 characters");
        model.passphraseProperty().set("short");
        model.confirmationProperty().set("short");
        model.submit();
        assertThat(model.errorProperty().get()).contains("at least 12 characters");
        assertThat(opened).isEmpty();
        assertThat(new DataFolder(dir).hasDatabase()).isFalse();
    }

    @Test
    void aMismatchedConfirmationIsCaught() {
        UnlockViewModel model = model(UnlockViewModel.Mode.CREATE);
        model.passphraseProperty().set("orange kettle winter bus");
        model.confirmationProperty().set("orange kettle winter bun");
        model.submit();
        assertThat(model.errorProperty().get()).contains("not the same");
        assertThat(opened).isEmpty();
    }

    @Test
    void aGoodPassphraseCreatesTheDatabaseAndForgetsTheTypedText() {
        UnlockViewModel model = model(UnlockViewModel.Mode.CREATE);
        model.passphraseProperty().set("orange kettle winter bus");
        model.confirmationProperty().set("orange kettle winter bus");
        model.submit();
        assertThat(opened).hasSize(1);
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.confirmationProperty().get()).isEmpty();
    }

    @Test
    void aWrongPassphraseSaysSoThenTheThirdMakesTheUserWait() throws Exception {
        DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        UnlockViewModel model = model(UnlockViewModel.Mode.UNLOCK);
        for (int i = 0; i < 2; i++) {
            model.passphraseProperty().set("something else entirely");
            model.submit();
            assertThat(model.errorProperty().get()).isEqualTo(
                    "That passphrase is not right. Check Caps Lock and try again.");
        }
        model.passphraseProperty().set("something else entirely");
        model.submit();
        assertThat(model.errorProperty().get()).contains("wait 5 seconds");
        assertThat(model.secondsToWaitProperty().get()).isEqualTo(5);
        model.passphraseProperty().set(new String(PASSPHRASE));
        assertThat(model.canSubmitBinding().get()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void theRightPassphraseOpensIt() throws Exception {
        DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        UnlockViewModel model = model(UnlockViewModel.Mode.UNLOCK);
        model.passphraseProperty().set(new String(PASSPHRASE));
        model.submit();
        assertThat(opened).hasSize(1);
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
