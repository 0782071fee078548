package uk.supervisiondesk.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.supervisiondesk.ui.Messages;

/**
 * The guide in a window of its own beside the app, so it can stay open while the user works:
 * the sections on the left (arrow keys move between them), the chosen section on the right.
 * Escape closes it. There is one guide window; asking again brings it to the front.
 */
public final class GuideWindow {
    private final Guide guide;
    private Stage stage;

    public GuideWindow(Guide guide) {
        this.guide = guide;
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        if (owner != null && owner.getScene() != null) {
            // The same look, text size and contrast as the app, as they are now.
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.show();
        stage.toFront();
    }

    private Stage build(Window owner) {
        ListView<Guide.Section> contents = new ListView<>();
        contents.setId("guideContents");
        contents.setAccessibleText(Messages.get("guide.contents"));
        contents.getItems().setAll(guide.sections());
        contents.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Guide.Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        contents.setPrefWidth(260);

        VBox page = new VBox(10);
        page.setId("guidePage");
        page.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("guideScroll");
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            showSection(page, now);
            scroll.setVvalue(0);
        });
        contents.getSelectionModel().select(0);

        BorderPane root = new BorderPane(scroll);
        root.setLeft(contents);
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(Messages.get("guide.title"));
        Scene scene = new Scene(root, 880, 620);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                window.hide();
            }
        });
        window.setScene(scene);
        window.setOnShown(e -> contents.requestFocus());
        return window;
    }

    private static void showSection(VBox page, Guide.Section section) {
        page.getChildren().clear();
        if (section == null) {
            return;
        }
        Label title = new Label(section.title());
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        page.getChildren().add(title);
        for (Guide.Block block : section.blocks()) {
            Label text = new Label(block.text());
            text.setWrapText(true);
            text.setFocusTraversable(true); // a screen reader user can move through the text
            text.setAccessibleText(block.text());
            if (block.bullet()) {
                Label dot = new Label("\u2022");
                HBox item = new HBox(8, dot, text);
                item.setPadding(new Insets(0, 0, 0, 8));
                page.getChildren().add(item);
            } else {
                page.getChildren().add(text);
            }
        }
    }

    /** The open window, for tests. */
    public Stage stage() {
        return stage;
    }
}
