package uk.supervisiondesk.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's frame: menu bar, navigation bar, the current screen and the status bar.
 * Screens are shown by the {@link Navigator}; this class only lays out and wires shortcuts.
 */
public final class MainWindow {

    /** What the menus do that is not navigation. */
    public interface Actions {
        void newSupervisee();

        void loadSampleData();

        void importStaff();

        void importSessions();

        /** Files every completed record not yet in the export folder (issue 7). */
        void exportEverythingNew();

        void showGuide();

        /** Opens the window that checks a signed PDF. */
        void verifyPdf();

        void showShortcuts();

        void showAbout();

        void exit();

        /** Saves what saves itself, closes the database and shows the unlock screen. */
        void lock();
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Navigator navigator = new Navigator(content);

    public MainWindow(FxTaskRunner tasks, StatusMessages status, Actions actions, Display display, String dataFolder,
                      Clock clock) {
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content-area");
        root.setTop(menuBar(actions, display));
        root.setLeft(navigationBar());
        root.setCenter(content);
        root.setBottom(statusBar(tasks, status, dataFolder, clock));
    }

    private MenuBar menuBar(Actions actions, Display display) {
        MenuItem newSupervisee = item("menu.file.newSupervisee", actions::newSupervisee,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem sample = item("menu.file.sampleData", actions::loadSampleData, null);
        MenuItem importStaff = item("menu.file.importStaff", actions::importStaff, null);
        MenuItem importSessions = item("menu.file.importSessions", actions::importSessions, null);
        MenuItem exportNew = item("exportFile.menu", actions::exportEverythingNew, null);
        MenuItem exit = item("menu.file.exit", actions::exit,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem lock = item("menu.file.lock", actions::lock,
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(Messages.get("menu.file"), null, newSupervisee, new SeparatorMenuItem(), importStaff,
                importSessions, sample, new SeparatorMenuItem(), exportNew, new SeparatorMenuItem(), lock, exit);

        Menu go = new Menu(Messages.get("menu.go"));
        for (NavigationTarget target : NavigationTarget.values()) {
            go.getItems().add(item(target.messageKey(), () -> navigator.navigateTo(target), target.shortcut()));
        }
        Menu help = new Menu(Messages.get("menu.help"), null,
                item("menu.help.guide", actions::showGuide, new KeyCodeCombination(KeyCode.F1)),
                item("menu.help.shortcuts", actions::showShortcuts, null),
                item("menu.help.verifyPdf", actions::verifyPdf, null),
                new SeparatorMenuItem(),
                item("menu.help.about", actions::showAbout, null));
        MenuBar bar = new MenuBar(file, go, viewMenu(display), help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Text size and contrast. Their keys (Ctrl and plus, minus, zero) belong to the scene, so they work on every screen. */
    private static Menu viewMenu(Display display) {
        CheckMenuItem highContrast = new CheckMenuItem(Messages.get("menu.view.highContrast"));
        highContrast.setId("menu-view-highContrast");
        highContrast.setSelected(display.preferencesProperty().get().highContrast());
        display.preferencesProperty().addListener((obs, old, now) -> highContrast.setSelected(now.highContrast()));
        highContrast.setOnAction(e -> display.preferencesProperty().set(
                display.preferencesProperty().get().withHighContrast(highContrast.isSelected())));
        return new Menu(Messages.get("menu.view"), null,
                item("menu.view.larger", display::larger, null),
                item("menu.view.smaller", display::smaller, null),
                item("menu.view.standard", () -> display.preferencesProperty().set(
                        display.preferencesProperty().get().withTextSize(100)), null),
                new SeparatorMenuItem(), highContrast);
    }

    private static MenuItem item(String key, Runnable action, KeyCombination shortcut) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        return item;
    }

    private VBox navigationBar() {
        VBox bar = new VBox(2);
        bar.getStyleClass().add("navigation-bar");
        bar.setPadding(new Insets(12, 8, 12, 8));
        bar.setAccessibleText(Messages.get("nav.accessible"));
        ToggleGroup group = new ToggleGroup();
        Map<NavigationTarget, ToggleButton> buttons = new EnumMap<>(NavigationTarget.class);
        for (NavigationTarget target : NavigationTarget.values()) {
            ToggleButton button = new ToggleButton(target.title());
            button.setId("nav-" + target.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("navigation-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(group);
            button.setAccessibleText(target.title());
            button.setAccessibleHelp(Messages.get("nav.shortcutHelp", target.shortcut().getDisplayText()));
            button.setTooltip(new javafx.scene.control.Tooltip(target.shortcut().getDisplayText()));
            // The toggle follows the navigator, which may refuse to leave a screen with unsaved work.
            button.setOnAction(e -> {
                button.setSelected(target == navigator.currentProperty().get());
                navigator.navigateTo(target);
            });
            buttons.put(target, button);
            bar.getChildren().add(button);
        }
        navigator.currentProperty().addListener((obs, old, now) -> {
            buttons.values().forEach(b -> b.setSelected(false));
            if (now != null) {
                buttons.get(now).setSelected(true);
            }
        });
        return bar;
    }

    private HBox statusBar(FxTaskRunner tasks, StatusMessages status, String dataFolder, Clock clock) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(status.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(90);
        progress.visibleProperty().bind(tasks.busyProperty());
        progress.setAccessibleText(Messages.get("status.working"));
        Label work = new Label();
        work.textProperty().bind(tasks.currentWorkProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label store = new Label(Messages.get("status.store"));
        store.setTooltip(new javafx.scene.control.Tooltip(Messages.get("status.storeDetail", dataFolder)));
        Label today = new Label(LocalDate.now(clock).format(DateTimeFormatter.ofPattern("EEE dd/MM/yyyy",
                java.util.Locale.UK)));
        HBox bar = new HBox(12, message, spacer, work, progress, store, today);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    public Navigator navigator() {
        return navigator;
    }

    public Parent root() {
        return root;
    }
}
