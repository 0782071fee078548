package uk.supervisiondesk.ui.observations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.YearMonth;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.prompts.CoverageOverTime;
import uk.supervisiondesk.prompts.DatedCoverage;
import uk.supervisiondesk.prompts.KssCatalogue;
import uk.supervisiondesk.prompts.KssEvidence;
import uk.supervisiondesk.prompts.PromptException;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.ui.records.TemplateSource;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.monitoring.FileAuditFacts;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.compliance.AsyeMilestoneDue;
import uk.supervisiondesk.policy.compliance.AuditPrefill;
import uk.supervisiondesk.policy.compliance.AuditSuggestion;
import uk.supervisiondesk.policy.compliance.ComplianceResult;
import uk.supervisiondesk.policy.compliance.ObservationTally;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.RecordTypes;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.controls.SuperviseePicker;
import uk.supervisiondesk.ui.records.RecordFormView;
import uk.supervisiondesk.ui.records.RecordLauncher;

/**
 * One supervisee's observations of practice (counted this observation year against the pack),
 * their ASYE tracker with the pack's milestones, and their supervision file audits. Each is a
 * record like any other, written on the council's form through the record launcher.
 */
public final class ObservationsViewModel {
    private final StaffRegister staff;
    private final RecordBook records;
    private final ComplianceOverview overview;
    private final RecordLauncher launcher;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final java.time.Clock clock;

    private final SuperviseePicker picker;
    private final ObservableList<SupervisionRecord> observations = FXCollections.observableArrayList();
    private final ObservableList<SupervisionRecord> audits = FXCollections.observableArrayList();
    private final ObservableList<AsyeMilestoneDue> milestones = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper observationCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asyeSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper inAsye = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SupervisionRecord> tracker = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CoverageOverTime.Month> coverageMonths = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper coverageSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> kssEvidence = FXCollections.observableArrayList();
    private final TemplateSource templates;

    public ObservationsViewModel(StaffRegister staff, RecordBook records, ComplianceOverview overview,
                                 RecordLauncher launcher, CurrentPolicy policy, TaskRunner tasks, DialogService dialogs,
                                 java.time.Clock clock, TemplateSource templates) {
        this.templates = templates;
        this.staff = staff;
        this.records = records;
        this.overview = overview;
        this.launcher = launcher;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.picker = new SuperviseePicker(clock, this::load);
    }

    public void refresh() {
        tasks.run(Messages.get("observations.loading"), staff::findAll, picker::showRegister, this::failed);
    }

    /** Opens one supervisee's page (from another screen). */
    public void show(long superviseeId) {
        picker.ask(superviseeId);
        refresh();
    }

    /** Everything the screen shows for one supervisee, read in the background. */
    private record Loaded(List<SupervisionRecord> observations, List<SupervisionRecord> audits,
                          SupervisionRecord tracker, ComplianceResult result, CoverageOverTime coverage,
                          List<String> evidence) {
    }

    /** How many months of reflective coverage the page shows, this one included. */
    static final int COVERAGE_MONTHS = 6;

    private void load() {
        Supervisee who = selected();
        if (who == null) {
            observations.clear();
            audits.clear();
            milestones.clear();
            tracker.set(null);
            inAsye.set(false);
            coverageMonths.clear();
            kssEvidence.clear();
            coverageSummary.set("");
            observationCount.set(Messages.get("observations.nobody"));
            asyeSummary.set("");
            return;
        }
        var engine = policy.get().engine();
        LocalDate today = LocalDate.now(clock);
        tasks.run(Messages.get("observations.loading"), () -> {
            List<SupervisionRecord> all = records.forSupervisee(who.id());
            SupervisionRecord latestTracker = all.stream().filter(r -> r.recordType().equals(RecordTypes.ASYE_TRACKER))
                    .max(Comparator.comparing(SupervisionRecord::recordDate)).orElse(null);
            List<SupervisionRecord> discussed = all.stream().filter(r -> r.status() == RecordStatus.COMPLETE
                    && !ReflectiveCoverage.of(r.values()).isEmpty()).toList();
            CoverageOverTime coverage = CoverageOverTime.lastMonths(discussed.stream()
                    .map(r -> new DatedCoverage(r.recordDate(), ReflectiveCoverage.of(r.values()))).toList(),
                    YearMonth.from(today), COVERAGE_MONTHS);
            return new Loaded(ofType(all, RecordTypes.OBSERVATION), ofType(all, RecordTypes.AUDIT), latestTracker,
                    overview.assess(List.of(who), today, engine).get(0).result(), coverage, evidence(discussed));
        }, loaded -> {
            if (selected() != who) {
                return;
            }
            observations.setAll(loaded.observations());
            audits.setAll(loaded.audits());
            tracker.set(loaded.tracker());
            milestones.setAll(loaded.result().asyeMilestones());
            inAsye.set(who.employment().asyeStart() != null);
            observationCount.set(countText(loaded.result().observations()));
            asyeSummary.set(asyeText(who, loaded));
            coverageMonths.setAll(loaded.coverage().months());
            coverageSummary.set(coverageText(loaded.coverage()));
            kssEvidence.setAll(loaded.evidence());
        }, this::failed);
    }

    /** Each statement with the records tagged with it, oldest first, as one line each. */
    private List<String> evidence(List<SupervisionRecord> discussed) throws PromptException {
        List<SupervisionRecord> oldestFirst = discussed.stream()
                .sorted(Comparator.comparing(SupervisionRecord::recordDate)).toList();
        List<String> lines = new ArrayList<>();
        KssEvidence.byStatement(KssCatalogue.bundled(), oldestFirst, r -> ReflectiveCoverage.of(r.values()))
                .forEach((statement, items) -> lines.add(Messages.get("reflection.kss.line", statement.label(),
                        Messages.get("prompts.kss.set." + statement.set().key()), items.size(),
                        String.join("; ", items.stream().map(r -> UkDates.format(r.recordDate()) + " "
                                + templates.byKey(r.templateKey()).map(t -> t.title()).orElse(r.templateKey()))
                                .toList()))));
        return lines;
    }

    private static String coverageText(CoverageOverTime c) {
        var total = c.total();
        if (total.discussions() == 0) {
            return Messages.get("reflection.none", COVERAGE_MONTHS);
        }
        String never = c.stagesNeverCovered().isEmpty() ? Messages.get("reflection.everyStage")
                : Messages.get("reflection.neverCovered", String.join(", ",
                c.stagesNeverCovered().stream().map(Stage::title).toList()));
        return Messages.get("reflection.summary", COVERAGE_MONTHS, total.discussions(), never,
                total.skippedReflection());
    }

    private static List<SupervisionRecord> ofType(List<SupervisionRecord> all, String type) {
        return all.stream().filter(r -> r.recordType().equals(type)).toList();
    }

    private String countText(List<ObservationTally> tallies) {
        if (tallies.isEmpty()) {
            return Messages.get("observations.count.none", policy.get().pack().name());
        }
        List<String> lines = new ArrayList<>();
        for (ObservationTally t : tallies) {
            String own = t.byOwnManagerRequired() > 0
                    ? Messages.get("observations.count.own", t.byOwnManagerDone(), t.byOwnManagerRequired()) : "";
            lines.add(Messages.get("observations.count", t.done(), t.required(), UkDates.format(t.yearFrom()),
                    UkDates.format(t.yearTo()), own, t.source()));
        }
        return String.join("\n", lines);
    }

    private String asyeText(Supervisee who, Loaded loaded) {
        if (who.employment().asyeStart() == null) {
            return Messages.get("asye.notInAsye");
        }
        String outcome = loaded.tracker() == null ? "" : loaded.tracker().text("panelOutcome");
        long overdue = loaded.result().asyeMilestones().stream().filter(m -> m.daysOverdue() > 0).count();
        String started = Messages.get("asye.started", UkDates.format(who.employment().asyeStart()),
                policy.get().pack().name());
        String state = outcome.isEmpty() ? Messages.get("asye.noOutcome", overdue)
                : Messages.get("asye.outcome", outcome, UkDates.format(parseDate(loaded.tracker().text("panelDate"))));
        return started + " " + state;
    }

    private static LocalDate parseDate(String iso) {
        try {
            return iso.isBlank() ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A milestone as the table shows its state: done on a date, overdue by some days, or due. */
    public static String milestoneState(AsyeMilestoneDue m) {
        if (m.doneOn().isPresent()) {
            return Messages.get("asye.state.done", UkDates.format(m.doneOn().get()));
        }
        return m.daysOverdue() > 0 ? Messages.get("asye.state.overdue", m.daysOverdue()) : Messages.get("asye.state.due");
    }

    /** Starts an observation on a form the council offers (the user picks when there are several). */
    public void newObservation(Consumer<RecordFormView> show, Runnable closed) {
        startNew(RecordTypes.OBSERVATION, Map.of(), show, closed);
    }

    /** Opens the ASYE tracker, starting one on the council's form if there is none yet. */
    public void openTracker(Consumer<RecordFormView> show, Runnable closed) {
        if (tracker.get() != null) {
            open(tracker.get(), show, closed);
        } else {
            startNew(RecordTypes.ASYE_TRACKER, Map.of(), show, closed);
        }
    }

    /**
     * Starts a supervision file audit with the answers the app can judge already filled in from
     * the last 12 months (agreement, sessions, records, signatures, actions, observations).
     */
    public void startAudit(Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        Optional<RecordTemplate> form = pick(RecordTypes.AUDIT, who);
        if (who == null || form.isEmpty()) {
            return;
        }
        PolicyInUse inUse = policy.get();
        LocalDate today = LocalDate.now(clock);
        tasks.run(Messages.get("audit.gathering"), () -> prefill(form.get(), AuditPrefill.suggest(
                new FileAuditFacts(overview).gather(who, today, inUse))),
                values -> launcher.start(who, form.get(), null, values, show, reloadAfter(closed)), this::failed);
    }

    /** Each checklist of the audit form with the suggestions for the items it asks about. */
    static Map<String, Object> prefill(RecordTemplate form, Map<String, AuditSuggestion> suggestions) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.fields().filter(f -> f.type() == FieldType.CHECKLIST).forEach(f -> {
            Map<String, Object> answered = AuditPrefill.checklistValue(f.items(), suggestions);
            if (!answered.isEmpty()) {
                values.put(f.key(), answered);
            }
        });
        return values;
    }

    private void startNew(String recordType, Map<String, Object> prefilled, Consumer<RecordFormView> show,
                          Runnable closed) {
        Supervisee who = selected();
        pick(recordType, who).ifPresent(t -> launcher.start(who, t, null, prefilled, show, reloadAfter(closed)));
    }

    private Optional<RecordTemplate> pick(String recordType, Supervisee who) {
        if (who == null) {
            return Optional.empty();
        }
        List<RecordTemplate> offered = launcher.templatesOf(recordType);
        if (offered.isEmpty()) {
            dialogs.showError(Messages.get("record.noForm.title"), Messages.get("observations.noForm"),
                    Messages.get("record.noForm.todo"));
            return Optional.empty();
        }
        Optional<Integer> choice = offered.size() == 1 ? Optional.of(0) : dialogs.chooseOne(
                Messages.get("record.choose.title"), Messages.get("record.choose.message", who.fullName()),
                offered.stream().map(RecordTemplate::title).toList());
        return choice.map(offered::get);
    }

    public void open(SupervisionRecord record, Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        if (who != null && record != null) {
            launcher.open(who, record, show, reloadAfter(closed));
        }
    }

    /** Shows a supervisee's page and opens one of their records (a draft found after a restart). */
    public void showRecord(long superviseeId, long recordId, Consumer<RecordFormView> show, Runnable closed) {
        show(superviseeId);
        tasks.run(Messages.get("record.opening"), () -> new Object[] {records.byId(recordId).orElseThrow(),
                staff.findById(superviseeId).orElseThrow()}, found -> launcher.open((Supervisee) found[1],
                (SupervisionRecord) found[0], show, reloadAfter(closed)), this::failed);
    }

    private Runnable reloadAfter(Runnable closed) {
        return () -> {
            closed.run();
            load();
        };
    }

    private Supervisee selected() {
        return picker.selected();
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("observations.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("observations.failed.todo"));
    }

    /** Whose file the screen shows. */
    public SuperviseePicker picker() {
        return picker;
    }

    public ObservableList<SupervisionRecord> observations() {
        return observations;
    }

    public ObservableList<SupervisionRecord> audits() {
        return audits;
    }

    public ObservableList<AsyeMilestoneDue> milestones() {
        return milestones;
    }

    public ReadOnlyStringProperty observationCountProperty() {
        return observationCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty asyeSummaryProperty() {
        return asyeSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inAsyeProperty() {
        return inAsye.getReadOnlyProperty();
    }

    public ObservableList<CoverageOverTime.Month> coverageMonths() {
        return coverageMonths;
    }

    public ReadOnlyStringProperty coverageSummaryProperty() {
        return coverageSummary.getReadOnlyProperty();
    }

    public ObservableList<String> kssEvidence() {
        return kssEvidence;
    }

    public ReadOnlyObjectProperty<SupervisionRecord> trackerProperty() {
        return tracker.getReadOnlyProperty();
    }
}
