package uk.supervisiondesk.ui.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** A person and their role: the parties to an agreement, the named intermediary. */
public final class PersonFieldModel extends FieldModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");

    public PersonFieldModel(TemplateField field) {
        super(field);
    }

    @Override
    public void load(Object stored) {
        Map<?, ?> map = stored instanceof Map<?, ?> m ? m : Map.of();
        name.set(map.get("name") == null ? "" : map.get("name").toString());
        role.set(map.get("role") == null ? "" : map.get("role").toString());
    }

    @Override
    public Object value() {
        if (isEmpty()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name.get().strip());
        map.put("role", role.get().strip());
        return map;
    }

    @Override
    public List<Observable> observables() {
        return List.of(name, role);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        if (completing && field().required() && name.get().isBlank()) {
            return Optional.of(Messages.get("record.required", field().label()));
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return name.get().isBlank() && role.get().isBlank();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }
}
