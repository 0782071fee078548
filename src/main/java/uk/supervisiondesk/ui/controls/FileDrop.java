package uk.supervisiondesk.ui.controls;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Lets a file be dropped on a node (a scan, a returned PDF): the first file dropped is handed on. */
public final class FileDrop {
    private FileDrop() {
    }

    public static void accept(Node target, Consumer<Path> dropped) {
        accept(target, () -> true, dropped);
    }

    /** As {@link #accept(Node, Consumer)}, while {@code open} says a file is wanted. */
    public static void accept(Node target, BooleanSupplier open, Consumer<Path> dropped) {
        target.setOnDragOver(e -> {
            if (open.getAsBoolean() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = open.getAsBoolean() && e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                dropped.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
