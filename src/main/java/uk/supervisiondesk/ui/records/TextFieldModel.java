package uk.supervisiondesk.ui.records;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** Short or long text, a time, a number or a reason: held as typed. */
public class TextFieldModel extends FieldModel {
    private final StringProperty text = new SimpleStringProperty("");

    public TextFieldModel(TemplateField field) {
        super(field);
    }

    @Override
    public void load(Object stored) {
        text.set(stored == null ? "" : stored.toString());
    }

    @Override
    public Object value() {
        String t = text.get().strip();
        return t.isEmpty() ? null : t;
    }

    @Override
    public List<Observable> observables() {
        return List.of(text);
    }

    @Override
    public Optional<String> problem(boolean completing) {
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
