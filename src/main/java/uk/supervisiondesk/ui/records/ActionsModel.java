package uk.supervisiondesk.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/**
 * The actions agreed in this record. Each must be SMART enough to follow up: what, who and by
 * when. A copy is kept in the record's values (for its PDF and record.json); the actions
 * themselves are kept by the store so later sessions can review them.
 */
public final class ActionsModel extends FieldModel {

    /** One action as typed. */
    public record Draft(StringProperty what, StringProperty who, StringProperty dueBy) {
        static Draft empty() {
            return new Draft(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
        }

        boolean isEmpty() {
            return what.get().isBlank() && who.get().isBlank() && dueBy.get().isBlank();
        }
    }

    private final ObservableList<Draft> drafts = FXCollections.observableArrayList(
            d -> new Observable[] {d.what(), d.who(), d.dueBy()});

    public ActionsModel(TemplateField field) {
        super(field);
    }

    public Draft add() {
        Draft d = Draft.empty();
        drafts.add(d);
        return d;
    }

    public void remove(Draft d) {
        drafts.remove(d);
    }

    /** Loads the actions as the store holds them (their values copy is only for the PDF). */
    public void loadItems(List<ActionItem> items) {
        drafts.setAll(items.stream().map(a -> new Draft(new SimpleStringProperty(a.what()),
                new SimpleStringProperty(a.who()), new SimpleStringProperty(UkDates.format(a.dueBy())))).toList());
    }

    @Override
    public void load(Object stored) {
        // The store's action rows are the truth; see loadItems.
    }

    /** The actions to store, in order; rows left empty are ignored. */
    public List<ActionItem> items(long superviseeId, Long recordId) {
        List<ActionItem> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.isEmpty()) {
                out.add(ActionItem.open(superviseeId, recordId, d.what().get(), d.who().get(), date(d).orElse(null)));
            }
        }
        return out;
    }

    @Override
    public Object value() {
        List<Object> list = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.isEmpty()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("what", d.what().get().strip());
                map.put("who", d.who().get().strip());
                map.put("dueBy", date(d).map(LocalDate::toString).orElse(null));
                list.add(map);
            }
        }
        return list.isEmpty() ? null : list;
    }

    private static Optional<LocalDate> date(Draft d) {
        try {
            return UkDates.parse(d.dueBy().get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Observable> observables() {
        return List.of(drafts);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        int number = 0;
        for (Draft d : drafts) {
            number++;
            if (d.isEmpty()) {
                continue;
            }
            try {
                UkDates.parse(d.dueBy().get());
            } catch (DateTimeParseException e) {
                return Optional.of(Messages.get("record.action.badDate", number, d.dueBy().get().strip()));
            }
            if (completing && (d.what().get().isBlank() || d.who().get().isBlank() || d.dueBy().get().isBlank())) {
                return Optional.of(Messages.get("record.action.notSmart", number));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return drafts.stream().allMatch(Draft::isEmpty);
    }

    public ObservableList<Draft> drafts() {
        return drafts;
    }
}
