package uk.supervisiondesk.ui.signing;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;

/**
 * A box to sign in with the mouse, a pen or a finger. Touch and pen arrive as (synthesised)
 * mouse events, so one set of handlers serves all three. Someone who cannot draw can put their
 * typed name in instead ({@link #writeName(String)}); the block then shows it in a handwriting
 * style, which is what a typed name is: their mark, made by them, in front of the other party.
 */
final class SignaturePad extends StackPane {
    static final double WIDTH = 440;
    static final double HEIGHT = 140;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(false);
    private double lastX;
    private double lastY;

    SignaturePad(String id, String accessibleName) {
        setId(id);
        getStyleClass().add("signature-pad");
        canvas.setId(id + "Canvas");
        canvas.setAccessibleText(accessibleName);
        canvas.setAccessibleHelp(accessibleName);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        getChildren().add(canvas);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.rgb(16, 32, 96));
        g.setLineWidth(2.4);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            g.strokeLine(lastX, lastY, lastX + 0.1, lastY + 0.1);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            g.strokeLine(lastX, lastY, e.getX(), e.getY());
            lastX = e.getX();
            lastY = e.getY();
            signed.set(true);
        });
    }

    void clear() {
        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        signed.set(false);
    }

    /** Puts a typed name in the box in place of a drawing. */
    void writeName(String name) {
        clear();
        if (name == null || name.isBlank()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.setFill(Color.rgb(16, 32, 96));
        g.setFont(Font.font("Serif", FontPosture.ITALIC, 40));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(name.strip(), WIDTH / 2, HEIGHT / 2, WIDTH - 24);
        g.restore();
        signed.set(true);
    }

    ReadOnlyBooleanProperty signedProperty() {
        return signed.getReadOnlyProperty();
    }

    /** The drawing's pixels (ARGB, transparent where nothing was drawn); read on the FX thread. */
    Pixels pixels() {
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(transparent, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(argb, w, h);
    }

    /** A snapshot of the drawing, to be made into PNG off the FX thread. */
    record Pixels(int[] argb, int width, int height) {
        byte[] png() {
            return FxImages.png(argb, width, height);
        }
    }
}
