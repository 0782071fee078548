package uk.supervisiondesk.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The ways UI tests drive the app: as a keyboard user moves, types and picks. */
public final class DeskUi {
    private DeskUi() {
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    /** Moves to a field as the keyboard would (forms scroll to it), then types into it. */
    public static void type(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Moves to a button or check box as the keyboard would, and presses Space. */
    public static void press(FxRobot robot, String id) {
        Node control = robot.lookup(id).query();
        robot.interact(control::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clears a field, then types. */
    public static void replace(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.clear();
        });
        robot.write(text);
    }

    /** Opens a drop-down as the keyboard does (F4) and clicks the item in its list. */
    public static void choose(FxRobot robot, String comboId, String item) {
        Node combo = robot.lookup(comboId).query();
        robot.interact(combo::requestFocus);
        robot.type(javafx.scene.input.KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(item)).queryLabeled());
    }

    public static String text(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    public static int rows(FxRobot robot, String tableId) {
        return robot.lookup(tableId).queryAs(TableView.class).getItems().size();
    }
}
