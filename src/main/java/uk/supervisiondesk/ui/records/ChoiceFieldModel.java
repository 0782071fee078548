package uk.supervisiondesk.ui.records;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** One of a fixed list (a choice field), yes or no, or an agreed frequency: held as the value to store. */
public final class ChoiceFieldModel<T> extends FieldModel {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final List<T> options;
    private final java.util.function.Function<Object, T> fromStored;

    public ChoiceFieldModel(TemplateField field, List<T> options, java.util.function.Function<Object, T> fromStored) {
        super(field);
        this.options = List.copyOf(options);
        this.fromStored = fromStored;
    }

    @Override
    public void load(Object stored) {
        value.set(stored == null ? null : fromStored.apply(stored));
    }

    @Override
    public Object value() {
        return value.get();
    }

    @Override
    public List<Observable> observables() {
        return List.of(value);
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
        return value.get() == null;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public List<T> options() {
        return options;
    }
}
