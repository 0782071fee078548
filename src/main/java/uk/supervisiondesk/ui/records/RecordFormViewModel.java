package uk.supervisiondesk.ui.records;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.templates.TemplateField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.compliance.GapCheck;
import uk.supervisiondesk.policy.compliance.SuperviseeFacts;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * A record being written: one editing model per template field, saved in the background a
 * moment after each pause in typing, so a crash or a flat battery loses at most the last moment.
 * Completing it checks every field, applies the review of earlier actions and marks the
 * session held on the monitoring sheet.
 */
public final class RecordFormViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RecordContext context;
    private final RecordBook book;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Clock clock;
    private final Debouncer autosave;

    private final Map<String, FieldModel> fields = new LinkedHashMap<>();
    private final StringProperty recordDate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper recordDateError = new ReadOnlyStringWrapper("");
    private final StringProperty personalNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gapNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SupervisionRecord> record = new ReadOnlyObjectWrapper<>();
    /** What the reflective discussion covered, kept in the values under {@link ReflectiveCoverage#VALUE_KEY}. */
    private final ObjectProperty<ReflectiveCoverage> coverage = new SimpleObjectProperty<>(ReflectiveCoverage.NONE);
    private final javafx.collections.ObservableList<DisagreementRow> disagreements =
            javafx.collections.FXCollections.observableArrayList();
    private boolean loading;
    private boolean attemptedComplete;

    public RecordFormViewModel(RecordContext context, RecordBook book, TaskRunner tasks, DialogService dialogs,
                               StatusMessages status, Clock clock, Debouncer autosave) {
        this.context = context;
        this.book = book;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
        this.autosave = autosave;
        this.record.set(context.record());
        loading = true;
        context.template().fields().forEach(f -> fields.put(f.key(), FieldModels.create(f, context)));
        SupervisionRecord r = context.record();
        recordDate.set(UkDates.format(r.recordDate()));
        fields.values().forEach(m -> m.load(r.values().get(m.field().key())));
        fields.values().stream().filter(ActionsModel.class::isInstance).map(ActionsModel.class::cast)
                .forEach(a -> a.loadItems(context.ownActions()));
        fillLastSessionDate();
        coverage.set(ReflectiveCoverage.of(r.values()));
        personalNote.set(context.personalNote());
        disagreements.setAll(context.disagreements());
        loading = false;

        List<Observable> watched = new ArrayList<>(List.of(recordDate, personalNote, coverage));
        fields.values().forEach(m -> watched.addAll(m.observables()));
        watched.forEach(o -> o.addListener(x -> changed()));
        saveState.set(Messages.get(r.status() == RecordStatus.DRAFT ? "record.state.draft" : "record.state.complete"));
        check(false);
    }

    /** The date of the previous session is read from the monitoring sheet, not typed. */
    private void fillLastSessionDate() {
        fields.values().stream().filter(m -> m.field().type() == FieldType.LAST_SESSION_DATE)
                .map(DateFieldModel.class::cast)
                .forEach(m -> m.textProperty().set(context.lastSessionBefore(parsedRecordDate().orElse(
                        context.record().recordDate())).map(UkDates::format).orElse("")));
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        saveState.set(Messages.get("record.state.unsaved"));
        check(attemptedComplete);
        autosave.request(this::saveNow);
    }

    /** Saves the draft now, in the background. Called by the debouncer, and before leaving. */
    public void saveNow() {
        if (!dirty.get()) {
            return;
        }
        dirty.set(false);
        SupervisionRecord snapshot = snapshot();
        List<ActionItem> actions = actionItems(snapshot);
        String note = personalNote.get();
        saveState.set(Messages.get("record.state.saving"));
        tasks.run(Messages.get("record.saving"), () -> {
            SupervisionRecord saved = book.saveDraft(snapshot, actions);
            book.savePersonalNote(saved.id(), note);
            return saved;
        }, saved -> {
            record.set(saved);
            if (!dirty.get()) {
                saveState.set(Messages.get("record.state.saved", TIME.format(LocalTime.now(clock))));
            }
        }, e -> {
            dirty.set(true);
            saveState.set(Messages.get("record.state.failed"));
            dialogs.showError(Messages.get("record.saveFailed.title"), String.valueOf(e.getMessage()),
                    Messages.get("record.saveFailed.todo"));
        });
    }

    /** The record as the form now holds it (date and values), not yet saved. */
    SupervisionRecord snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, model) -> {
            Object v = model.value();
            if (v != null) {
                values.put(key, v);
            }
        });
        if (!coverage.get().isEmpty()) {
            values.put(ReflectiveCoverage.VALUE_KEY, coverage.get().toValue());
        }
        SupervisionRecord current = record.get();
        LocalDate date = parsedRecordDate().orElse(current.recordDate());
        return new SupervisionRecord(current.id(), current.superviseeId(), current.templateKey(),
                current.recordType(), date, current.sessionId(), current.status(), current.version(), values,
                current.updatedAt());
    }

    private List<ActionItem> actionItems(SupervisionRecord r) {
        return fields.values().stream().filter(ActionsModel.class::isInstance).map(ActionsModel.class::cast)
                .findFirst().map(a -> a.items(r.superviseeId(), r.id())).orElse(List.of());
    }

    private Optional<LocalDate> parsedRecordDate() {
        try {
            return UkDates.parse(recordDate.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Checks every field; shows each problem beside its field. True when there are none. */
    private boolean check(boolean completing) {
        boolean ok = true;
        recordDateError.set("");
        if (parsedRecordDate().isEmpty()) {
            recordDateError.set(recordDate.get().isBlank() ? Messages.get("record.dateRequired")
                    : Messages.get("form.badDate", recordDate.get().strip()));
            ok = false;
        } else if (parsedRecordDate().get().isAfter(LocalDate.now(clock)) && context.template().sessionKind().isPresent()
                && completing) {
            recordDateError.set(Messages.get("record.dateInFuture"));
            ok = false;
        }
        checkGap();
        for (FieldModel m : fields.values()) {
            Optional<String> problem = m.problem(completing);
            if (problem.isEmpty() && completing && m.field().type() == FieldType.GAP_REASON && !gapNotice.get().isEmpty()
                    && m.isEmpty()) {
                problem = Optional.of(Messages.get("sessions.form.gapReasonRequired"));
            }
            m.showProblem(problem);
            ok &= problem.isEmpty();
        }
        return ok;
    }

    /** Whether this session came later than the rules allowed after the last one (Sefton App. 3 asks why). */
    private void checkGap() {
        gapNotice.set("");
        Optional<LocalDate> day = parsedRecordDate();
        if (day.isEmpty() || context.template().sessionKind().isEmpty()) {
            return;
        }
        List<SupervisionSession> others = context.sheet().stream()
                .filter(e -> context.record().sessionId() == null || !e.id().equals(context.record().sessionId()))
                .map(SessionEntry::session).toList();
        Optional<GapCheck> gap = context.policy().engine().gapBefore(SuperviseeFacts.of(context.supervisee(), others),
                day.get(), "");
        gap.filter(GapCheck::exceeded).ifPresent(g -> gapNotice.set(Messages.get("sessions.form.gapNotice",
                UkDates.format(g.previousSession()), g.daysOver(), UkDates.format(g.latestPermitted()), g.rule())));
    }

    /**
     * Completes the record after checking it. Case fields that look like names or dates of
     * birth are pointed out first and the user decides.
     */
    public void complete(Runnable whenDone) {
        autosave.flush();
        attemptedComplete = true;
        if (!check(true)) {
            status.show(Messages.get("record.notCompleted"));
            return;
        }
        boolean caseWarnings = fields.values().stream().anyMatch(m -> m instanceof CaseReferenceModel c && c.hasWarning())
                || caseRowsLookPersonal();
        if (caseWarnings && !dialogs.confirm(Messages.get("record.caseWarning.title"),
                Messages.get("record.caseWarning.message"), Messages.get("record.caseWarning.button"))) {
            return;
        }
        SupervisionRecord snapshot = snapshot();
        List<ActionItem> actions = actionItems(snapshot);
        var review = fields.values().stream().filter(ActionReviewModel.class::isInstance)
                .map(ActionReviewModel.class::cast).findFirst().map(ActionReviewModel::decisions).orElse(List.of());
        SessionEntry session = sessionToMark(snapshot);
        String note = personalNote.get();
        dirty.set(false);
        tasks.run(Messages.get("record.completing"), () -> {
            SupervisionRecord done = book.complete(snapshot, actions, review, session);
            book.savePersonalNote(done.id(), note);
            return done;
        }, done -> {
            record.set(done);
            saveState.set(Messages.get("record.state.complete"));
            status.show(Messages.get("record.completed", context.template().title(), context.supervisee().fullName()));
            whenDone.run();
        }, e -> {
            dirty.set(true);
            dialogs.showError(Messages.get("record.completeFailed.title"), String.valueOf(e.getMessage()),
                    Messages.get("record.saveFailed.todo"));
        });
    }

    private boolean caseRowsLookPersonal() {
        return fields.values().stream().filter(m -> m.field().type() == FieldType.CASES).map(RowListModel.class::cast)
                .flatMap(m -> m.rows().stream())
                .anyMatch(r -> CaseReferenceModel.CaseReferenceCheck.warningFor(r.part("reference").get()).isPresent());
    }

    /** For a session record: its monitoring-sheet row, marked held on the record's date. */
    private SessionEntry sessionToMark(SupervisionRecord r) {
        Optional<SessionKind> kind = context.template().sessionKind();
        if (kind.isEmpty()) {
            return null;
        }
        String gapReason = fields.values().stream().filter(m -> m.field().type() == FieldType.GAP_REASON)
                .map(m -> m.value() == null ? "" : m.value().toString()).findFirst().orElse("");
        Optional<SessionEntry> existing = context.sheet().stream()
                .filter(e -> e.id().equals(r.sessionId())
                        || (e.session().date().equals(r.recordDate()) && e.session().kind() == kind.get()))
                .findFirst();
        SupervisionSession base = existing.map(SessionEntry::session).orElse(null);
        SupervisionSession held = new SupervisionSession(r.recordDate(), kind.get(), SessionOutcome.HELD, null, "",
                gapReason.isEmpty() && base != null ? base.gapReason() : gapReason,
                base == null ? null : base.sharedOn(), base == null ? null : base.signedOn());
        return new SessionEntry(existing.map(SessionEntry::id).orElse(null), r.superviseeId(), held);
    }

    /** Throws away a draft after the user confirms. */
    public void discard(Runnable whenDone) {
        if (record.get().status() != RecordStatus.DRAFT || !dialogs.confirm(Messages.get("record.discard.title"),
                Messages.get("record.discard.message", context.template().title()), Messages.get("record.discard.button"))) {
            return;
        }
        dirty.set(false);
        SupervisionRecord current = record.get();
        tasks.run(Messages.get("record.saving"), () -> {
            book.discardDraft(current);
            return current;
        }, gone -> {
            status.show(Messages.get("record.discarded"));
            whenDone.run();
        }, e -> dialogs.showError(Messages.get("record.saveFailed.title"), String.valueOf(e.getMessage()),
                Messages.get("record.saveFailed.todo")));
    }

    /** Saves anything pending, then lets the caller move on. */
    public void leave(Runnable then) {
        autosave.flush();
        then.run();
    }

    /**
     * A plain-text extract of one case discussion for the child's record in the case system
     * (LCS, Mosaic): the reference, date, decisions and the actions with owners and dates.
     */
    public String caseNote(RowListModel.Row row) {
        StringBuilder note = new StringBuilder();
        note.append(Messages.get("record.caseNote.heading", context.template().title())).append("\n");
        note.append(Messages.get("record.caseNote.reference", row.part("reference").get().strip())).append("\n");
        note.append(Messages.get("record.caseNote.date", recordDate.get().strip())).append("\n");
        note.append(Messages.get("record.caseNote.supervisee", context.supervisee().fullName())).append("\n\n");
        note.append(Messages.get("record.caseNote.discussion")).append("\n").append(row.part("discussion").get().strip())
                .append("\n\n");
        note.append(Messages.get("record.caseNote.decisions")).append("\n").append(row.part("decisions").get().strip())
                .append("\n");
        List<ActionItem> actions = actionItems(snapshot());
        if (!actions.isEmpty()) {
            note.append("\n").append(Messages.get("record.caseNote.actions")).append("\n");
            for (ActionItem a : actions) {
                note.append("- ").append(a.what()).append(" (").append(a.who()).append(", ")
                        .append(Messages.get("record.caseNote.by", UkDates.format(a.dueBy()))).append(")\n");
            }
        }
        return note.toString();
    }

    /** Records that the supervisor or the supervisee disagrees with this record, and why; it stays attached. */
    public void recordDisagreement(String party, String why) {
        if (why == null || why.isBlank()) {
            return;
        }
        autosave.flush();
        SupervisionRecord current = record.get();
        tasks.run(Messages.get("record.saving"), () -> {
            book.recordDisagreement(current, party, why.strip());
            return book.disagreements(current.id());
        }, all -> {
            disagreements.setAll(all);
            status.show(Messages.get("record.disagreementRecorded"));
        }, e -> dialogs.showError(Messages.get("record.saveFailed.title"), String.valueOf(e.getMessage()),
                Messages.get("record.saveFailed.todo")));
    }

    /** Fills the agreed dates for the next twelve months from the policy and the agreed frequency. */
    public void generateSchedule() {
        fields.values().stream().filter(ScheduleModel.class::isInstance).map(ScheduleModel.class::cast).findFirst()
                .ifPresent(schedule -> {
                    LocalDate start = parsedRecordDate().orElse(LocalDate.now(clock));
                    Optional<uk.supervisiondesk.policy.pack.Span> agreed = fields.values().stream()
                            .filter(m -> m.field().type() == FieldType.FREQUENCY).map(FieldModel::value)
                            .filter(java.util.Objects::nonNull)
                            .flatMap(v -> uk.supervisiondesk.policy.pack.Span.parse(v.toString()).stream()).findFirst();
                    var policy = context.policy();
                    LocalDate first = policy.calendar().onOrAfter(agreed.map(s -> s.after(start))
                            .orElse(start.plusMonths(1)));
                    var generated = new uk.supervisiondesk.policy.schedule.ScheduleGenerator(policy.pack(),
                            policy.calendar()).twelveMonths(context.supervisee(), first, agreed);
                    schedule.setDates(generated.formalDates(policy.pack().supervision().countsAs()));
                    // The review falls due an interval after the agreement is made, not after the first session.
                    policy.pack().agreement().map(rule -> policy.calendar().onOrBefore(rule.every().after(start)))
                            .ifPresent(review -> fields.values().stream()
                            .filter(m -> m.field().key().equals("reviewDate") && m instanceof DateFieldModel)
                            .map(DateFieldModel.class::cast).filter(DateFieldModel::isEmpty)
                            .forEach(d -> d.textProperty().set(UkDates.format(review))));
                });
    }

    public javafx.collections.ObservableList<DisagreementRow> disagreements() {
        return disagreements;
    }

    public RecordContext context() {
        return context;
    }

    public FieldModel field(String key) {
        return fields.get(key);
    }

    public Map<String, FieldModel> fields() {
        return fields;
    }

    public StringProperty recordDateProperty() {
        return recordDate;
    }

    public ReadOnlyStringProperty recordDateErrorProperty() {
        return recordDateError.getReadOnlyProperty();
    }

    public StringProperty personalNoteProperty() {
        return personalNote;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapNoticeProperty() {
        return gapNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the form has a notes field where the reflective prompts are offered. */
    public boolean isReflective() {
        return context.template().fields().anyMatch(TemplateField::reflective);
    }

    public ObjectProperty<ReflectiveCoverage> coverageProperty() {
        return coverage;
    }

    public ReadOnlyObjectProperty<SupervisionRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
