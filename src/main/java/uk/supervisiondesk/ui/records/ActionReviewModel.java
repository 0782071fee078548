package uk.supervisiondesk.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionReviewDecision;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/**
 * Review of the actions still open from earlier sessions: each is marked done, carried forward
 * (perhaps to a new date) or dropped with a reason. The decisions are applied when the record
 * is completed; until then they are part of the draft.
 */
public final class ActionReviewModel extends FieldModel {

    /** One earlier action and what this session decides about it. */
    public record Line(ActionItem action, ObjectProperty<ActionReviewDecision.Outcome> outcome, StringProperty note,
                       StringProperty newDueBy) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList(
            l -> new Observable[] {l.outcome(), l.note(), l.newDueBy()});
    private final List<ActionItem> openBefore;

    /** @param openBefore the supervisee's actions still open from other records */
    public ActionReviewModel(TemplateField field, List<ActionItem> openBefore) {
        super(field);
        this.openBefore = List.copyOf(openBefore);
    }

    @Override
    public void load(Object stored) {
        Map<?, ?> decided = stored instanceof Map<?, ?> m ? m : Map.of();
        List<Line> loaded = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        // Actions already reviewed in this record come first, even if that review has since closed them.
        decided.forEach((key, entry) -> {
            if (entry instanceof Map<?, ?> e) {
                long id = Long.parseLong(key.toString());
                seen.add(id);
                ActionItem action = openBefore.stream().filter(a -> a.id() == id).findFirst()
                        .orElseGet(() -> fromStored(id, e));
                loaded.add(line(action, e));
            }
        });
        openBefore.stream().filter(a -> !seen.contains(a.id())).forEach(a -> loaded.add(line(a, Map.of())));
        lines.setAll(loaded);
    }

    private static ActionItem fromStored(long id, Map<?, ?> e) {
        Object due = e.get("dueBy");
        return new ActionItem(id, 0, null, text(e.get("what")), text(e.get("who")),
                due == null ? null : LocalDate.parse(due.toString()), uk.supervisiondesk.domain.ActionStatus.OPEN, "",
                null, null);
    }

    private static Line line(ActionItem action, Map<?, ?> e) {
        Object outcome = e.get("outcome");
        Object newDue = e.get("newDueBy");
        return new Line(action, new SimpleObjectProperty<>(outcome == null ? null
                : ActionReviewDecision.Outcome.valueOf(outcome.toString())), new SimpleStringProperty(text(e.get("note"))),
                new SimpleStringProperty(newDue == null ? "" : UkDates.format(LocalDate.parse(newDue.toString()))));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    @Override
    public Object value() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Line l : lines) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("what", l.action().what());
            entry.put("who", l.action().who());
            entry.put("dueBy", l.action().dueBy() == null ? null : l.action().dueBy().toString());
            entry.put("outcome", l.outcome().get() == null ? null : l.outcome().get().name());
            entry.put("note", l.note().get().strip());
            entry.put("newDueBy", newDue(l).map(LocalDate::toString).orElse(null));
            map.put(Long.toString(l.action().id()), entry);
        }
        return map.isEmpty() ? null : map;
    }

    /** The decisions to apply on completion. */
    public List<ActionReviewDecision> decisions() {
        List<ActionReviewDecision> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.outcome().get() != null) {
                out.add(new ActionReviewDecision(l.action().id(), l.outcome().get(), l.note().get(),
                        newDue(l).orElse(null)));
            }
        }
        return out;
    }

    private static Optional<LocalDate> newDue(Line l) {
        try {
            return UkDates.parse(l.newDueBy().get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Observable> observables() {
        return List.of(lines);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        for (Line l : lines) {
            try {
                UkDates.parse(l.newDueBy().get());
            } catch (DateTimeParseException e) {
                return Optional.of(Messages.get("form.badDate", l.newDueBy().get().strip()));
            }
            if (completing && l.outcome().get() == null) {
                return Optional.of(Messages.get("record.review.undecided", l.action().what()));
            }
            if (completing && l.outcome().get() == ActionReviewDecision.Outcome.DROPPED && l.note().get().isBlank()) {
                return Optional.of(Messages.get("record.review.dropReason", l.action().what()));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
