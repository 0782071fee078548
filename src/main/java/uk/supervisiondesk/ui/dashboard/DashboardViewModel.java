package uk.supervisiondesk.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.monitoring.SessionsByMonth;
import uk.supervisiondesk.monitoring.SuperviseeStatus;
import uk.supervisiondesk.policy.compliance.Status;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.controls.Choice;

/**
 * The dashboard: every active supervisee with their status under the policy and why, filtered
 * and sorted as the manager likes, with sessions held per month against those required.
 */
public final class DashboardViewModel {
    static final int CHART_MONTHS = 12;

    /** Which statuses to show. */
    public enum Show {
        NEEDS_ATTENTION, ESCALATE, OVERDUE, DUE_SOON, ON_TRACK, EVERYONE;

        boolean includes(Status status) {
            return switch (this) {
                case NEEDS_ATTENTION -> status != Status.ON_TRACK;
                case ESCALATE -> status == Status.ESCALATE;
                case OVERDUE -> status == Status.OVERDUE;
                case DUE_SOON -> status == Status.DUE_SOON;
                case ON_TRACK -> status == Status.ON_TRACK;
                case EVERYONE -> true;
            };
        }

        @Override
        public String toString() {
            return Messages.get("dashboard.show." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** What the chart shows: the team, or one supervisee. */
    public record ChartData(String title, List<SessionsByMonth.Month> months) {
    }

    private final ComplianceOverview overview;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<Long> openMonitoringSheet;
    private final Consumer<Long> openFrontSheet;

    private final ObservableList<DashboardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DashboardRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice<String>> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.EVERYONE);
    private final ObjectProperty<DashboardRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ChartData> chart = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private List<SuperviseeStatus> everyone = List.of();
    private PolicyInUse assessedUnder;

    public DashboardViewModel(ComplianceOverview overview, CurrentPolicy policy, TaskRunner tasks,
                              DialogService dialogs, Clock clock, Consumer<Long> openMonitoringSheet,
                              Consumer<Long> openFrontSheet) {
        this.overview = overview;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.openMonitoringSheet = openMonitoringSheet;
        this.openFrontSheet = openFrontSheet;
        Choice<String> allTeams = Choice.any(Messages.get("staff.filter.allTeams"));
        teams.add(allTeams);
        team.set(allTeams);
        search.addListener(o -> refilter());
        team.addListener(o -> refilter());
        show.addListener(o -> refilter());
        selected.addListener(o -> updateChart());
        policy.property().addListener(o -> refresh());
    }

    /** Re-assesses everyone in the background with the policy in force today. */
    public void refresh() {
        PolicyInUse inUse = policy.get();
        LocalDate today = LocalDate.now(clock);
        loading.set(true);
        tasks.run(Messages.get("dashboard.loading"), () -> new Assessed(overview.activeOn(today, inUse.engine()),
                overview.notYetFiled()), assessed -> {
            List<SuperviseeStatus> statuses = assessed.statuses();
            loading.set(false);
            assessedUnder = inUse;
            everyone = statuses;
            Long keep = selected.get() == null ? null : selected.get().superviseeId();
            rows.setAll(statuses.stream().map(s -> DashboardRow.of(s,
                            assessed.notYetFiled().getOrDefault(s.supervisee().id(), 0)))
                    .sorted(Comparator.comparing(DashboardRow::status).reversed()
                            .thenComparing(r -> r.nextDue() == null ? LocalDate.MAX : r.nextDue()))
                    .toList());
            refreshTeams();
            refilter();
            selected.set(keep == null ? null : rows.stream().filter(r -> r.superviseeId() == keep).findFirst()
                    .orElse(null));
            summary.set(summarise(inUse));
            updateChart();
        }, e -> {
            loading.set(false);
            dialogs.showError(Messages.get("dashboard.failed.title"), String.valueOf(e.getMessage()),
                    Messages.get("dashboard.failed.todo"));
        });
    }

    /** Everyone's standing, and how many completed records of each are not yet filed. */
    private record Assessed(List<SuperviseeStatus> statuses, Map<Long, Integer> notYetFiled) {
    }

    private String summarise(PolicyInUse inUse) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return Messages.get("dashboard.summary", inUse.pack().name(), counts.getOrDefault(Status.ESCALATE, 0),
                counts.getOrDefault(Status.OVERDUE, 0), counts.getOrDefault(Status.DUE_SOON, 0),
                counts.getOrDefault(Status.ON_TRACK, 0)) + " " + observationsAndAsye();
    }

    /** The team's observations this year against the policy, and ASYE milestones overdue or due soon. */
    private String observationsAndAsye() {
        int done = 0;
        int required = 0;
        long asyeOverdue = 0;
        long asyeDueSoon = 0;
        for (DashboardRow r : rows) {
            var result = r.standing().result();
            for (var tally : result.observations()) {
                done += Math.min(tally.done(), tally.required());
                required += tally.required();
            }
            asyeOverdue += result.asyeMilestones().stream().filter(m -> m.doneOn().isEmpty() && m.daysOverdue() > 0).count();
            asyeDueSoon += result.findings().stream().filter(f -> f.topic() == uk.supervisiondesk.policy.compliance.Finding.Topic.ASYE
                    && f.level() == Status.DUE_SOON).count();
        }
        return Messages.get("dashboard.observationsAndAsye", done, required, asyeOverdue, asyeDueSoon);
    }

    private void updateChart() {
        if (assessedUnder == null) {
            return;
        }
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(CHART_MONTHS - 1L);
        DashboardRow row = selected.get();
        List<SuperviseeStatus> who = row == null ? everyone : List.of(row.standing());
        String title = row == null ? Messages.get("dashboard.chart.team")
                : Messages.get("dashboard.chart.person", row.standing().supervisee().fullName());
        chart.set(new ChartData(title, SessionsByMonth.count(who, assessedUnder.pack(), from, to)));
    }

    private void refreshTeams() {
        Choice<String> current = team.get();
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(r -> names.add(r.team()));
        teams.remove(1, teams.size());
        names.forEach(n -> teams.add(new Choice<>(n, n)));
        team.set(teams.stream().filter(t -> t.equals(current)).findFirst().orElse(teams.get(0)));
    }

    private void refilter() {
        String[] words = search.get().toLowerCase(Locale.UK).trim().split("\\s+");
        Choice<String> teamChoice = team.get();
        Show which = show.get();
        shown.setPredicate(r -> {
            for (String w : words) {
                if (!w.isEmpty() && !r.searchText().contains(w)) {
                    return false;
                }
            }
            return which.includes(r.status()) && (teamChoice == null || teamChoice.matches(r.team()));
        });
    }

    public void openMonitoringSheet() {
        if (selected.get() != null) {
            openMonitoringSheet.accept(selected.get().superviseeId());
        }
    }

    public void openFrontSheet() {
        if (selected.get() != null) {
            openFrontSheet.accept(selected.get().superviseeId());
        }
    }

    public ObservableList<DashboardRow> shownRows() {
        return shown;
    }

    public ObservableList<DashboardRow> allRows() {
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

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<DashboardRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<ChartData> chartProperty() {
        return chart;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
