package uk.supervisiondesk.ui.settings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.WrappingCell;

/** The policy part of the settings screen. Binds only. */
public final class PolicySettingsView {
    private final PolicySettingsViewModel model;
    private final Parent root;

    @FXML private Label following;
    @FXML private Label policyProblems;
    @FXML private Label packLabel;
    @FXML private ComboBox<PolicySettingsViewModel.PackChoice> packs;
    @FXML private Button usePack;
    @FXML private TableView<PolicySettingsViewModel.RuleLine> rules;
    @FXML private TableColumn<PolicySettingsViewModel.RuleLine, String> sectionColumn;
    @FXML private TableColumn<PolicySettingsViewModel.RuleLine, String> ruleColumn;
    @FXML private TableColumn<PolicySettingsViewModel.RuleLine, String> sourceColumn;
    @FXML private TextArea variation;
    @FXML private Label variationProblems;
    @FXML private Button checkVariation;
    @FXML private Button saveVariation;
    @FXML private Button removeVariation;
    @FXML private TextArea extraDays;
    @FXML private Label extraDaysProblems;
    @FXML private Button saveExtraDays;

    public PolicySettingsView(PolicySettingsViewModel model) {
        this.model = model;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        following.textProperty().bind(model.followingProperty());
        policyProblems.textProperty().bind(model.policyProblemsProperty());
        policyProblems.visibleProperty().bind(model.policyProblemsProperty().isNotEmpty());
        policyProblems.managedProperty().bind(policyProblems.visibleProperty());
        packLabel.setLabelFor(packs);
        packs.setItems(model.packs());
        packs.valueProperty().bindBidirectional(model.chosenProperty());
        usePack.setOnAction(e -> model.useChosenPack());

        rules.setItems(model.rules());
        sectionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
        // A changed rule says so in words, not only by its colour.
        ruleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().localVariation()
                ? Messages.get("policy.changedHere", c.getValue().text()) : c.getValue().text()));
        ruleColumn.setCellFactory(c -> new WrappingCell<>());
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        sourceColumn.setCellFactory(c -> new WrappingCell<>());

        variation.textProperty().bindBidirectional(model.variationTextProperty());
        variationProblems.textProperty().bind(model.variationProblemsProperty());
        model.variationReadsProperty().addListener((obs, was, reads) -> {
            variationProblems.getStyleClass().removeAll("field-error", "hint");
            variationProblems.getStyleClass().add(reads ? "hint" : "field-error");
        });
        checkVariation.setOnAction(e -> model.checkVariation());
        saveVariation.setOnAction(e -> model.saveVariation());
        removeVariation.disableProperty().bind(model.variedProperty().not());
        removeVariation.setOnAction(e -> model.removeVariation());

        extraDays.textProperty().bindBidirectional(model.extraDaysProperty());
        extraDaysProblems.textProperty().bind(model.extraDaysProblemsProperty());
        saveExtraDays.setOnAction(e -> model.saveExtraDays());
    }

    public Parent root() {
        return root;
    }
}
