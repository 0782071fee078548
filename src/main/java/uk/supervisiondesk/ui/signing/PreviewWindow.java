package uk.supervisiondesk.ui.signing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.supervisiondesk.pdf.PdfPageImages;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * A record's PDF shown inside the app, a page at a time. Pages are drawn in the background when
 * first shown (the first as soon as the PDF is ready) and kept while the window is open; a
 * spinner stands in while one is being drawn. Page Up and Page Down turn the pages.
 */
final class PreviewWindow {
    private final TaskRunner tasks;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label working = new Label(Messages.get("signing.preview.rendering"));
    private final Label pageOf = new Label();
    private final Label problem = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final Button previous = new Button(Messages.get("signing.preview.previous"));
    private final Button next = new Button(Messages.get("signing.preview.next"));
    private final Map<Integer, Image> drawn = new HashMap<>();
    private byte[] pdf;
    private int current = 1;
    private int pageCount;
    private Stage stage;

    private PreviewWindow(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /**
     * Opens the window at once, with progress showing, and fills it when {@code load} delivers the PDF.
     *
     * @param load asks for the PDF in the background; calls back on the FX thread
     */
    static PreviewWindow open(Node from, String title, TaskRunner tasks,
                              java.util.function.BiConsumer<Consumer<byte[]>, Consumer<Throwable>> load) {
        PreviewWindow w = new PreviewWindow(tasks);
        w.stage = OwnedWindow.open(from, Messages.get("signing.preview.title", title), w.build(title), 900, 760, false);
        w.busy(true);
        load.accept(w::show, w::failed);
        return w;
    }

    private BorderPane build(String title) {
        root.setId("previewWindow");
        Label heading = new Label(title);
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        previous.setId("previewPrevious");
        next.setId("previewNext");
        previous.setOnAction(e -> turnTo(current - 1));
        next.setOnAction(e -> turnTo(current + 1));
        previous.setDisable(true);
        next.setDisable(true);
        pageOf.setId("previewPageOf");
        Button close = new Button(Messages.get("signing.close"));
        close.setId("previewClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setId("previewProgress");
        progress.setPrefSize(28, 28);
        progress.setAccessibleText(Messages.get("signing.preview.rendering"));
        HBox bar = new HBox(8, previous, next, pageOf, progress, working, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, heading, bar);
        top.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(top);
        page.setId("previewPage");
        page.setPreserveRatio(true);
        page.setAccessibleText(Messages.get("signing.preview.pageAccessible"));
        problem.setId("previewProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error-banner");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("preview-paper");
        paper.setPadding(new Insets(12));
        scroll.setContent(new VBox(8, problem, paper));
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(Messages.get("signing.preview.pageAccessible"));
        root.setCenter(scroll);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                turnTo(current + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                turnTo(current - 1);
                e.consume();
            }
        });
        return root;
    }

    private void show(byte[] bytes) {
        this.pdf = bytes;
        draw(1);
    }

    private void turnTo(int number) {
        if (pdf == null || number < 1 || (pageCount > 0 && number > pageCount)) {
            return;
        }
        Image ready = drawn.get(number);
        if (ready != null) {
            display(ready, number);
        } else {
            draw(number);
        }
    }

    private void draw(int number) {
        busy(true);
        byte[] bytes = pdf;
        tasks.run(Messages.get("signing.preview.rendering"), () -> {
            PdfPageImages.Page p = PdfPageImages.render(bytes, number, PdfPageImages.PREVIEW_DPI);
            return new Drawn(FxImages.toFx(p.image()), p.number(), p.pageCount());
        }, d -> {
            pageCount = d.pageCount();
            drawn.put(d.number(), d.image());
            display(d.image(), d.number());
        }, this::failed);
    }

    private record Drawn(Image image, int number, int pageCount) {
    }

    private void display(Image image, int number) {
        busy(false);
        current = number;
        page.setImage(image);
        scroll.setVvalue(0);
        pageOf.setText(Messages.get("signing.preview.pageOf", number, pageCount));
        page.setAccessibleText(Messages.get("signing.preview.pageOf", number, pageCount));
        previous.setDisable(number <= 1);
        next.setDisable(number >= pageCount);
    }

    private void failed(Throwable e) {
        busy(false);
        problem.setText(Messages.get("signing.preview.failed", RecordSigning.message(e)));
        problem.setVisible(true);
    }

    private void busy(boolean on) {
        progress.setVisible(on);
        working.setVisible(on);
    }

    Stage stage() {
        return stage;
    }
}
