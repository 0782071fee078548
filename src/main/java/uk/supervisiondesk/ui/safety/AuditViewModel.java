package uk.supervisiondesk.ui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.safety.AuditExport;
import uk.supervisiondesk.safety.Retention;
import uk.supervisiondesk.safety.SubjectAccessBundle;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * The audit trail with its filters, checking its chain and exporting one person's part; leavers'
 * archived files with retention, legal holds and deletion for good; and subject access bundles.
 */
public final class AuditViewModel {

    /** One line of the trail as shown. */
    public record Entry(long seq, String when, String action, String record, String supervisee, String detail) {
    }

    /** One archived file as shown. */
    public record Leaver(long id, String name, String employeeNumber, String leftOn, String deletableFrom,
                         String hold, boolean held, boolean due) {
    }

    /** A choice of supervisee (or everyone, with a null id). */
    public record Person(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final java.time.format.DateTimeFormatter TABLE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DeskDatabase database;
    private final Clock clock;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final StringProperty action = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper("");
    private final ObservableList<Leaver> leavers = FXCollections.observableArrayList();
    private final ObjectProperty<Leaver> leaver = new SimpleObjectProperty<>();
    private final StringProperty holdReason = new SimpleStringProperty("");
    private final StringProperty deleteConfirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper retentionMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Person> subject = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty includePersonalNotes = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper subjectAccessResult = new ReadOnlyStringWrapper("");
    private List<AuditEntryRow> all = List.of();
    private Map<Long, Supervisee> staff = Map.of();
    private Long lastLeaverId;

    public AuditViewModel(DeskDatabase database, Clock clock, CurrentPolicy policy, TaskRunner tasks,
                          DialogService dialogs, StatusMessages status) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        actions.add(Messages.get("audit.filter.allActions"));
        for (AuditAction a : AuditAction.values()) {
            actions.add(a.key());
        }
        action.set(actions.get(0));
        person.addListener(o -> filter());
        action.addListener(o -> filter());
        from.addListener(o -> filter());
        to.addListener(o -> filter());
        leaver.addListener((obs, old, now) -> {
            // A refresh hands back the same file anew; only choosing another one starts afresh.
            if (now != null && (lastLeaverId == null || now.id() != lastLeaverId)) {
                holdReason.set("");
                deleteConfirmation.set("");
                retentionMessage.set("");
            }
            if (now != null) {
                lastLeaverId = now.id();
            }
        });
    }

    private record Loaded(List<AuditEntryRow> entries, List<Supervisee> staff, List<Retention.LeaverFile> leavers) {
    }

    public void refresh() {
        tasks.run(Messages.get("audit.loading"), () -> new Loaded(database.dao(AuditDao.class).all(),
                new StaffRegister(database, clock).findAll(), retention().archived()), this::show, this::failed);
    }

    private Retention retention() {
        return new Retention(database, clock, policy.get().pack().retention());
    }

    private void show(Loaded loaded) {
        all = loaded.entries();
        staff = loaded.staff().stream().collect(Collectors.toMap(Supervisee::id, Function.identity()));
        Long chosen = person.get() == null ? null : person.get().id();
        Long chosenSubject = subject.get() == null ? null : subject.get().id();
        people.setAll(new Person(null, Messages.get("audit.filter.everyone")));
        loaded.staff().stream().sorted(java.util.Comparator.comparing(Supervisee::fullName))
                .map(s -> new Person(s.id(), s.fullName() + " (" + s.employeeNumber() + ")")).forEach(people::add);
        person.set(people.stream().filter(p -> Objects.equals(p.id(), chosen)).findFirst().orElse(people.get(0)));
        subject.set(people.stream().filter(p -> p.id() != null && p.id().equals(chosenSubject)).findFirst()
                .orElse(null));
        filter();
        Long chosenLeaver = leaver.get() == null ? null : leaver.get().id();
        LocalDate today = LocalDate.now(clock);
        leavers.setAll(loaded.leavers().stream().map(f -> new Leaver(f.supervisee().id(), f.supervisee().fullName(),
                f.supervisee().employeeNumber(), UkDates.format(f.leftOn()),
                f.deletableFrom().map(UkDates::format).orElse(Messages.get("retention.noPeriod")),
                f.hold().map(h -> Messages.get("retention.held", UkDates.format(h.since()), h.reason())).orElse(""),
                f.hold().isPresent(), f.dueForDeletionOn(today))).toList());
        leaver.set(leavers.stream().filter(l -> chosenLeaver != null && l.id() == chosenLeaver).findFirst()
                .orElse(null));
    }

    private void filter() {
        Long who = person.get() == null ? null : person.get().id();
        String kind = action.get() == null || action.get().equals(actions.get(0)) ? null : action.get();
        LocalDate start = from.get();
        LocalDate end = to.get();
        ZoneId zone = clock.getZone();
        List<Entry> matching = all.stream()
                .filter(e -> who == null || who.equals(e.superviseeId()))
                .filter(e -> kind == null || kind.equals(e.action()))
                .filter(e -> start == null || !e.at().atZoneSameInstant(zone).toLocalDate().isBefore(start))
                .filter(e -> end == null || !e.at().atZoneSameInstant(zone).toLocalDate().isAfter(end))
                .sorted(java.util.Comparator.comparingLong(AuditEntryRow::seq).reversed())
                .map(e -> new Entry(e.seq(), TABLE_TIME.format(e.at().atZoneSameInstant(zone)),
                        e.action(), e.recordType() + (e.recordId() == null ? "" : " " + e.recordId()),
                        e.superviseeId() == null ? "" : Optional.ofNullable(staff.get(e.superviseeId()))
                                .map(Supervisee::fullName).orElse(Messages.get("audit.deletedPerson", e.superviseeId())),
                        e.detail()))
                .toList();
        entries.setAll(matching);
        shown.set(Messages.get("audit.shown", matching.size(), all.size()));
    }

    /** Reads the whole trail afresh and follows its chain of hashes. */
    public void checkTrail() {
        tasks.run(Messages.get("audit.checking"), () -> {
            List<AuditEntryRow> rows = database.dao(AuditDao.class).all();
            return new Checked(rows.size(), AuditTrailCheck.firstBrokenLink(rows));
        }, checked -> checkResult.set(checked.broken()
                .map(b -> Messages.get("audit.check.broken", String.valueOf(b.seq()), b.problem()))
                .orElse(Messages.get("audit.check.whole", checked.count()))), this::failed);
    }

    private record Checked(int count, Optional<AuditTrailCheck.BrokenLink> broken) {
    }

    /** Exports the chosen supervisee's part of the trail. */
    public void export(AuditExport.Format format) {
        Person who = person.get();
        if (who == null || who.id() == null) {
            dialogs.showInformation(Messages.get("audit.export.title"), Messages.get("audit.export.chooseSomeone"));
            return;
        }
        Supervisee s = staff.get(who.id());
        String suggested = "audit-trail-" + (s == null ? who.id() : s.employeeNumber()) + "." + format.extension();
        dialogs.chooseFileToSave(Messages.get("audit.export.title"), suggested,
                        Messages.get(format == AuditExport.Format.CSV ? "audit.export.csvKind" : "audit.export.pdfKind"),
                        format.extension())
                .ifPresent(target -> tasks.run(Messages.get("audit.export.working"), () -> new AuditExport(database,
                        clock).exportForSupervisee(who.id(), format, target, policy.get().pack().name()), written -> {
                            status.show(Messages.get("audit.export.done", written));
                            refresh();
                        }, this::failed));
    }

    public void placeHold() {
        Leaver file = leaver.get();
        if (file == null) {
            return;
        }
        String reason = holdReason.get();
        tasks.run(Messages.get("retention.working"), () -> {
            retention().placeLegalHold(file.id(), reason);
            return file;
        }, done -> {
            retentionMessage.set(Messages.get("retention.holdPlaced", done.name()));
            refresh();
        }, e -> retentionMessage.set(String.valueOf(e.getMessage())));
    }

    public void releaseHold() {
        Leaver file = leaver.get();
        if (file == null || !file.held()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("retention.release.title"), Messages.get("retention.release.message",
                file.name()), Messages.get("retention.release.button"))) {
            return;
        }
        tasks.run(Messages.get("retention.working"), () -> {
            retention().releaseLegalHold(file.id());
            return file;
        }, done -> {
            retentionMessage.set(Messages.get("retention.holdReleased", done.name()));
            refresh();
        }, e -> retentionMessage.set(String.valueOf(e.getMessage())));
    }

    /** Deletes for good, if the employee number typed matches; the store refuses otherwise and says why. */
    public void deleteForGood() {
        Leaver file = leaver.get();
        if (file == null) {
            return;
        }
        String typed = deleteConfirmation.get();
        tasks.run(Messages.get("retention.deleting"), () -> retention().deleteForGood(file.id(), typed), deleted -> {
            retentionMessage.set(Messages.get("retention.deleted", file.name(), deleted.records(), deleted.sessions()));
            leaver.set(null);
            refresh();
        }, e -> retentionMessage.set(String.valueOf(e.getMessage())));
    }

    /** Writes everything held about the chosen supervisee into a folder the user picks. */
    public void exportSubjectAccess() {
        Person who = subject.get();
        if (who == null || who.id() == null) {
            subjectAccessResult.set(Messages.get("subjectAccess.chooseSomeone"));
            return;
        }
        boolean include = includePersonalNotes.get();
        dialogs.chooseFolder(Messages.get("subjectAccess.chooserTitle"), null).ifPresent(folder -> tasks.run(
                Messages.get("subjectAccess.working"),
                () -> new SubjectAccessBundle(database, clock).export(who.id(), folder, include), written -> {
                    subjectAccessResult.set(Messages.get("subjectAccess.done", written.folder(), written.files().size(),
                            include ? Messages.get("subjectAccess.notesIncluded")
                                    : Messages.get("subjectAccess.notesWithheld", written.withheldNotes()),
                            written.forRedaction()));
                    status.show(Messages.get("subjectAccess.status", written.folder()));
                }, e -> subjectAccessResult.set(Messages.get("subjectAccess.failed", String.valueOf(e.getMessage())))));
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("audit.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("audit.failed.todo"));
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    public ObservableList<Leaver> leavers() {
        return leavers;
    }

    public ObjectProperty<Leaver> leaverProperty() {
        return leaver;
    }

    public StringProperty holdReasonProperty() {
        return holdReason;
    }

    public StringProperty deleteConfirmationProperty() {
        return deleteConfirmation;
    }

    public ReadOnlyStringProperty retentionMessageProperty() {
        return retentionMessage.getReadOnlyProperty();
    }

    public ObjectProperty<Person> subjectProperty() {
        return subject;
    }

    public SimpleBooleanProperty includePersonalNotesProperty() {
        return includePersonalNotes;
    }

    public ReadOnlyStringProperty subjectAccessResultProperty() {
        return subjectAccessResult.getReadOnlyProperty();
    }
}
