package uk.supervisiondesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import uk.supervisiondesk.store.DisplayPreferences;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.Display;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.FxmlViews;

/** The settings screen. Binds only. */
public final class SettingsView implements DeskView {
    private final SettingsViewModel model;
    private final String appVersionText;
    private final Runnable loadSampleData;
    private final Parent root;

    @FXML private Label userNameLabel;
    @FXML private TextField userName;
    @FXML private Label userRoleLabel;
    @FXML private ComboBox<String> userRole;
    @FXML private Button saveUserName;
    @FXML private Label exportFolderLabel;
    @FXML private TextField exportFolder;
    @FXML private Button chooseExportFolder;
    @FXML private Button saveExportFolder;
    @FXML private Label exportFolderError;
    @FXML private Label exportNaming;
    @FXML private Label textSizeLabel;
    @FXML private ComboBox<Integer> textSize;
    @FXML private CheckBox highContrast;
    @FXML private Label dataFolder;
    @FXML private Label databaseFile;
    @FXML private Label schemaVersion;
    @FXML private Label appVersion;
    @FXML private Button loadSample;
    @FXML private javafx.scene.layout.VBox policyBox;
    @FXML private javafx.scene.layout.VBox safetyBox;
    private final PolicySettingsViewModel policy;
    private final Display display;
    private final javafx.scene.Node signingIdentity;

    public SettingsView(SettingsViewModel model, Display display, PolicySettingsViewModel policy,
                        String appVersionText, Runnable loadSampleData) {
        this(model, display, policy, appVersionText, loadSampleData, null);
    }

    /** @param signingIdentity the signing identity's section, shown after the policy; null for none */
    public SettingsView(SettingsViewModel model, Display display, PolicySettingsViewModel policy,
                        String appVersionText, Runnable loadSampleData, javafx.scene.Node signingIdentity) {
        this.signingIdentity = signingIdentity;
        this.model = model;
        this.display = display;
        this.policy = policy;
        this.appVersionText = appVersionText;
        this.loadSampleData = loadSampleData;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        userNameLabel.setLabelFor(userName);
        userName.textProperty().bindBidirectional(model.userNameProperty());
        userName.setOnAction(e -> model.saveYou());
        userRoleLabel.setLabelFor(userRole);
        userRole.setItems(model.roles());
        userRole.valueProperty().bindBidirectional(model.userRoleProperty());
        saveUserName.disableProperty().bind(model.youChangedBinding().not());
        saveUserName.setOnAction(e -> model.saveYou());

        exportFolderLabel.setLabelFor(exportFolder);
        exportFolder.textProperty().bindBidirectional(model.exportFolderProperty());
        exportFolder.setOnAction(e -> model.saveExportFolder());
        chooseExportFolder.setOnAction(e -> model.chooseExportFolder());
        saveExportFolder.disableProperty().bind(model.exportFolderChangedBinding().not());
        saveExportFolder.setOnAction(e -> model.saveExportFolder());
        exportFolderError.textProperty().bind(model.exportFolderErrorProperty());
        exportFolderError.visibleProperty().bind(model.exportFolderErrorProperty().isNotEmpty());
        exportFolderError.managedProperty().bind(exportFolderError.visibleProperty());
        exportNaming.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ExportFolderWords.namingExample(model.exportFolderProperty().get(), policy.inUseProperty().get()),
                model.exportFolderProperty(), policy.inUseProperty()));

        textSizeLabel.setLabelFor(textSize);
        textSize.getItems().setAll(DisplayPreferences.TEXT_SIZES);
        textSize.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : Messages.get(percent == 100 ? "settings.textSize.standard"
                        : "settings.textSize.percent", percent);
            }

            @Override
            public Integer fromString(String text) {
                return null; // not editable
            }
        });
        showDisplay(display.preferencesProperty().get());
        display.preferencesProperty().addListener((obs, old, now) -> showDisplay(now));
        textSize.setOnAction(e -> {
            if (textSize.getValue() != null) {
                display.preferencesProperty().set(display.preferencesProperty().get().withTextSize(textSize.getValue()));
            }
        });
        highContrast.setOnAction(e -> display.preferencesProperty().set(
                display.preferencesProperty().get().withHighContrast(highContrast.isSelected())));
        dataFolder.setText(model.dataFolder());
        databaseFile.setText(model.databaseFile());
        schemaVersion.textProperty().bind(model.schemaVersionProperty());
        appVersion.setText(appVersionText);
        loadSample.setOnAction(e -> loadSampleData.run());
        policyBox.getChildren().setAll(new PolicySettingsView(policy).root());
        if (signingIdentity != null) {
            var page = ((javafx.scene.layout.Pane) policyBox.getParent()).getChildren();
            page.add(page.indexOf(policyBox) + 1, signingIdentity);
        }
    }

    private final java.util.List<Runnable> sectionRefreshes = new java.util.ArrayList<>();

    /** Adds a section made elsewhere (below the policy), refreshed with the screen. */
    public void addSection(javafx.scene.Node section, Runnable refresh) {
        safetyBox.getChildren().add(section);
        sectionRefreshes.add(refresh);
    }

    private void showDisplay(DisplayPreferences now) {
        textSize.setValue(now.textSizePercent());
        highContrast.setSelected(now.highContrast());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
        policy.refresh();
        sectionRefreshes.forEach(Runnable::run);
    }
}
