package uk.supervisiondesk.ui.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.prompts.PromptLibrary;
import uk.supervisiondesk.ui.prompts.PromptsPanelModel;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * Starts and reopens records: creates the draft at once (so nothing typed is ever unsaved),
 * loads what the form needs in the background, then hands the finished form to the screen.
 */
public final class RecordLauncher {
    private final RecordBook book;
    private final SessionLog sessions;
    private final CurrentPolicy policy;
    private final TemplateSource templates;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Clock clock;
    private final Supplier<String> userName;
    private final Supplier<Debouncer> debouncers;
    private final Consumer<String> clipboard;
    private final CalendarExport calendarExport;
    private final PromptLibrary prompts;
    private final uk.supervisiondesk.ui.signing.SigningServices signing;

    /** Sends an agreement's dates to a calendar file. */
    @FunctionalInterface
    public interface CalendarExport {
        void export(RecordFormViewModel record);
    }

    public RecordLauncher(RecordBook book, SessionLog sessions, CurrentPolicy policy, TemplateSource templates,
                          TaskRunner tasks, DialogService dialogs, StatusMessages status, Clock clock,
                          Supplier<String> userName, Supplier<Debouncer> debouncers, Consumer<String> clipboard,
                          CalendarExport calendarExport) {
        this(book, sessions, policy, templates, tasks, dialogs, status, clock, userName, debouncers, clipboard,
                calendarExport, null, null);
    }

    /**
     * @param prompts the reflective question bank offered beside reflective notes; null offers none
     * @param signing what signs and files completed records; null where there is no signing (benches)
     */
    public RecordLauncher(RecordBook book, SessionLog sessions, CurrentPolicy policy, TemplateSource templates,
                          TaskRunner tasks, DialogService dialogs, StatusMessages status, Clock clock,
                          Supplier<String> userName, Supplier<Debouncer> debouncers, Consumer<String> clipboard,
                          CalendarExport calendarExport, PromptLibrary prompts,
                          uk.supervisiondesk.ui.signing.SigningServices signing) {
        this.prompts = prompts;
        this.signing = signing;
        this.book = book;
        this.sessions = sessions;
        this.policy = policy;
        this.templates = templates;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
        this.userName = userName;
        this.debouncers = debouncers;
        this.clipboard = clipboard;
        this.calendarExport = calendarExport;
    }

    /**
     * Starts a new record of a template for a supervisee.
     *
     * @param row the monitoring-sheet row it records, or null (a new session, an agreement)
     */
    public void start(Supervisee who, RecordTemplate template, SessionEntry row, Consumer<RecordFormView> show,
                      Runnable onClose) {
        start(who, template, row, Map.of(), show, onClose);
    }

    /**
     * Starts a new record with some answers already filled in (an audit's suggestions), for the
     * user to confirm or change.
     */
    public void start(Supervisee who, RecordTemplate template, SessionEntry row, Map<String, Object> prefilled,
                      Consumer<RecordFormView> show, Runnable onClose) {
        if (who.isLeaverOn(LocalDate.now(clock))) {
            // A leaver's file is archived: it can be read, not added to.
            dialogs.showInformation(Messages.get("record.archived.title"), archivedNote(who));
            return;
        }
        LocalDate date = row != null ? row.session().date() : LocalDate.now(clock);
        Map<String, Object> values = initialValues(who, template);
        values.putAll(prefilled);
        SupervisionRecord draft = new SupervisionRecord(null, who.id(), template.key(), template.recordType(), date,
                row == null ? null : row.id(), RecordStatus.DRAFT, 1, values, null);
        PolicyInUse inUse = policy.get();
        tasks.run(Messages.get("record.opening"), () -> opened(context(who, template, book.create(draft), inUse)),
                opened -> show.accept(view(opened, show, onClose)), this::failed);
    }

    /** Opens an existing record (a draft to continue, or a completed one to read or correct). */
    public void open(Supervisee who, SupervisionRecord record, Consumer<RecordFormView> show, Runnable onClose) {
        RecordTemplate template = templates.byKey(record.templateKey()).orElse(null);
        if (template == null) {
            dialogs.showError(Messages.get("record.noTemplate.title"),
                    Messages.get("record.noTemplate.what", record.templateKey()), Messages.get("record.noTemplate.todo"));
            return;
        }
        PolicyInUse inUse = policy.get();
        tasks.run(Messages.get("record.opening"), () -> opened(context(who, template, record, inUse)),
                opened -> show.accept(view(opened, show, onClose)), this::failed);
    }

    /** Loads everything a form needs for one record; runs in the background. */
    public RecordContext context(Supervisee who, RecordTemplate template, SupervisionRecord record, PolicyInUse inUse) {
        return new RecordContext(who, template, record, book.actionsOf(record.id()),
                book.openActionsFor(who.id(), record.id()), book.personalNote(record.id()),
                sessions.forSupervisee(who.id()), inUse, inUse.pack().name(), book.disagreements(record.id()));
    }

    /** A record's context and, for a form with reflective notes, the question bank; loaded in the background. */
    private record Opened(RecordContext context, PromptLibrary.Loaded prompts) {
    }

    private Opened opened(RecordContext context) {
        boolean reflective = context.template().fields().anyMatch(f -> f.reflective());
        if (prompts == null || !reflective) {
            return new Opened(context, null);
        }
        try {
            return new Opened(context, prompts.load());
        } catch (uk.supervisiondesk.prompts.PromptException e) {
            // The shipped bank is checked by its tests; should it ever fail to read, the record still opens.
            return new Opened(context, null);
        }
    }

    private RecordFormView view(Opened opened, Consumer<RecordFormView> show, Runnable onClose) {
        RecordContext context = opened.context();
        RecordFormViewModel model = new RecordFormViewModel(context, book, tasks, dialogs, status, clock,
                debouncers.get());
        PromptsPanelModel promptsModel = opened.prompts() == null ? null
                : new PromptsPanelModel(prompts, opened.prompts(), model.coverageProperty(), tasks, dialogs, status);
        PreparationAction preparation = new PreparationAction(tasks, dialogs, status);
        RecordFormView form = new RecordFormView(model, onClose, text -> {
            clipboard.accept(text);
            status.show(Messages.get("record.caseNote.copied"));
        }, () -> calendarExport.export(model), () -> preparation.saveForm(model), () -> preparation.importForm(model),
                promptsModel);
        boolean archived = context.supervisee().isLeaverOn(LocalDate.now(clock));
        if (archived && signing == null) {
            form.showArchived(archivedNote(context.supervisee()));
        } else if (signing != null) {
            var recordSigning = new uk.supervisiondesk.ui.signing.RecordSigning(signing, model.recordProperty()::get,
                    () -> model.leave(() -> { }), next -> open(context.supervisee(), next, show, onClose),
                    context.supervisee().fullName(), supervisorName(context));
            if (archived) {
                // Read, previewed, its versions saved and filed for HR; never signed or corrected (decision 0010).
                recordSigning.archive(archivedNote(context.supervisee()));
                form.showArchived(archivedNote(context.supervisee()),
                        new uk.supervisiondesk.ui.signing.SigningPanel(recordSigning).root());
                return form;
            }
            var panel = new uk.supervisiondesk.ui.signing.SigningPanel(recordSigning);
            model.recordProperty().addListener((obs, old, now) -> {
                if (old == null || old.status() != now.status()) {
                    recordSigning.refresh();
                }
            });
            form.attachSigning(panel.root(), recordSigning.frozen());
        }
        return form;
    }

    private static String archivedNote(Supervisee who) {
        return Messages.get("record.archived", who.fullName(),
                uk.supervisiondesk.domain.UkDates.format(who.employment().leavingDate()));
    }

    /** The supervisor as the record names them, else as the front sheet does, else the user. */
    private String supervisorName(RecordContext context) {
        Object person = context.record().values().get("supervisor");
        if (person instanceof Map<?, ?> map && map.get("name") != null && !map.get("name").toString().isBlank()) {
            return map.get("name").toString().strip();
        }
        String onSheet = context.supervisee().employment().supervisorName();
        return onSheet.isBlank() ? userName.get() : onSheet;
    }

    /** Agreements start with their parties and the frequency the policy sets, ready to adjust. */
    private Map<String, Object> initialValues(Supervisee who, RecordTemplate template) {
        Map<String, Object> values = new LinkedHashMap<>();
        template.fields().forEach(f -> {
            if (f.type() == FieldType.PERSON && f.key().equals("supervisee")) {
                values.put(f.key(), Map.of("name", who.fullName(), "role", who.currentRole().map(Role::displayName)
                        .orElse("")));
            } else if (f.type() == FieldType.PERSON && f.key().equals("supervisor")) {
                String name = who.employment().supervisorName().isBlank() ? userName.get()
                        : who.employment().supervisorName();
                values.put(f.key(), Map.of("name", name, "role", ""));
            }
        });
        return values;
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("record.openFailed.title"), String.valueOf(e.getMessage()),
                Messages.get("record.openFailed.todo"));
    }

    public List<RecordTemplate> sessionTemplates() {
        return templates.sessionTemplatesFor(policy.get().councilPack().id());
    }

    public List<RecordTemplate> templatesOf(String recordType) {
        return templates.offeredFor(policy.get().councilPack().id(), recordType);
    }
}
