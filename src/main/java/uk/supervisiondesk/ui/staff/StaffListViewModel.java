package uk.supervisiondesk.ui.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.Choice;

/** The staff register list: everyone, narrowed by search text, team, role and whether they have left. */
public final class StaffListViewModel {

    public enum Status {
        ACTIVE, LEAVERS, ALL;

        @Override
        public String toString() {
            return Messages.get("staff.filter.status." + name().toLowerCase(Locale.ROOT));
        }
    }

    private final Clock clock;
    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StaffRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice<String>> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> team = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Role>> roles = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Role>> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.ACTIVE);
    private final StringBinding countText;

    public StaffListViewModel(Clock clock) {
        this.clock = clock;
        Choice<String> allTeams = Choice.any(Messages.get("staff.filter.allTeams"));
        teams.add(allTeams);
        team.set(allTeams);
        Choice<Role> allRoles = Choice.any(Messages.get("staff.filter.allRoles"));
        roles.add(allRoles);
        Arrays.stream(Role.values()).map(r -> new Choice<>(r, r.displayName())).forEach(roles::add);
        role.set(allRoles);
        search.addListener(o -> refilter());
        team.addListener(o -> refilter());
        role.addListener(o -> refilter());
        status.addListener(o -> refilter());
        countText = Bindings.createStringBinding(
                () -> Messages.get("staff.count", shown.size(), rows.size()), shown, rows);
    }

    /** Replaces the whole list, e.g. after loading from the store. */
    public void setAll(List<Supervisee> staff) {
        LocalDate today = LocalDate.now(clock);
        rows.setAll(staff.stream().map(s -> StaffRow.of(s, today)).toList());
        refreshTeams();
        refilter();
    }

    /** Adds a newly saved supervisee or replaces their old line. */
    public StaffRow upsert(Supervisee saved) {
        StaffRow row = StaffRow.of(saved, LocalDate.now(clock));
        Optional<StaffRow> existing = find(saved.id());
        if (existing.isPresent()) {
            rows.set(rows.indexOf(existing.get()), row);
        } else {
            rows.add(row);
        }
        FXCollections.sort(rows, java.util.Comparator.comparing(StaffRow::name, String.CASE_INSENSITIVE_ORDER));
        refreshTeams();
        refilter();
        return row;
    }

    public Optional<StaffRow> find(Long id) {
        return id == null ? Optional.empty() : rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Teams people already belong to, to suggest in the form. */
    public List<String> knownTeams() {
        return teams.stream().skip(1).map(Choice::value).toList();
    }

    private void refreshTeams() {
        Choice<String> selected = team.get();
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> {
            if (!r.team().isBlank()) {
                names.add(r.team());
            }
        });
        teams.remove(1, teams.size());
        names.forEach(n -> teams.add(new Choice<>(n, n)));
        team.set(teams.stream().filter(c -> c.equals(selected)).findFirst().orElse(teams.get(0)));
    }

    private void refilter() {
        String[] words = search.get().toLowerCase(Locale.UK).trim().split("\\s+");
        Choice<String> teamChoice = team.get();
        Choice<Role> roleChoice = role.get();
        Status wanted = status.get();
        shown.setPredicate(row -> {
            for (String w : words) {
                if (!w.isEmpty() && !row.searchText().contains(w)) {
                    return false;
                }
            }
            boolean statusMatches = switch (wanted) {
                case ACTIVE -> !row.leaver();
                case LEAVERS -> row.leaver();
                case ALL -> true;
            };
            return statusMatches
                    && (teamChoice == null || teamChoice.matches(row.team()))
                    && (roleChoice == null || roleChoice.matches(row.supervisee().currentRole().orElse(null)));
        });
    }

    public ObservableList<StaffRow> shownRows() {
        return shown;
    }

    public ObservableList<StaffRow> allRows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice<String>> teamChoices() {
        return teams;
    }

    public ObjectProperty<Choice<String>> teamProperty() {
        return team;
    }

    public ObservableList<Choice<Role>> roleChoices() {
        return roles;
    }

    public ObjectProperty<Choice<Role>> roleProperty() {
        return role;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public StringBinding countText() {
        return countText;
    }
}
