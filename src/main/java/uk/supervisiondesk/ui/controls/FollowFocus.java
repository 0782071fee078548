package uk.supervisiondesk.ui.controls;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane does not follow the keyboard by itself: this brings the focused field into view,
 * so someone tabbing through a long form always sees where they are typing.
 */
public final class FollowFocus {
    private static final double MARGIN = 48;
    private final ScrollPane scroll;
    private final Node content;
    private final ChangeListener<Node> listener = (obs, old, focused) -> reveal(focused);

    public FollowFocus(ScrollPane scroll, Node content) {
        this.scroll = scroll;
        this.content = content;
    }

    /** Starts following the scene's focus (call when the form is shown). */
    public void attach(Scene scene) {
        scene.focusOwnerProperty().addListener(listener);
    }

    /** Stops following (call when the form is hidden), so no listener outlives it. */
    public void detach(Scene scene) {
        scene.focusOwnerProperty().removeListener(listener);
    }

    private void reveal(Node focused) {
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        var bounds = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (bounds.getMinY() - MARGIN < top) {
            target = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() + MARGIN > top + viewport) {
            target = bounds.getMaxY() + MARGIN - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
