package uk.supervisiondesk.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** A date typed as dd/mm/yyyy, stored as an ISO date. */
public class DateFieldModel extends FieldModel {
    private final StringProperty text = new SimpleStringProperty("");

    public DateFieldModel(TemplateField field) {
        super(field);
    }

    @Override
    public void load(Object stored) {
        text.set(stored == null ? "" : UkDates.format(LocalDate.parse(stored.toString())));
    }

    @Override
    public Object value() {
        return parsed().map(LocalDate::toString).orElse(null);
    }

    /** The date, if one has been typed and it is real. */
    public Optional<LocalDate> parsed() {
        try {
            return UkDates.parse(text.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Observable> observables() {
        return List.of(text);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        try {
            UkDates.parse(text.get());
        } catch (DateTimeParseException e) {
            return Optional.of(Messages.get("form.badDate", text.get().strip()));
        }
        if (completing && field().required() && isEmpty()) {
            return Optional.of(Messages.get("record.required", field().label()));
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return text.get().isBlank();
    }

    public StringProperty textProperty() {
        return text;
    }
}
