package uk.supervisiondesk.ui.prompts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.ui.Messages;

/**
 * The reflective cycle as a picture: the four stages round a circle, clockwise from Experience at
 * the top. A stage the discussion covered is filled and carries a tick before its name, so the
 * picture does not rely on colour; a screen reader hears the same in one sentence.
 */
public final class CyclePicture extends Pane {
    private static final double SIZE = 262;
    private static final double RING = 84;
    private static final double STAGE = 44;

    private final Map<Stage, Label> labels = new EnumMap<>(Stage.class);
    private final Map<Stage, Circle> discs = new EnumMap<>(Stage.class);

    public CyclePicture() {
        getStyleClass().add("cycle-picture");
        setId("cyclePicture");
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        setAccessibleRole(AccessibleRole.TEXT);
        double c = SIZE / 2;
        Circle ring = new Circle(c, c, RING);
        ring.getStyleClass().add("cycle-ring");
        getChildren().add(ring);
        Stage[] stages = Stage.values();
        for (int i = 0; i < stages.length; i++) {
            // Clockwise from the top: Experience, Reflection, Analysis, Plan.
            double angle = Math.toRadians(-90 + 90 * i);
            getChildren().add(arrowHead(c, c, Math.toRadians(-45 + 90 * i)));
            Circle disc = new Circle(c + RING * Math.cos(angle), c + RING * Math.sin(angle), STAGE);
            disc.getStyleClass().add("cycle-stage");
            Label name = new Label();
            name.getStyleClass().add("cycle-stage-name");
            name.setAlignment(Pos.CENTER);
            name.setMinSize(STAGE * 2 - 2, STAGE * 2);
            name.setMaxSize(STAGE * 2 - 2, STAGE * 2);
            name.relocate(disc.getCenterX() - STAGE + 1, disc.getCenterY() - STAGE);
            name.setId("cycle-" + stages[i].key());
            discs.put(stages[i], disc);
            labels.put(stages[i], name);
            getChildren().addAll(disc, name);
        }
        show(ReflectiveCoverage.NONE);
    }

    /** A small arrowhead on the ring, pointing clockwise, between two stages. */
    private static Polygon arrowHead(double cx, double cy, double angle) {
        double x = cx + RING * Math.cos(angle);
        double y = cy + RING * Math.sin(angle);
        double tx = -Math.sin(angle);
        double ty = Math.cos(angle);
        double nx = Math.cos(angle);
        double ny = Math.sin(angle);
        double len = 9;
        double half = 6;
        Polygon head = new Polygon(x + tx * len, y + ty * len,
                x - tx * 2 + nx * half, y - ty * 2 + ny * half,
                x - tx * 2 - nx * half, y - ty * 2 - ny * half);
        head.getStyleClass().add("cycle-arrow");
        return head;
    }

    public void show(ReflectiveCoverage coverage) {
        List<String> covered = new ArrayList<>();
        List<String> notCovered = new ArrayList<>();
        for (Stage s : Stage.values()) {
            boolean yes = coverage.covers(s);
            Label name = labels.get(s);
            name.setText(yes ? "\u2713 " + s.title() : s.title());
            name.getStyleClass().removeAll("cycle-stage-name-covered");
            Circle disc = discs.get(s);
            disc.getStyleClass().removeAll("cycle-stage-covered");
            if (yes) {
                name.getStyleClass().add("cycle-stage-name-covered");
                disc.getStyleClass().add("cycle-stage-covered");
                covered.add(s.title());
            } else {
                notCovered.add(s.title());
            }
        }
        setAccessibleText(Messages.get("prompts.cycle.accessible",
                covered.isEmpty() ? Messages.get("prompts.cycle.none") : String.join(", ", covered),
                notCovered.isEmpty() ? Messages.get("prompts.cycle.none") : String.join(", ", notCovered)));
    }

    /** Whether the picture shows a stage as covered (what a sighted user sees: the tick and the fill). */
    public boolean showsCovered(Stage stage) {
        return labels.get(stage).getText().startsWith("\u2713") && discs.get(stage).getStyleClass()
                .contains("cycle-stage-covered");
    }
}
