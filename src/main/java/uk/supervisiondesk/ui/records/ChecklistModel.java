package uk.supervisiondesk.ui.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** A checklist: each of the template's items answered yes, no or not applicable, with a comment. */
public final class ChecklistModel extends FieldModel {
    public static final List<String> ANSWERS = List.of("Yes", "No", "Not applicable");

    /** One item's answer and comment. */
    public record Item(String label, ObjectProperty<String> answer, StringProperty comment) {
    }

    private final List<Item> items = new ArrayList<>();

    public ChecklistModel(TemplateField field) {
        super(field);
        field.items().forEach(label -> items.add(new Item(label, new SimpleObjectProperty<>(),
                new SimpleStringProperty(""))));
    }

    @Override
    public void load(Object stored) {
        Map<?, ?> map = stored instanceof Map<?, ?> m ? m : Map.of();
        for (Item item : items) {
            Map<?, ?> entry = map.get(item.label()) instanceof Map<?, ?> e ? e : Map.of();
            item.answer().set(entry.get("answer") == null ? null : entry.get("answer").toString());
            item.comment().set(entry.get("comment") == null ? "" : entry.get("comment").toString());
        }
    }

    @Override
    public Object value() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.answer().get() != null || !item.comment().get().isBlank()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("answer", item.answer().get());
                entry.put("comment", item.comment().get().strip());
                map.put(item.label(), entry);
            }
        }
        return map.isEmpty() ? null : map;
    }

    @Override
    public List<Observable> observables() {
        List<Observable> all = new ArrayList<>();
        items.forEach(i -> {
            all.add(i.answer());
            all.add(i.comment());
        });
        return all;
    }

    @Override
    public Optional<String> problem(boolean completing) {
        if (completing && field().required() && items.stream().anyMatch(i -> i.answer().get() == null)) {
            return Optional.of(Messages.get("record.checklistIncomplete"));
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return items.stream().allMatch(i -> i.answer().get() == null && i.comment().get().isBlank());
    }

    public List<Item> items() {
        return items;
    }
}
