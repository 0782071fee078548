package uk.supervisiondesk.ui.prompts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.supervisiondesk.prompts.GroupKind;
import uk.supervisiondesk.prompts.KssStatement;
import uk.supervisiondesk.prompts.QuestionGroup;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.prompts.SupervisionFunction;
import uk.supervisiondesk.ui.Messages;

/**
 * The prompts panel beside a record's notes. Enter or a double-click on a question puts it into
 * the notes where the caret was; Ctrl+Shift+P from anywhere in the record comes here to search.
 * Below the questions: the picture of the cycle, the stages and functions covered (ticked when a
 * question is asked, and the user's to change), the gentle note on skipping from Experience to
 * Plan, the Knowledge and Skills Statements, and a place to add a question of one's own.
 */
public final class PromptsPanel {
    /** Comes to the panel's search from the notes. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final PromptsPanelModel model;
    private final Consumer<String> insert;
    private final VBox root = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(root);
    private final TextField search = new TextField();
    private final ListView<PromptsPanelModel.Entry> list = new ListView<>();
    private final CyclePicture picture = new CyclePicture();
    private final Map<Stage, CheckBox> stageBoxes = new EnumMap<>(Stage.class);
    private final Map<SupervisionFunction, CheckBox> functionBoxes = new EnumMap<>(SupervisionFunction.class);
    private final Map<String, CheckBox> kssBoxes = new LinkedHashMap<>();
    private boolean showing;

    /**
     * @param insert puts text into the notes field the user was last in, at its caret, and
     *               gives that field the focus back
     */
    public PromptsPanel(PromptsPanelModel model, Consumer<String> insert) {
        this.model = model;
        this.insert = insert;
        root.setId("promptsPanel");
        root.getStyleClass().add("prompts-panel");
        root.setPadding(new Insets(12, 14, 12, 14));

        Label title = new Label(Messages.get("prompts.title"));
        title.getStyleClass().add("form-section-title");
        Label help = new Label(Messages.get("prompts.help"));
        help.getStyleClass().add("hint");
        help.setWrapText(true);

        search.setId("promptSearch");
        search.setPromptText(Messages.get("prompts.search.prompt"));
        search.setAccessibleText(Messages.get("prompts.search.accessible"));
        search.setTooltip(new Tooltip(Messages.get("prompts.search.tooltip")));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                e.consume();
                list.requestFocus();
                selectFirstQuestion();
            }
        });

        ComboBox<GroupKind> kind = new ComboBox<>();
        kind.setId("promptKind");
        List<GroupKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(GroupKind.values()));
        kind.setItems(FXCollections.observableArrayList(kinds));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(GroupKind k) {
                return k == null ? Messages.get("prompts.kind.all") : Messages.get("prompts.kind." + k.key());
            }

            @Override
            public GroupKind fromString(String s) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(GroupKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(kind.getConverter().toString(k));
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setAccessibleText(Messages.get("prompts.kind.accessible"));
        kind.setMaxWidth(Double.MAX_VALUE);

        list.setId("promptList");
        list.setItems(model.entries());
        list.setAccessibleText(Messages.get("prompts.list.accessible"));
        list.setTooltip(new Tooltip(Messages.get("prompts.list.tooltip")));
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(l -> new EntryCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                askSelected();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                askSelected();
            }
        });
        Button ask = new Button(Messages.get("prompts.insert"));
        ask.setId("insertPrompt");
        ask.setTooltip(new Tooltip(Messages.get("prompts.list.tooltip")));
        ask.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var selected = list.getSelectionModel().getSelectedItem();
            return selected == null || selected.isHeading();
        }, list.getSelectionModel().selectedItemProperty()));
        ask.setOnAction(e -> askSelected());

        Label problem = new Label();
        problem.setId("promptsProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("form-error-banner");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        root.getChildren().addAll(title, help, problem, search, kind, list, ask, coverage(), kssPane(), ownPane());
        model.coverageProperty().addListener((obs, old, now) -> showCoverage(now));
        showCoverage(model.coverageProperty().get());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setMinWidth(300);
        scroll.setPrefWidth(360);
    }

    private Node coverage() {
        Label heading = new Label(Messages.get("prompts.coverage.title"));
        heading.getStyleClass().add("form-section-title");
        Label help = new Label(Messages.get("prompts.coverage.help"));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        FlowPane stages = new FlowPane(10, 4);
        for (Stage s : Stage.values()) {
            CheckBox box = new CheckBox(s.title());
            box.setId("cover-" + s.key());
            box.setAccessibleText(Messages.get("prompts.coverage.stage", s.title(), s.question()));
            box.setOnAction(e -> model.setStage(s, box.isSelected()));
            stageBoxes.put(s, box);
            stages.getChildren().add(box);
        }
        Label functionsLabel = new Label(Messages.get("prompts.coverage.functions"));
        functionsLabel.getStyleClass().add("field-label");
        FlowPane functions = new FlowPane(10, 4);
        for (SupervisionFunction f : SupervisionFunction.values()) {
            CheckBox box = new CheckBox(f.title());
            box.setId("cover-" + f.key());
            box.setAccessibleText(Messages.get("prompts.coverage.function", f.title()));
            box.setOnAction(e -> model.setFunction(f, box.isSelected()));
            functionBoxes.put(f, box);
            functions.getChildren().add(box);
        }
        Label advice = new Label();
        advice.setId("cycleAdvice");
        advice.setWrapText(true);
        advice.getStyleClass().add("cycle-advice");
        advice.textProperty().bind(model.adviceProperty());
        advice.visibleProperty().bind(model.adviceProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        HBox pictureRow = new HBox(picture);
        pictureRow.setAlignment(javafx.geometry.Pos.CENTER);
        return new VBox(6, heading, help, pictureRow, stages, advice, functionsLabel, functions);
    }

    private Node kssPane() {
        VBox boxes = new VBox(4);
        Label help = new Label(Messages.get("prompts.kss.help"));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        boxes.getChildren().add(help);
        var set = (uk.supervisiondesk.prompts.KssSet) null;
        for (KssStatement st : model.statements()) {
            if (st.set() != set) {
                set = st.set();
                Label setName = new Label(Messages.get("prompts.kss.set." + set.key()));
                setName.getStyleClass().add("field-label");
                boxes.getChildren().add(setName);
            }
            CheckBox box = new CheckBox(st.label());
            box.setId("kss-" + st.id());
            box.setWrapText(true);
            box.setTooltip(st.help().isEmpty() ? null : new Tooltip(st.help()));
            box.setAccessibleText(Messages.get("prompts.kss.accessible", st.label()));
            box.setOnAction(e -> model.setKss(st.id(), box.isSelected()));
            kssBoxes.put(st.id(), box);
            boxes.getChildren().add(box);
        }
        TitledPane pane = new TitledPane(Messages.get("prompts.kss.title"), boxes);
        pane.setId("kssPane");
        pane.setAnimated(false);
        pane.setExpanded(!model.coverageProperty().get().kss().isEmpty());
        return pane;
    }

    private Node ownPane() {
        Label textLabel = new Label(Messages.get("prompts.own.text"));
        textLabel.setMnemonicParsing(true);
        TextField text = new TextField();
        text.setId("ownQuestion");
        textLabel.setLabelFor(text);
        text.textProperty().bindBidirectional(model.ownTextProperty());
        Label groupLabel = new Label(Messages.get("prompts.own.group"));
        groupLabel.setMnemonicParsing(true);
        ComboBox<QuestionGroup> group = new ComboBox<>(model.groups());
        group.setId("ownQuestionGroup");
        groupLabel.setLabelFor(group);
        group.setMaxWidth(Double.MAX_VALUE);
        StringConverter<QuestionGroup> names = new StringConverter<>() {
            @Override
            public String toString(QuestionGroup g) {
                return g == null ? "" : g.title();
            }

            @Override
            public QuestionGroup fromString(String s) {
                return null;
            }
        };
        group.setConverter(names);
        group.valueProperty().bindBidirectional(model.ownGroupProperty());
        Button add = new Button(Messages.get("prompts.own.add"));
        add.setId("addOwnQuestion");
        add.disableProperty().bind(model.ownTextProperty().isEmpty());
        add.setOnAction(e -> model.addOwn());
        text.setOnAction(e -> model.addOwn());
        Label help = new Label(Messages.get("prompts.own.help"));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        TitledPane pane = new TitledPane(Messages.get("prompts.own.title"),
                new VBox(4, help, textLabel, text, groupLabel, group, add));
        pane.setId("ownQuestionPane");
        pane.setAnimated(false);
        pane.setExpanded(false);
        return pane;
    }

    private void showCoverage(ReflectiveCoverage c) {
        if (showing) {
            return;
        }
        showing = true;
        stageBoxes.forEach((s, box) -> box.setSelected(c.covers(s)));
        functionBoxes.forEach((f, box) -> box.setSelected(c.covers(f)));
        kssBoxes.forEach((id, box) -> box.setSelected(c.kss().contains(id)));
        picture.show(c);
        showing = false;
    }

    private void askSelected() {
        var selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && !selected.isHeading()) {
            model.ask(selected.question(), insert);
        }
    }

    private void selectFirstQuestion() {
        for (int i = 0; i < model.entries().size(); i++) {
            if (!model.entries().get(i).isHeading()) {
                list.getSelectionModel().select(i);
                list.getFocusModel().focus(i);
                list.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    /** Moves to the search box, as Ctrl+Shift+P does. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public Node root() {
        return scroll;
    }

    public CyclePicture picture() {
        return picture;
    }

    /** A group's name as a heading, or a question to ask, wrapped to the list's width however long. */
    private static final class EntryCell extends ListCell<PromptsPanelModel.Entry> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        EntryCell() {
            listViewProperty().addListener((obs, old, list) -> {
                if (list != null) {
                    text.wrappingWidthProperty().bind(list.widthProperty().subtract(34));
                }
            });
        }

        @Override
        protected void updateItem(PromptsPanelModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            text.getStyleClass().setAll("prompt-text");
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (entry.isHeading()) {
                text.setText(Messages.get("prompts.groupHeading", Messages.get("prompts.kind." + entry.group().kind().key()),
                        entry.group().title()));
                text.getStyleClass().add("prompt-heading");
            } else {
                text.setText(entry.question().text());
            }
            setGraphic(text);
            setAccessibleText(text.getText());
        }
    }
}
