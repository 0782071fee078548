package uk.supervisiondesk.ui.records;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * On unlocking, offers the records left unfinished, newest first, so that after a crash, a kill
 * or a flat battery the manager is taken straight back to what they were typing.
 */
public final class DraftRecovery {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RecordBook records;
    private final StaffRegister staff;
    private final TemplateSource templates;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final java.time.Clock clock;

    public DraftRecovery(RecordBook records, StaffRegister staff, TemplateSource templates, TaskRunner tasks,
                         DialogService dialogs) {
        this(records, staff, templates, tasks, dialogs, java.time.Clock.systemDefaultZone());
    }

    /** @param clock today, to leave out the drafts of leavers, whose archived files cannot be written in */
    public DraftRecovery(RecordBook records, StaffRegister staff, TemplateSource templates, TaskRunner tasks,
                         DialogService dialogs, java.time.Clock clock) {
        this.clock = clock;
        this.records = records;
        this.staff = staff;
        this.templates = templates;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Looks for drafts; if there are any, asks whether to open the newest, and calls {@code open} if so. */
    public void offer(BiConsumer<SupervisionRecord, Supervisee> open) {
        tasks.run(Messages.get("record.lookingForDrafts"), () -> new Found(records.drafts(),
                staff.findAll().stream().collect(Collectors.toMap(Supervisee::id, Function.identity()))), found -> {
            // A leaver's draft can be read from their file but never finished (decision 0010): not offered.
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            List<SupervisionRecord> drafts = found.drafts().stream().filter(d -> found.staff().get(d.superviseeId())
                    == null || !found.staff().get(d.superviseeId()).isLeaverOn(today)).toList();
            if (drafts.isEmpty()) {
                return;
            }
            SupervisionRecord newest = drafts.get(0);
            Supervisee who = found.staff().get(newest.superviseeId());
            if (who == null) {
                return;
            }
            String list = drafts.stream().limit(8).map(d -> describe(d, found.staff().get(d.superviseeId())))
                    .collect(Collectors.joining("\n"));
            if (dialogs.confirm(Messages.get("record.drafts.title"), Messages.get("record.drafts.message",
                    drafts.size(), list), Messages.get("record.drafts.button"))) {
                open.accept(newest, who);
            }
        }, e -> { });
    }

    private record Found(List<SupervisionRecord> drafts, Map<Long, Supervisee> staff) {
    }

    private String describe(SupervisionRecord draft, Supervisee who) {
        String title = templates.byKey(draft.templateKey()).map(t -> t.title()).orElse(draft.recordType());
        return Messages.get("record.drafts.line", title, who == null ? "" : who.fullName(),
                draft.updatedAt() == null ? "" : WHEN.format(draft.updatedAt()));
    }
}
