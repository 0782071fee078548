package uk.supervisiondesk.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** The agreed dates for the year: generated from the policy, then edited freely. */
public final class ScheduleModel extends FieldModel {
    private final ObservableList<StringProperty> dates = FXCollections.observableArrayList(p -> new Observable[] {p});

    public ScheduleModel(TemplateField field) {
        super(field);
    }

    @Override
    public void load(Object stored) {
        List<StringProperty> loaded = new ArrayList<>();
        if (stored instanceof List<?> list) {
            list.forEach(d -> loaded.add(new SimpleStringProperty(UkDates.format(LocalDate.parse(d.toString())))));
        }
        dates.setAll(loaded);
    }

    public void setDates(List<LocalDate> newDates) {
        dates.setAll(newDates.stream().sorted().map(d -> (StringProperty) new SimpleStringProperty(UkDates.format(d)))
                .toList());
    }

    public StringProperty addDate() {
        StringProperty date = new SimpleStringProperty("");
        dates.add(date);
        return date;
    }

    public void remove(StringProperty date) {
        dates.remove(date);
    }

    /** The real dates typed, in order; anything unreadable is left out (and reported by {@link #problem}). */
    public List<LocalDate> parsedDates() {
        List<LocalDate> out = new ArrayList<>();
        for (StringProperty d : dates) {
            try {
                UkDates.parse(d.get()).ifPresent(out::add);
            } catch (DateTimeParseException e) {
                // Reported as a problem; not stored.
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    @Override
    public Object value() {
        List<Object> iso = parsedDates().stream().map(d -> (Object) d.toString()).toList();
        return iso.isEmpty() ? null : iso;
    }

    @Override
    public List<Observable> observables() {
        return List.of(dates);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        for (StringProperty d : dates) {
            try {
                UkDates.parse(d.get());
            } catch (DateTimeParseException e) {
                return Optional.of(Messages.get("form.badDate", d.get().strip()));
            }
        }
        if (completing && field().required() && isEmpty()) {
            return Optional.of(Messages.get("record.scheduleRequired"));
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return parsedDates().isEmpty();
    }

    public ObservableList<StringProperty> dates() {
        return dates;
    }
}
