package uk.supervisiondesk.ui.signing;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;

/**
 * Both sign on the supervisor's screen: each draws in their box (or, from the keyboard, puts
 * their typed name in it) and types their name. Signing renders the record with both drawings,
 * seals it with the supervisor's certificate and locks it.
 */
final class SignInPersonDialog {
    private final RecordSigning signing;
    private final SignaturePad supervisorPad = new SignaturePad("supervisorPad",
            Messages.get("signing.inPerson.supervisorPad"));
    private final SignaturePad superviseePad = new SignaturePad("superviseePad",
            Messages.get("signing.inPerson.superviseePad"));
    private final TextField supervisorName = new TextField();
    private final TextField superviseeName = new TextField();
    private final Label problem = new Label();
    private final javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
    private final Button sign = new Button(Messages.get("signing.inPerson.sign"));
    private Stage stage;

    private SignInPersonDialog(RecordSigning signing) {
        this.signing = signing;
    }

    static SignInPersonDialog open(Node from, RecordSigning signing) {
        SignInPersonDialog d = new SignInPersonDialog(signing);
        d.stage = OwnedWindow.open(from, Messages.get("signing.inPerson.title"), d.build(), 620, 760, true);
        return d;
    }

    private VBox build() {
        Label heading = new Label(Messages.get("signing.inPerson.heading", signing.title()));
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label help = new Label(Messages.get("signing.inPerson.help", UkDates.format(signing.today())));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("hint");
        supervisorName.setText(signing.supervisorName());
        superviseeName.setText(signing.superviseeName());
        VBox supervisor = party("supervisorName", Messages.get("signing.inPerson.supervisor"), supervisorName,
                supervisorPad);
        VBox supervisee = party("superviseeName", Messages.get("signing.inPerson.supervisee"), superviseeName,
                superviseePad);
        problem.setId("signInPersonProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error-banner");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        sign.setId("signInPersonConfirm");
        sign.setDefaultButton(true);
        BooleanBinding incomplete = supervisorPad.signedProperty().not().or(superviseePad.signedProperty().not())
                .or(supervisorName.textProperty().isEmpty()).or(superviseeName.textProperty().isEmpty());
        sign.disableProperty().bind(incomplete);
        sign.setOnAction(e -> sign());
        Button cancel = new Button(Messages.get("dialog.cancel"));
        cancel.setId("signInPersonCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        working.setPrefSize(24, 24);
        working.setVisible(false);
        working.setAccessibleText(Messages.get("signing.signing"));
        HBox buttons = new HBox(8, working, spacer, cancel, sign);
        VBox root = new VBox(12, heading, help, supervisor, supervisee, problem, buttons);
        root.setId("signInPersonDialog");
        root.setPadding(new Insets(16));
        return root;
    }

    private VBox party(String id, String who, TextField name, SignaturePad pad) {
        name.setId(id);
        name.setAccessibleText(Messages.get("signing.inPerson.name", who));
        Label nameLabel = new Label(Messages.get("signing.inPerson.name", who));
        nameLabel.setLabelFor(name);
        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label padLabel = new Label(Messages.get("signing.inPerson.drawHere", who));
        padLabel.setLabelFor(pad);
        Button clear = new Button(Messages.get("signing.inPerson.clear"));
        clear.setId(pad.getId() + "Clear");
        clear.setAccessibleText(Messages.get("signing.inPerson.clearAccessible", who));
        clear.setOnAction(e -> pad.clear());
        Button typed = new Button(Messages.get("signing.inPerson.useTyped"));
        typed.setId(pad.getId() + "Typed");
        typed.setAccessibleText(Messages.get("signing.inPerson.useTypedAccessible", who));
        typed.disableProperty().bind(name.textProperty().isEmpty());
        typed.setOnAction(e -> pad.writeName(name.getText()));
        HBox padButtons = new HBox(8, clear, typed);
        VBox box = new VBox(6, nameRow, padLabel, pad, padButtons);
        box.getStyleClass().add("form-section");
        return box;
    }

    private void sign() {
        problem.setVisible(false);
        sign.disableProperty().unbind();
        sign.setDisable(true);
        working.setVisible(true);
        signing.signInPerson(supervisorPad.pixels(), supervisorName.getText(), superviseePad.pixels(),
                superviseeName.getText(), stage::close, message -> {
                    working.setVisible(false);
                    problem.setText(message);
                    problem.setVisible(true);
                    sign.setDisable(false);
                });
    }

    Stage stage() {
        return stage;
    }
}
