package uk.supervisiondesk.ui.records;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.supervisiondesk.templates.TemplateField;

/**
 * What the form holds for one template field while it is being edited: loaded from the stored
 * value, turned back into one for saving, and checked before the record is completed.
 */
public abstract class FieldModel {
    private final TemplateField field;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    protected FieldModel(TemplateField field) {
        this.field = field;
    }

    public TemplateField field() {
        return field;
    }

    /** Sets the editable state from a stored value (null when the record has none yet). */
    public abstract void load(Object stored);

    /** The value to store, or null when nothing has been entered. */
    public abstract Object value();

    /** Everything that changes when the user edits this field, for autosave. */
    public abstract List<Observable> observables();

    /** What is wrong with the entry, if anything; required fields are checked when {@code completing}. */
    public abstract Optional<String> problem(boolean completing);

    /** Whether anything has been entered; used for required fields. */
    public abstract boolean isEmpty();

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void showProblem(Optional<String> problem) {
        error.set(problem.orElse(""));
    }
}
