package uk.supervisiondesk.ui.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/**
 * A field made of rows the user adds and removes, each row a few named texts: case discussions
 * (reference, discussion, decisions) or attendees (name, role). Stored as a list of maps.
 */
public final class RowListModel extends FieldModel {

    /** One row: its parts by name, in order. */
    public static final class Row {
        private final Map<String, StringProperty> parts = new LinkedHashMap<>();

        Row(List<String> names) {
            names.forEach(n -> parts.put(n, new SimpleStringProperty("")));
        }

        public StringProperty part(String name) {
            return parts.get(name);
        }

        boolean isEmpty() {
            return parts.values().stream().allMatch(p -> p.get().isBlank());
        }

        Map<String, Object> value() {
            Map<String, Object> map = new LinkedHashMap<>();
            parts.forEach((k, v) -> map.put(k, v.get().strip()));
            return map;
        }
    }

    private final List<String> partNames;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> r.parts.values().toArray(Observable[]::new));

    public RowListModel(TemplateField field, List<String> partNames) {
        super(field);
        this.partNames = List.copyOf(partNames);
    }

    public Row addRow() {
        Row row = new Row(partNames);
        rows.add(row);
        return row;
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    @Override
    public void load(Object stored) {
        List<Row> loaded = new ArrayList<>();
        if (stored instanceof List<?> list) {
            for (Object item : list) {
                Row row = new Row(partNames);
                if (item instanceof Map<?, ?> map) {
                    partNames.forEach(n -> row.part(n).set(map.get(n) == null ? "" : map.get(n).toString()));
                }
                loaded.add(row);
            }
        }
        rows.setAll(loaded);
    }

    @Override
    public Object value() {
        List<Object> list = rows.stream().filter(Predicate.not(Row::isEmpty)).map(r -> (Object) r.value()).toList();
        return list.isEmpty() ? null : list;
    }

    @Override
    public List<Observable> observables() {
        return List.of(rows);
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
        return rows.stream().allMatch(Row::isEmpty);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public List<String> partNames() {
        return partNames;
    }
}
