package uk.supervisiondesk.ui.controls;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;

/**
 * A date typed as dd/mm/yyyy, with a calendar button beside it. Unlike a plain DatePicker it
 * never throws away what was typed: an impossible date stays in the box so the form can say
 * what is wrong with it. Alt+Down (or F4) opens the calendar from the keyboard.
 */
public final class DateField extends HBox {
    private final TextField text = new TextField();
    private final DatePicker calendar = new DatePicker();

    public DateField() {
        getStyleClass().add("date-field");
        setSpacing(4);
        text.setPromptText(UkDates.HINT);
        text.setPrefColumnCount(10);
        HBox.setHgrow(text, Priority.ALWAYS);

        calendar.getStyleClass().add("date-field-calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setShowWeekNumbers(false);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return "";
            }

            @Override
            public LocalDate fromString(String string) {
                return null;
            }
        });
        calendar.setOnShowing(e -> calendar.setValue(typedDate()));
        calendar.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null && calendar.isShowing()) {
                text.setText(UkDates.format(picked));
            }
        });
        calendar.setOnHidden(e -> text.requestFocus());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F4 || (e.isAltDown() && e.getCode() == KeyCode.DOWN)) {
                calendar.show();
                e.consume();
            }
        });
        getChildren().addAll(text, calendar);
    }

    public TextField textField() {
        return text;
    }

    public StringProperty textProperty() {
        return text.textProperty();
    }

    /** Names the field for screen readers; the calendar button is named after it. */
    public void setAccessibleName(String name) {
        text.setAccessibleText(name);
        calendar.setAccessibleText(Messages.get("date.calendar", name));
    }

    private LocalDate typedDate() {
        try {
            return UkDates.parse(text.getText()).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
