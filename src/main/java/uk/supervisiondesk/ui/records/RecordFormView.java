package uk.supervisiondesk.ui.records;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import uk.supervisiondesk.ui.prompts.PromptsPanel;
import uk.supervisiondesk.ui.prompts.PromptsPanelModel;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.templates.TemplateSection;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.DateField;
import uk.supervisiondesk.ui.controls.FollowFocus;

/**
 * A record form built from its template: every section in the policy's order, a control for
 * each field's type, the personal note kept apart, and the place to record a disagreement.
 * It saves itself as it is typed; the buttons complete it, or throw a draft away.
 */
public final class RecordFormView {
    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final RecordFormViewModel model;
    private final Runnable close;
    private final Consumer<String> copyToClipboard;
    private final Runnable exportCalendar;
    private final Runnable savePreparation;
    private final Runnable importPreparation;
    private final BorderPane root = new BorderPane();
    private final VBox sections = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(sections);
    private final FollowFocus followFocus = new FollowFocus(scroll, sections);
    private final PromptsPanel prompts;
    private final List<TextArea> reflectiveNotes = new ArrayList<>();
    private final SplitPane split = new SplitPane();
    private final ToggleButton showPrompts = new ToggleButton();
    private TextArea lastNotes;
    private final javafx.beans.property.BooleanProperty frozen = new javafx.beans.property.SimpleBooleanProperty(false);
    private Node buttonBar;

    public RecordFormView(RecordFormViewModel model, Runnable close, Consumer<String> copyToClipboard,
                          Runnable exportCalendar, Runnable savePreparation, Runnable importPreparation) {
        this(model, close, copyToClipboard, exportCalendar, savePreparation, importPreparation, null);
    }

    /**
     * @param promptsModel the reflective prompts beside the notes; null, or a form with no
     *                     reflective field, shows none
     */
    public RecordFormView(RecordFormViewModel model, Runnable close, Consumer<String> copyToClipboard,
                          Runnable exportCalendar, Runnable savePreparation, Runnable importPreparation,
                          PromptsPanelModel promptsModel) {
        this.model = model;
        this.savePreparation = savePreparation;
        this.importPreparation = importPreparation;
        this.close = close;
        this.copyToClipboard = copyToClipboard;
        this.exportCalendar = exportCalendar;
        root.getStyleClass().add("record-form");
        root.setTop(header());
        buildSections();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        sections.setPadding(new Insets(8, 20, 24, 20));
        prompts = promptsModel != null && model.isReflective() ? preparePrompts(promptsModel) : null;
        root.setCenter(prompts == null ? scroll : split);
        showPrompts.setVisible(prompts != null);
        showPrompts.setManaged(prompts != null);
        buttonBar = buttons();
        root.setBottom(buttonBar);
        // A disagreement can still be recorded against a signed record; nothing else can change.
        sections.getChildren().stream().filter(n -> !"disagreementPane".equals(n.getId()))
                .forEach(n -> n.disableProperty().bind(frozen));
        frozen.addListener((obs, was, now) -> {
            sections.getStyleClass().remove("signed-sections");
            if (now) {
                sections.getStyleClass().add("signed-sections");
            }
        });
        if (prompts != null) {
            // A signed record takes no more notes, so there is nowhere to put a question.
            prompts.root().disableProperty().bind(frozen);
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                followFocus.detach(old);
                old.getAccelerators().remove(COMPLETE);
                old.getAccelerators().remove(PromptsPanel.FIND);
            }
            if (scene != null) {
                followFocus.attach(scene);
                scene.getAccelerators().put(COMPLETE, this::complete);
                if (prompts != null) {
                    scene.getAccelerators().put(PromptsPanel.FIND, this::findPrompt);
                }
            }
        });
    }

    private Node header() {
        var context = model.context();
        Button back = new Button(Messages.get("record.back"));
        back.setId("recordBack");
        back.setOnAction(e -> model.leave(close));
        Label title = new Label(context.template().title());
        title.setId("recordTitle");
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label help = new Label(context.template().help());
        help.getStyleClass().add("screen-help");
        help.setWrapText(true);
        Label who = new Label(Messages.get("record.for", context.supervisee().fullName(),
                context.supervisee().employeeNumber(), context.template().source()));
        who.setWrapText(true);
        DateField date = new DateField();
        date.disableProperty().bind(frozen);
        date.textField().setId("recordDate");
        date.setAccessibleName(Messages.get("record.date"));
        date.textProperty().bindBidirectional(model.recordDateProperty());
        Label dateLabel = new Label(Messages.get("record.dateLabel"));
        dateLabel.setLabelFor(date.textField());
        Label saveState = new Label();
        saveState.setId("recordSaveState");
        saveState.getStyleClass().add("hint");
        saveState.textProperty().bind(model.saveStateProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox dateRow = new HBox(8, dateLabel, date, spacer, saveState);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        Label dateError = FieldBlock.errorLine("recordDateError", model.recordDateErrorProperty());
        Label gap = new Label();
        gap.setId("recordGapNotice");
        gap.setWrapText(true);
        gap.getStyleClass().add("form-error-banner");
        gap.textProperty().bind(model.gapNoticeProperty());
        gap.visibleProperty().bind(model.gapNoticeProperty().isNotEmpty());
        gap.managedProperty().bind(gap.visibleProperty());
        HBox titleRow = new HBox(12, back, title);
        if (model.isReflective()) {
            Region titleSpace = new Region();
            HBox.setHgrow(titleSpace, Priority.ALWAYS);
            showPrompts.setId("togglePrompts");
            showPrompts.setSelected(true);
            showPrompts.textProperty().bind(javafx.beans.binding.Bindings.when(showPrompts.selectedProperty())
                    .then(Messages.get("prompts.hide")).otherwise(Messages.get("prompts.show")));
            showPrompts.setTooltip(new javafx.scene.control.Tooltip(Messages.get("prompts.toggle.tooltip")));
            showPrompts.selectedProperty().addListener((obs, was, now) -> showPromptsPanel(now));
            titleRow.getChildren().addAll(titleSpace, showPrompts);
        }
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, titleRow, help, who, dateRow, dateError, gap);
        top.setPadding(new Insets(14, 20, 8, 20));
        top.getStyleClass().add("form-header");
        return top;
    }

    private void buildSections() {
        for (TemplateSection section : model.context().template().sections()) {
            VBox block = new VBox(8);
            block.getStyleClass().add("form-section");
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("form-section-title");
            heading.setWrapText(true);
            block.getChildren().add(heading);
            if (!section.help().isEmpty()) {
                Label help = new Label(section.help());
                help.getStyleClass().add("hint");
                help.setWrapText(true);
                block.getChildren().add(help);
            }
            section.fields().forEach(f -> block.getChildren().add(control(model.field(f.key()))));
            sections.getChildren().add(block);
        }
        sections.getChildren().addAll(disagreementPane(), personalNotePane());
    }

    private Node control(FieldModel m) {
        return switch (m.field().type()) {
            case SHORT_TEXT, LONG_TEXT, TIME, NUMBER, GAP_REASON, CASE_REFERENCE ->
                    SimpleFieldControls.text((TextFieldModel) m);
            case DATE, LAST_SESSION_DATE -> SimpleFieldControls.date((DateFieldModel) m);
            case YES_NO, CHOICE, FREQUENCY -> SimpleFieldControls.choice((ChoiceFieldModel<?>) m);
            case QUESTION_PAIR -> SimpleFieldControls.questionPair((QuestionPairModel) m);
            case PERSON -> SimpleFieldControls.person((PersonFieldModel) m);
            case CASES -> ListFieldControls.cases((RowListModel) m, row -> {
                copyToClipboard.accept(model.caseNote(row));
            });
            case ATTENDEES -> ListFieldControls.attendees((RowListModel) m);
            case CHECKLIST -> ListFieldControls.checklist((ChecklistModel) m);
            case SCHEDULE -> ListFieldControls.schedule((ScheduleModel) m, model::generateSchedule, () -> {
                model.leave(exportCalendar);
            });
            case ACTIONS -> ActionControls.actions((ActionsModel) m);
            case ACTION_REVIEW -> ActionControls.review((ActionReviewModel) m);
        };
    }

    /** Finds the notes fields the prompts are offered for, and remembers which one the user was last in. */
    private PromptsPanel preparePrompts(PromptsPanelModel promptsModel) {
        // Any notes field can take a question; the reflective ones come first, as where it goes by default.
        java.util.Comparator<uk.supervisiondesk.templates.TemplateField> reflectiveFirst =
                java.util.Comparator.comparing(f -> !f.reflective());
        model.context().template().fields().filter(f -> f.type() == uk.supervisiondesk.templates.FieldType.LONG_TEXT)
                .sorted(reflectiveFirst)
                .map(f -> sections.lookup("#" + f.key())).filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .forEach(area -> {
                    reflectiveNotes.add(area);
                    area.focusedProperty().addListener((obs, was, now) -> {
                        if (now) {
                            lastNotes = area;
                        }
                    });
                });
        if (reflectiveNotes.isEmpty()) {
            return null;
        }
        PromptsPanel panel = new PromptsPanel(promptsModel, this::insertQuestion);
        split.getItems().setAll(scroll, panel.root());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(panel.root(), false);
        return panel;
    }

    /** Puts a question on a line of its own at the caret of the notes the user was last in, and goes back there. */
    private void insertQuestion(String question) {
        TextArea area = lastNotes != null ? lastNotes : reflectiveNotes.get(0);
        int caret = area.getCaretPosition();
        String text = area.getText() == null ? "" : area.getText();
        String before = caret > 0 && text.charAt(caret - 1) != '\n' ? "\n" : "";
        String insertion = before + question + "\n";
        area.insertText(caret, insertion);
        area.requestFocus();
        area.positionCaret(caret + insertion.length());
    }

    private void showPromptsPanel(boolean show) {
        if (prompts == null) {
            return;
        }
        if (show && !split.getItems().contains(prompts.root())) {
            split.getItems().add(prompts.root());
            split.setDividerPositions(0.64);
        } else if (!show) {
            split.getItems().remove(prompts.root());
        }
    }

    private void findPrompt() {
        if (prompts != null) {
            showPrompts.setSelected(true);
            prompts.focusSearch();
        }
    }

    /** The prompts panel, when the form offers one. */
    public java.util.Optional<PromptsPanel> promptsPanel() {
        return java.util.Optional.ofNullable(prompts);
    }

    private Node personalNotePane() {
        TextArea note = new TextArea();
        note.setId("personalNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setAccessibleText(Messages.get("record.personalNote.title"));
        note.textProperty().bindBidirectional(model.personalNoteProperty());
        Label explanation = new Label(Messages.get("record.personalNote.help"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("hint");
        TitledPane pane = new TitledPane(Messages.get("record.personalNote.title"), new VBox(6, explanation, note));
        pane.setId("personalNotePane");
        pane.setExpanded(!model.personalNoteProperty().get().isEmpty());
        pane.setAnimated(false);
        pane.getStyleClass().add("confidential");
        return pane;
    }

    private Node disagreementPane() {
        ListView<DisagreementRow> recorded = new ListView<>(model.disagreements());
        recorded.setPrefHeight(90);
        recorded.setAccessibleText(Messages.get("record.disagreement.list"));
        recorded.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DisagreementRow d, boolean empty) {
                super.updateItem(d, empty);
                setWrapText(true);
                setText(empty || d == null ? null : Messages.get("record.disagreement.line", d.party(),
                        UkDates.format(d.recordedOn()), d.note()));
            }
        });
        recorded.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.disagreements()));
        recorded.managedProperty().bind(recorded.visibleProperty());
        ComboBox<String> party = new ComboBox<>(FXCollections.observableArrayList(
                Messages.get("record.disagreement.supervisor"), Messages.get("record.disagreement.supervisee")));
        party.setId("disagreementParty");
        party.setAccessibleText(Messages.get("record.disagreement.who"));
        party.getSelectionModel().select(1);
        TextArea why = new TextArea();
        why.setId("disagreementWhy");
        why.setWrapText(true);
        why.setPrefRowCount(2);
        why.setAccessibleText(Messages.get("record.disagreement.why"));
        why.setPromptText(Messages.get("record.disagreement.why"));
        Button add = new Button(Messages.get("record.disagreement.add"));
        add.setId("addDisagreement");
        add.disableProperty().bind(why.textProperty().isEmpty());
        add.setOnAction(e -> {
            model.recordDisagreement(party.getValue(), why.getText());
            why.clear();
        });
        Label help = new Label(Messages.get("record.disagreement.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        TitledPane pane = new TitledPane(Messages.get("record.disagreement.title"),
                new VBox(6, help, recorded, party, why, add));
        pane.setId("disagreementPane");
        pane.setExpanded(!model.disagreements().isEmpty());
        pane.setAnimated(false);
        return pane;
    }

    private Node buttons() {
        Button complete = new Button(Messages.get("record.complete"));
        complete.setId("completeRecord");
        complete.setDefaultButton(false);
        complete.setOnAction(e -> complete());
        complete.disableProperty().bind(frozen);
        Button discard = new Button(Messages.get("record.discard"));
        discard.setId("discardRecord");
        discard.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.recordProperty().get().status() != RecordStatus.DRAFT || model.recordProperty().get().version() > 1,
                model.recordProperty()).or(frozen));
        discard.setOnAction(e -> model.discard(close));
        Button done = new Button(Messages.get("record.close"));
        done.setId("closeRecord");
        done.setOnAction(e -> model.leave(close));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, complete, discard, spacer);
        if (model.context().template().fields().anyMatch(f -> f.preparedBySupervisee())) {
            Button prepare = new Button(Messages.get("preparation.saveButton"));
            prepare.setId("savePreparation");
            prepare.setOnAction(e -> savePreparation.run());
            prepare.disableProperty().bind(frozen);
            Button returned = new Button(Messages.get("preparation.importButton"));
            returned.setId("importPreparation");
            returned.setOnAction(e -> importPreparation.run());
            returned.disableProperty().bind(frozen);
            bar.getChildren().addAll(prepare, returned);
        }
        bar.getChildren().add(done);
        bar.setPadding(new Insets(8, 20, 12, 20));
        bar.getStyleClass().add("form-buttons");
        return bar;
    }

    /** A leaver's record: it reads as it was kept and nothing in it can change. */
    public void showArchived(String note) {
        showArchived(note, null);
    }

    /**
     * A leaver's record, with the signing strip in its archived state ({@code signingPanel}, or
     * null for none): it can be previewed, its versions read and it can be exported, not signed.
     */
    public void showArchived(String note, Node signingPanel) {
        Label archived = new Label(note);
        archived.setId("archivedNote");
        archived.setWrapText(true);
        archived.getStyleClass().add("form-error-banner");
        frozen.set(true);
        sections.getChildren().forEach(n -> {
            n.disableProperty().unbind();
            n.setDisable(true);
        });
        root.setBottom(signingPanel == null ? new VBox(archived, buttonBar)
                : new VBox(archived, signingPanel, buttonBar));
    }

    /**
     * Adds the signing strip above the buttons. While {@code signed} holds (someone's signature
     * stands on this version), nothing in the form can be changed: it reads as it was signed.
     */
    public void attachSigning(Node panel, javafx.beans.value.ObservableBooleanValue signed) {
        frozen.bind(signed);
        root.setBottom(new VBox(panel, buttonBar));
    }

    private void complete() {
        if (frozen.get()) {
            return;
        }
        model.complete(close);
        Platform.runLater(this::focusFirstProblem);
    }

    private void focusFirstProblem() {
        model.fields().values().stream().filter(m -> !m.errorProperty().get().isEmpty()).findFirst()
                .map(m -> sections.lookup("#" + m.field().key())).ifPresent(Node::requestFocus);
    }

    public Parent root() {
        return root;
    }

    /** Saves anything typed but not yet saved, then runs {@code then} (leaving the screen, locking, exiting). */
    public void leave(Runnable then) {
        model.leave(then);
    }
}
