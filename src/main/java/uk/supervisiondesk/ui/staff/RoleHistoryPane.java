package uk.supervisiondesk.ui.staff;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.SuperviseeField;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.DateField;

/**
 * Earlier roles on the front sheet: a table of role, from and to, and a row for adding one.
 * The current role is the one chosen above; changing it records the old one here on save.
 */
final class RoleHistoryPane extends VBox {

    RoleHistoryPane(SuperviseeFormViewModel form) {
        getStyleClass().add("form-section");
        setSpacing(6);
        Label title = new Label(Messages.get("staff.section.roleHistory"));
        title.getStyleClass().add("form-section-title");
        Label help = new Label(Messages.get("staff.roleHistory.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");

        TableView<RoleAssignment> table = new TableView<>(form.earlierRoles());
        table.setId("earlierRoles");
        table.setAccessibleText(Messages.get("staff.section.roleHistory"));
        table.setPrefHeight(130);
        table.setPlaceholder(new Label(Messages.get("staff.roleHistory.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RoleAssignment, String> role = new TableColumn<>(Messages.get("staff.roleHistory.role"));
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role().displayName()));
        TableColumn<RoleAssignment, String> from = new TableColumn<>(Messages.get("staff.roleHistory.from"));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().from())));
        TableColumn<RoleAssignment, String> to = new TableColumn<>(Messages.get("staff.roleHistory.to"));
        to.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().to())));
        table.getColumns().add(role);
        table.getColumns().add(from);
        table.getColumns().add(to);

        ComboBox<Role> newRole = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        newRole.setId("earlierRoleChoice");
        newRole.setPromptText(Messages.get("staff.roleHistory.role"));
        newRole.setAccessibleText(Messages.get("staff.roleHistory.newRole"));
        newRole.valueProperty().bindBidirectional(form.earlierRoleProperty());
        DateField newFrom = new DateField();
        newFrom.textField().setId("earlierRoleFrom");
        newFrom.textField().setPromptText(Messages.get("staff.roleHistory.fromPrompt"));
        newFrom.setAccessibleName(Messages.get("staff.roleHistory.newFrom"));
        newFrom.textProperty().bindBidirectional(form.earlierFromProperty());
        DateField newTo = new DateField();
        newTo.textField().setId("earlierRoleTo");
        newTo.textField().setPromptText(Messages.get("staff.roleHistory.toPrompt"));
        newTo.setAccessibleName(Messages.get("staff.roleHistory.newTo"));
        newTo.textProperty().bindBidirectional(form.earlierToProperty());
        Button add = new Button(Messages.get("staff.roleHistory.add"));
        add.setId("addEarlierRole");
        add.setOnAction(e -> {
            if (form.addEarlierRole()) {
                newRole.requestFocus();
            }
        });
        Button remove = new Button(Messages.get("staff.roleHistory.remove"));
        remove.setId("removeEarlierRole");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.removeEarlierRole(table.getSelectionModel().getSelectedItem()));
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        newRole.setMaxWidth(Double.MAX_VALUE);
        newFrom.setMinWidth(150);
        newTo.setMinWidth(150);
        HBox inputs = new HBox(6, newRole, newFrom, newTo);
        HBox.setHgrow(newRole, Priority.ALWAYS);
        HBox buttons = new HBox(6, add, remove);

        Label addError = errorLine("earlierRoleError");
        addError.textProperty().bind(form.earlierRoleErrorProperty());
        addError.visibleProperty().bind(form.earlierRoleErrorProperty().isNotEmpty());
        addError.managedProperty().bind(addError.visibleProperty());
        Label historyError = errorLine("roleHistoryError");
        historyError.textProperty().bind(form.error(SuperviseeField.ROLE_HISTORY));
        historyError.visibleProperty().bind(form.error(SuperviseeField.ROLE_HISTORY).isNotEmpty());
        historyError.managedProperty().bind(historyError.visibleProperty());

        getChildren().addAll(title, help, table, historyError, inputs, addError, buttons);
    }

    private static Label errorLine(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("field-error");
        return label;
    }
}
