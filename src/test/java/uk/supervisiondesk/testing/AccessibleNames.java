package uk.supervisiondesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;

/**
 * Finds the controls a keyboard user can reach that a screen reader could not name. A control
 * is named by its accessible text, its own visible text (buttons, check boxes), or a label
 * pointing at it with {@code labelFor}, which JavaFX reports to screen readers as LABELED_BY.
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Each reachable control without a name, described so a failing test says which one. */
    public static List<String> unnamed(Parent root) {
        Set<Node> labelled = root.lookupAll(".label").stream()
                .filter(Label.class::isInstance).map(Label.class::cast)
                .filter(l -> l.getLabelFor() != null && hasText(l.getText()))
                .map(Label::getLabelFor).collect(Collectors.toSet());
        List<String> unnamed = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Control control && reachable(control) && !insideCompositeControl(control)
                    && !named(control, labelled)) {
                unnamed.add(describe(control));
            }
        }
        return unnamed;
    }

    private static boolean reachable(Control control) {
        if (!control.isFocusTraversable()) {
            return false;
        }
        for (Node n = control; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text field inside a date picker or spinner is named through its owner. */
    private static boolean insideCompositeControl(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> || n instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Control control, Set<Node> labelled) {
        if (hasText(control.getAccessibleText()) || labelled.contains(control)) {
            return true;
        }
        return control instanceof Labeled labeled && !(control instanceof Label) && hasText(labeled.getText());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Control control) {
        String id = control.getId() == null ? "(no id)" : "#" + control.getId();
        Parent parent = control.getParent();
        String where = parent == null || parent.getId() == null ? "" : " in #" + parent.getId();
        return control.getClass().getSimpleName() + " " + id + where;
    }
}
