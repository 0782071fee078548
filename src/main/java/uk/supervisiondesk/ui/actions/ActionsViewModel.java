package uk.supervisiondesk.ui.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;

/** Every open action across the team, overdue ones first; each leads to its supervisee's sessions. */
public final class ActionsViewModel {
    private final StaffRegister staff;
    private final RecordBook records;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<Long> openSessions;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActionRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringBinding summary;

    public ActionsViewModel(StaffRegister staff, RecordBook records, TaskRunner tasks, DialogService dialogs,
                            Clock clock, Consumer<Long> openSessions) {
        this.staff = staff;
        this.records = records;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.openSessions = openSessions;
        search.addListener(o -> refilter());
        overdueOnly.addListener(o -> refilter());
        summary = Bindings.createStringBinding(() -> Messages.get("actions.summary", rows.size(),
                rows.stream().filter(ActionRow::overdue).count()), rows);
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        tasks.run(Messages.get("actions.loading"), () -> {
            Map<Long, Supervisee> byId = staff.findAll().stream()
                    .collect(Collectors.toMap(Supervisee::id, Function.identity()));
            return records.allActions().stream().filter(ActionItem::isOpen)
                    .filter(a -> byId.containsKey(a.superviseeId()) && !byId.get(a.superviseeId()).isLeaverOn(today))
                    .map(a -> ActionRow.of(a, byId.get(a.superviseeId()), today))
                    .sorted(Comparator.comparing(ActionRow::overdue).reversed()
                            .thenComparing(r -> r.action().dueBy() == null ? LocalDate.MAX : r.action().dueBy()))
                    .toList();
        }, list -> {
            rows.setAll(list);
            refilter();
        }, e -> dialogs.showError(Messages.get("actions.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("actions.failed.todo")));
    }

    private void refilter() {
        String[] words = search.get().toLowerCase(Locale.UK).trim().split("\\s+");
        boolean onlyOverdue = overdueOnly.get();
        shown.setPredicate(r -> {
            for (String w : words) {
                if (!w.isEmpty() && !r.searchText().contains(w)) {
                    return false;
                }
            }
            return !onlyOverdue || r.overdue();
        });
    }

    public void open(ActionRow row) {
        if (row != null) {
            openSessions.accept(row.supervisee().id());
        }
    }

    public ObservableList<ActionRow> shownRows() {
        return shown;
    }

    public List<ActionRow> allRows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringBinding summary() {
        return summary;
    }
}
