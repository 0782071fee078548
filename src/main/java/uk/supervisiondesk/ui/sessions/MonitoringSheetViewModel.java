package uk.supervisiondesk.ui.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.monitoring.SuperviseeStatus;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.policy.schedule.PlannedDate;
import uk.supervisiondesk.policy.schedule.Schedule;
import uk.supervisiondesk.policy.schedule.ScheduleGenerator;
import java.util.function.Consumer;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionClashException;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.ui.records.RecordFormView;
import uk.supervisiondesk.ui.records.RecordLauncher;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.ui.controls.Choice;

/**
 * The monitoring sheet of one supervisee (Sandwell App. 3): every booked session, held,
 * postponed with its reason and new date, or cancelled; where they stand under the policy; and
 * a 12-month schedule generated from the rules.
 */
public final class MonitoringSheetViewModel {
    private final StaffRegister staff;
    private final SessionLog log;
    private final ComplianceOverview overview;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Clock clock;
    private final SessionFormViewModel form;

    private final ObservableList<Choice<Supervisee>> people = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Supervisee>> person = new SimpleObjectProperty<>();
    private final BooleanProperty includeLeavers = new SimpleBooleanProperty(false);
    private final ObservableList<SessionEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
    /** Why the sheet cannot be changed (the supervisee has left), or empty. */
    private final ReadOnlyStringWrapper archivedNote = new ReadOnlyStringWrapper("");
    private List<Supervisee> everyone = List.of();
    private Long wanted;

    private final RecordBook records;
    private final RecordLauncher launcher;
    private final ObservableList<SupervisionRecord> recordsOfPerson = FXCollections.observableArrayList();

    public MonitoringSheetViewModel(StaffRegister staff, SessionLog log, ComplianceOverview overview,
                                    CurrentPolicy policy, RecordBook records, RecordLauncher launcher, TaskRunner tasks,
                                    DialogService dialogs, StatusMessages status, Clock clock) {
        this.records = records;
        this.launcher = launcher;
        this.staff = staff;
        this.log = log;
        this.overview = overview;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
        this.form = new SessionFormViewModel(clock);
        person.addListener((obs, old, now) -> {
            form.close();
            Supervisee who = now == null ? null : now.value();
            archivedNote.set(who == null || !who.isLeaverOn(LocalDate.now(clock)) ? ""
                    : Messages.get("record.archived", who.fullName(), UkDates.format(who.employment().leavingDate())));
            loadSheet();
        });
        includeLeavers.addListener(o -> showPeople());
        policy.property().addListener(o -> loadSheet());
    }

    /** Loads the register; keeps the chosen supervisee, or picks the one asked for. */
    public void refresh() {
        tasks.run(Messages.get("sessions.loading"), staff::findAll, all -> {
            everyone = all;
            showPeople();
        }, this::failed);
    }

    /** Opens the sheet of one supervisee (from the dashboard or the staff register). */
    public void show(long superviseeId) {
        wanted = superviseeId;
        Optional<Supervisee> who = everyone.stream().filter(s -> s.id() == superviseeId).findFirst();
        if (who.isPresent() && who.get().isLeaverOn(LocalDate.now(clock))) {
            includeLeavers.set(true);
        }
        if (everyone.isEmpty()) {
            refresh();
        } else {
            showPeople();
        }
    }

    private void showPeople() {
        LocalDate today = LocalDate.now(clock);
        Long keep = wanted != null ? wanted : person.get() == null ? null : person.get().value().id();
        wanted = null;
        people.setAll(uk.supervisiondesk.ui.controls.SuperviseeChoices.of(everyone, includeLeavers.get(), today));
        Choice<Supervisee> chosen = people.stream().filter(c -> keep != null && c.value().id().equals(keep))
                .findFirst().orElse(people.isEmpty() ? null : people.get(0));
        if (chosen == person.get()) {
            loadSheet();
        } else {
            person.set(chosen);
        }
    }

    private void loadSheet() {
        Supervisee who = selected();
        if (who == null) {
            rows.clear();
            findings.clear();
            standing.set(Messages.get("sessions.nobody"));
            return;
        }
        var engine = policy.get().engine();
        LocalDate today = LocalDate.now(clock);
        tasks.run(Messages.get("sessions.loadingSheet", who.fullName()),
                () -> new Sheet(overview.assess(List.of(who), today, engine).get(0), records.forSupervisee(who.id())),
                this::showSheet, this::failed);
    }

    private record Sheet(SuperviseeStatus status, List<SupervisionRecord> records) {
    }

    private void showSheet(Sheet sheet) {
        SuperviseeStatus s = sheet.status();
        if (selected() == null || !selected().id().equals(s.supervisee().id())) {
            return; // the user has moved on to someone else meanwhile
        }
        recordsOfPerson.setAll(sheet.records());
        rows.setAll(s.sessions().stream().sorted(Comparator.comparing((SessionEntry e) -> e.session().date())
                .reversed()).toList());
        findings.setAll(s.result().findings().stream().sorted((a, b) -> b.level().compareTo(a.level())).toList());
        standing.set(Messages.get("sessions.standing", Messages.get("status." + s.result().status().key()),
                s.result().nextSession().map(n -> Messages.get("sessions.nextDue", UkDates.format(n.dueOn()),
                        UkDates.format(n.latestOn()))).orElse(Messages.get("sessions.nothingDue"))));
    }

    /** A leaver's sheet is archived with the rest of their file (decision 0010): says so, and true. */
    private boolean refusedAsArchived() {
        if (archivedNote.get().isEmpty()) {
            return false;
        }
        dialogs.showInformation(Messages.get("record.archived.title"), archivedNote.get());
        return true;
    }

    public void startAdd() {
        if (refusedAsArchived()) {
            return;
        }
        Supervisee who = selected();
        if (who != null) {
            form.open(who, null, rows, policy.get().engine(), usualKind(who));
        }
    }

    public void edit(SessionEntry entry) {
        if (refusedAsArchived()) {
            return;
        }
        Supervisee who = selected();
        if (who != null && entry != null) {
            form.open(who, entry, rows, policy.get().engine(), usualKind(who));
        }
    }

    /** Saves the form. A postponement with a new date also books the new date, unless it is booked already. */
    public void save() {
        if (refusedAsArchived()) {
            return;
        }
        Optional<SessionEntry> valid = form.validated();
        if (valid.isEmpty()) {
            status.show(Messages.get("sessions.notSaved"));
            return;
        }
        SessionEntry entry = valid.get();
        SupervisionSession s = entry.session();
        boolean bookNewDate = s.outcome() == SessionOutcome.POSTPONED && s.rescheduledTo() != null
                && rows.stream().noneMatch(r -> r.session().date().equals(s.rescheduledTo())
                && r.session().kind() == s.kind());
        List<SessionEntry> toSave = new ArrayList<>(List.of(entry));
        if (bookNewDate) {
            toSave.add(new SessionEntry(null, entry.superviseeId(), SupervisionSession.planned(s.rescheduledTo(),
                    s.kind())));
        }
        tasks.run(Messages.get("sessions.saving"), () -> {
            log.saveAll(toSave);
            return toSave.size();
        }, saved -> {
            form.close();
            status.show(Messages.get(bookNewDate ? "sessions.savedAndBooked" : "sessions.saved",
                    UkDates.format(s.date()), UkDates.format(s.rescheduledTo())));
            loadSheet();
        }, e -> {
            if (e instanceof SessionClashException) {
                dialogs.showError(Messages.get("sessions.clash.title"), e.getMessage(),
                        Messages.get("sessions.clash.todo"));
            } else {
                failed(e);
            }
        });
    }

    public void cancelEdit() {
        form.close();
    }

    public void delete(SessionEntry entry) {
        if (refusedAsArchived()) {
            return;
        }
        if (entry == null || !dialogs.confirm(Messages.get("sessions.delete.title"),
                Messages.get("sessions.delete.message", UkDates.format(entry.session().date())),
                Messages.get("sessions.delete.button"))) {
            return;
        }
        tasks.run(Messages.get("sessions.saving"), () -> {
            log.delete(entry);
            return entry;
        }, deleted -> {
            form.close();
            status.show(Messages.get("sessions.deleted", UkDates.format(deleted.session().date())));
            loadSheet();
        }, this::failed);
    }

    /**
     * Works out twelve months of dates from the rules, starting when the next session is due,
     * shows them, and on confirmation books those not already on the sheet.
     */
    public void generateSchedule() {
        if (refusedAsArchived()) {
            return;
        }
        Supervisee who = selected();
        if (who == null) {
            return;
        }
        var inUse = policy.get();
        LocalDate today = LocalDate.now(clock);
        LocalDate first = rows.stream().filter(r -> r.session().wasHeld()).map(r -> r.session().date())
                .max(LocalDate::compareTo)
                .flatMap(last -> inUse.engine().assess(uk.supervisiondesk.policy.compliance.SuperviseeFacts.of(who,
                        rows.stream().map(SessionEntry::session).toList()), today).nextSession().map(n -> n.dueOn()))
                .filter(d -> !d.isBefore(today)).orElse(inUse.calendar().onOrAfter(today.plusDays(7)));
        Schedule schedule = new ScheduleGenerator(inUse.pack(), inUse.calendar()).twelveMonths(who, first,
                Optional.empty());
        Set<LocalDate> booked = rows.stream().map(r -> r.session().date()).collect(Collectors.toSet());
        List<PlannedDate> fresh = schedule.dates().stream().filter(d -> !booked.contains(d.date())).toList();
        if (fresh.isEmpty()) {
            dialogs.showInformation(Messages.get("sessions.schedule.title"), Messages.get("sessions.schedule.nothing"));
            return;
        }
        String list = fresh.stream().map(d -> UkDates.format(d.date()) + "  " + d.what()
                + d.movedFrom().map(m -> " " + Messages.get("sessions.schedule.moved", UkDates.format(m))).orElse(""))
                .collect(Collectors.joining("\n"));
        if (!dialogs.confirm(Messages.get("sessions.schedule.title"), Messages.get("sessions.schedule.confirm",
                who.fullName(), fresh.size(), list), Messages.get("sessions.schedule.button", fresh.size()))) {
            return;
        }
        List<SessionEntry> planned = fresh.stream()
                .map(d -> new SessionEntry(null, who.id(), SupervisionSession.planned(d.date(), d.kind()))).toList();
        tasks.run(Messages.get("sessions.saving"), () -> {
            log.saveAll(planned);
            return planned.size();
        }, n -> {
            status.show(Messages.get("sessions.schedule.booked", n, who.fullName()));
            loadSheet();
        }, this::failed);
    }

    /** The record written for a monitoring-sheet row, if there is one. */
    public Optional<SupervisionRecord> recordFor(SessionEntry row) {
        return recordsOfPerson.stream().filter(r -> row.id().equals(r.sessionId())).findFirst();
    }

    /**
     * Writes the record of a session: for the chosen row (or a new session when none is chosen),
     * on the form the policy's council uses for that kind of session.
     */
    public void writeRecord(SessionEntry row, Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        if (who == null) {
            return;
        }
        if (row != null && recordFor(row).isPresent()) {
            openRecord(recordFor(row).get(), show, closed);
            return;
        }
        List<RecordTemplate> offered = launcher.sessionTemplates().stream()
                .filter(t -> row == null || t.sessionKind().filter(k -> k == row.session().kind()).isPresent())
                .toList();
        if (offered.isEmpty()) {
            dialogs.showError(Messages.get("record.noForm.title"), Messages.get("record.noForm.what"),
                    Messages.get("record.noForm.todo"));
            return;
        }
        Optional<Integer> pick = offered.size() == 1 ? Optional.of(0) : dialogs.chooseOne(
                Messages.get("record.choose.title"), Messages.get("record.choose.message", who.fullName()),
                offered.stream().map(RecordTemplate::title).toList());
        pick.ifPresent(i -> launcher.start(who, offered.get(i), row, show, () -> {
            closed.run();
            loadSheet();
        }));
    }

    public void openRecord(SupervisionRecord record, Consumer<RecordFormView> show, Runnable closed) {
        Supervisee who = selected();
        if (who != null) {
            launcher.open(who, record, show, () -> {
                closed.run();
                loadSheet();
            });
        }
    }

    /** Shows a supervisee's sheet and opens one of their records (a draft found after a restart). */
    public void showRecord(long superviseeId, long recordId, Consumer<RecordFormView> show, Runnable closed) {
        show(superviseeId);
        tasks.run(Messages.get("record.opening"), () -> records.byId(recordId).orElseThrow(), record -> {
            Supervisee who = everyone.stream().filter(s -> s.id() == superviseeId).findFirst().orElse(null);
            if (who != null) {
                launcher.open(who, record, show, () -> {
                    closed.run();
                    loadSheet();
                });
            }
        }, this::failed);
    }

    /** Records being written that are not yet tied to a session on the sheet. */
    public List<SupervisionRecord> unfinishedRecords() {
        return recordsOfPerson.stream().filter(r -> r.status() == uk.supervisiondesk.domain.RecordStatus.DRAFT)
                .toList();
    }

    public ObservableList<SupervisionRecord> recordsOfPerson() {
        return recordsOfPerson;
    }

    private static SessionKind usualKind(Supervisee who) {
        Role role = who.currentRole().orElse(Role.SOCIAL_WORKER);
        return role == Role.TEAM_MANAGER || role == Role.SERVICE_MANAGER ? SessionKind.MANAGER : SessionKind.INDIVIDUAL;
    }

    private Supervisee selected() {
        return person.get() == null ? null : person.get().value();
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("sessions.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("sessions.failed.todo"));
    }

    public SessionFormViewModel form() {
        return form;
    }

    public ObservableList<Choice<Supervisee>> people() {
        return people;
    }

    public ObjectProperty<Choice<Supervisee>> personProperty() {
        return person;
    }

    public javafx.beans.property.ReadOnlyStringProperty archivedNoteProperty() {
        return archivedNote.getReadOnlyProperty();
    }

    public BooleanProperty includeLeaversProperty() {
        return includeLeavers;
    }

    public ObservableList<SessionEntry> rows() {
        return rows;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }
}
