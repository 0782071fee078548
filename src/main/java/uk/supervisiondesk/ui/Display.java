package uk.supervisiondesk.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import uk.supervisiondesk.store.DisplayPreferences;

/**
 * Applies the user's text size and contrast to the window, whichever screen it shows, and
 * gives the keys that change them (Ctrl and plus, minus or zero) from the very first screen.
 * Every size in the stylesheets is in em, so setting the root font size scales the whole app.
 */
public final class Display {
    private static final String HIGH_CONTRAST = Display.class.getResource("desk-high-contrast.css").toExternalForm();
    /** The theme's own size; a system set to larger text (a bigger default font) wins. */
    private static final double THEME_FONT_SIZE = 14;

    private final ObjectProperty<DisplayPreferences> preferences;

    /** @param save keeps a changed preference (called on the FX thread; it should save in the background) */
    public Display(DisplayPreferences initial, Consumer<DisplayPreferences> save) {
        preferences = new SimpleObjectProperty<>(initial);
        preferences.addListener((obs, old, now) -> save.accept(now));
    }

    public void attach(Scene scene) {
        apply(scene);
        scene.rootProperty().addListener((obs, old, now) -> apply(scene));
        preferences.addListener((obs, old, now) -> apply(scene));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                this::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                this::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                this::smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                this::smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> preferences.set(preferences.get().withTextSize(100)));
    }

    private void apply(Scene scene) {
        DisplayPreferences now = preferences.get();
        Parent root = scene.getRoot();
        if (root != null) {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize(now)));
        }
        if (now.highContrast() && !scene.getStylesheets().contains(HIGH_CONTRAST)) {
            scene.getStylesheets().add(HIGH_CONTRAST);
        } else if (!now.highContrast()) {
            scene.getStylesheets().remove(HIGH_CONTRAST);
        }
    }

    static double fontSize(DisplayPreferences preferences) {
        return Math.max(THEME_FONT_SIZE, Font.getDefault().getSize()) * preferences.textSizePercent() / 100.0;
    }

    public void larger() {
        preferences.set(preferences.get().larger());
    }

    public void smaller() {
        preferences.set(preferences.get().smaller());
    }

    public ObjectProperty<DisplayPreferences> preferencesProperty() {
        return preferences;
    }
}
