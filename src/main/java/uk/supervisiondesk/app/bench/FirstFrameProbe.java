package uk.supervisiondesk.app.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For `bench startup`: tells the parent process when the first frame has been drawn, then
 * exits. The first pulse after showing draws the first frame, so the second pulse means it is
 * on screen.
 */
public final class FirstFrameProbe {
    public static final String PROPERTY = "supervisiondesk.bench.firstFrame";
    public static final String SIGNAL = "first-frame";

    private FirstFrameProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void reportAndExit(Scene scene) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println(SIGNAL);
                    System.out.flush();
                    Platform.runLater(() -> System.exit(0));
                }
            }
        }.start();
    }
}
