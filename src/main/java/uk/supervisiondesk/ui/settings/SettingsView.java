package uk.supervisiondesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;

/** The settings screen. Binds only. */
public final class SettingsView implements DeskView {
    private final SettingsViewModel model;
    private final String appVersionText;
    private final Runnable loadSampleData;
    private final Parent root;

    @FXML private Label userNameLabel;
    @FXML private TextField userName;
    @FXML private Button saveUserName;
    @FXML private Label dataFolder;
    @FXML private Label databaseFile;
    @FXML private Label schemaVersion;
    @FXML private Label appVersion;
    @FXML private Button loadSample;
    @FXML private javafx.scene.layout.VBox policyBox;
    private final PolicySettingsViewModel policy;

    public SettingsView(SettingsViewModel model, PolicySettingsViewModel policy, String appVersionText,
                        Runnable loadSampleData) {
        this.model = model;
        this.policy = policy;
        this.appVersionText = appVersionText;
        this.loadSampleData = loadSampleData;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        userNameLabel.setLabelFor(userName);
        userName.textProperty().bindBidirectional(model.userNameProperty());
        userName.setOnAction(e -> model.saveUserName());
        saveUserName.disableProperty().bind(model.userNameChangedProperty().not());
        saveUserName.setOnAction(e -> model.saveUserName());
        dataFolder.setText(model.dataFolder());
        databaseFile.setText(model.databaseFile());
        schemaVersion.textProperty().bind(model.schemaVersionProperty());
        appVersion.setText(appVersionText);
        loadSample.setOnAction(e -> loadSampleData.run());
        policyBox.getChildren().setAll(new PolicySettingsView(policy).root());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
        policy.refresh();
    }
}
