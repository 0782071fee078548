package uk.supervisiondesk.ui;

import javafx.scene.Node;

/**
 * A screen shown in the main window. Views refresh when activated and may hold the user back
 * when they have unsaved changes.
 */
public interface DeskView {

    Node root();

    /** Called each time the screen is shown: refresh data, attach listeners. */
    default void activate() {
    }

    /** Called when another screen replaces this one. */
    default void deactivate() {
    }

    /**
     * Called before leaving this screen, locking or closing the window. Calls {@code proceed}
     * when leaving is fine (at once, or after saving); does not call it if the user chose to stay.
     */
    default void requestLeave(Runnable proceed) {
        proceed.run();
    }

    /**
     * Called as the app closes (or locks) without asking anything: saves whatever saves itself,
     * such as a record being typed.
     */
    default void saveWhatSavesItself() {
    }
}
