package uk.supervisiondesk.ui.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.controls.SuperviseePicker;
import uk.supervisiondesk.ui.records.RecordFormView;
import uk.supervisiondesk.ui.records.RecordLauncher;

/**
 * Supervision agreements: each supervisee's agreements, newest first, when the next review is
 * due under the policy, and a new agreement on the council's own form.
 */
public final class AgreementsViewModel {
    private final StaffRegister staff;
    private final RecordBook records;
    private final ComplianceOverview overview;
    private final RecordLauncher launcher;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;

    private final SuperviseePicker picker;
    private final ObservableList<SupervisionRecord> agreements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper("");

    public AgreementsViewModel(StaffRegister staff, RecordBook records, ComplianceOverview overview,
                               RecordLauncher launcher, CurrentPolicy policy, TaskRunner tasks, DialogService dialogs,
                               Clock clock) {
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
        tasks.run(Messages.get("sessions.loading"), staff::findAll, picker::showRegister, this::failed);
    }

    /** Opens one supervisee's agreements (from another screen). */
    public void show(long superviseeId) {
        picker.ask(superviseeId);
        refresh();
    }

    private void load() {
        Supervisee who = selected();
        if (who == null) {
            agreements.clear();
            review.set(Messages.get("sessions.nobody"));
            return;
        }
        var engine = policy.get().engine();
        LocalDate today = LocalDate.now(clock);
        tasks.run(Messages.get("agreements.loading"), () -> new Loaded(
                        records.forSupervisee(who.id()).stream()
                                .filter(r -> r.recordType().equals(ComplianceOverview.AGREEMENT)).toList(),
                        overview.assess(List.of(who), today, engine).get(0).result().agreementReview()
                                .map(d -> Messages.get(d.daysOverdue() > 0 ? "agreements.reviewOverdue"
                                        : "agreements.reviewDue", UkDates.format(d.dueOn()), d.reason(), d.daysOverdue()))
                                .orElse(Messages.get("agreements.noReviewRule"))),
                loaded -> {
                    if (selected() == who) {
                        agreements.setAll(loaded.agreements());
                        review.set(loaded.review());
                    }
                }, this::failed);
    }

    private record Loaded(List<SupervisionRecord> agreements, String review) {
    }

    /** Starts a new agreement on the form the council uses. */
    public void startNew(Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        if (who == null) {
            return;
        }
        List<RecordTemplate> offered = launcher.templatesOf(ComplianceOverview.AGREEMENT);
        if (offered.isEmpty()) {
            dialogs.showError(Messages.get("record.noForm.title"), Messages.get("agreements.noForm"),
                    Messages.get("record.noForm.todo"));
            return;
        }
        Optional<Integer> pick = offered.size() == 1 ? Optional.of(0) : dialogs.chooseOne(
                Messages.get("record.choose.title"), Messages.get("record.choose.message", who.fullName()),
                offered.stream().map(RecordTemplate::title).toList());
        pick.ifPresent(i -> launcher.start(who, offered.get(i), null, show, () -> {
            closed.run();
            load();
        }));
    }

    public void open(SupervisionRecord agreement, Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        if (who != null && agreement != null) {
            launcher.open(who, agreement, show, () -> {
                closed.run();
                load();
            });
        }
    }

    /** Shows a supervisee's agreements and opens one (a draft found after a restart). */
    public void showRecord(long superviseeId, long recordId, Consumer<RecordFormView> show, Runnable closed) {
        show(superviseeId);
        tasks.run(Messages.get("record.opening"), () -> new Object[] {records.byId(recordId).orElseThrow(),
                staff.findById(superviseeId).orElseThrow()}, found -> launcher.open((Supervisee) found[1],
                (SupervisionRecord) found[0], show, () -> {
                    closed.run();
                    load();
                }), this::failed);
    }

    private Supervisee selected() {
        return picker.selected();
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("agreements.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("agreements.failed.todo"));
    }

    /** Whose file the screen shows. */
    public SuperviseePicker picker() {
        return picker;
    }

    public ObservableList<SupervisionRecord> agreements() {
        return agreements;
    }

    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }
}
