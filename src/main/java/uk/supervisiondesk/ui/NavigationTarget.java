package uk.supervisiondesk.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens of the main window, in the order of the navigation bar, each with its shortcut. */
public enum NavigationTarget {
    DASHBOARD(KeyCode.DIGIT1),
    STAFF(KeyCode.DIGIT2),
    AGREEMENTS(KeyCode.DIGIT3),
    SESSIONS(KeyCode.DIGIT4),
    OBSERVATIONS(KeyCode.DIGIT5),
    ACTIONS(KeyCode.DIGIT6),
    REPORTS(KeyCode.DIGIT7),
    SETTINGS(KeyCode.DIGIT8),
    AUDIT(KeyCode.DIGIT9);

    private final KeyCode key;

    NavigationTarget(KeyCode key) {
        this.key = key;
    }

    public KeyCombination shortcut() {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** The bundle key prefix: nav.staff, nav.staff.description, ... */
    public String messageKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String title() {
        return Messages.get(messageKey());
    }
}
