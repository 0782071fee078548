package uk.supervisiondesk.ui.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.calendar.IcsWriter;
import uk.supervisiondesk.calendar.PlannedSession;
import uk.supervisiondesk.calendar.SupervisionCalendar;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * Sends an agreement's dates for the year to a calendar file (.ics) that Outlook and other
 * calendars import. Each date keeps the same event id in every export, so importing a revised
 * schedule updates the entries instead of doubling them.
 */
public final class CalendarExportAction implements RecordLauncher.CalendarExport {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Clock clock;

    public CalendarExportAction(TaskRunner tasks, DialogService dialogs, StatusMessages status, Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void export(RecordFormViewModel record) {
        List<LocalDate> dates = record.fields().values().stream().filter(ScheduleModel.class::isInstance)
                .map(ScheduleModel.class::cast).findFirst().map(ScheduleModel::parsedDates).orElse(List.of());
        if (dates.isEmpty()) {
            dialogs.showInformation(Messages.get("calendar.empty.title"), Messages.get("calendar.empty.message"));
            return;
        }
        var who = record.context().supervisee();
        String venue = textOf(record, "venue");
        String supervisor = record.fields().values().stream()
                .filter(m -> m.field().type() == FieldType.PERSON && m.field().key().equals("supervisor"))
                .map(m -> ((PersonFieldModel) m).nameProperty().get()).findFirst()
                .orElse(who.employment().supervisorName());
        SupervisionCalendar calendar = new SupervisionCalendar(who.fullName(), who.employeeNumber(), supervisor,
                dates.stream().map(d -> PlannedSession.allDay(d, Messages.get("calendar.kind"), venue)).toList());
        dialogs.chooseFileToSave(Messages.get("calendar.save.title"), calendar.suggestedFileName(),
                Messages.get("calendar.kindOfFile"), "ics").ifPresent(path -> tasks.run(
                        Messages.get("calendar.saving"), () -> {
                            AtomicFiles.write(path, new IcsWriter(clock).writeBytes(calendar));
                            return path;
                        }, saved -> status.show(Messages.get("calendar.saved", dates.size(), saved.getFileName())),
                        e -> dialogs.showError(Messages.get("reports.saveFailed.title"),
                                Messages.get("reports.saveFailed.what", path, String.valueOf(e.getMessage())),
                                Messages.get("reports.saveFailed.todo"))));
    }

    private static String textOf(RecordFormViewModel record, String key) {
        FieldModel field = record.field(key);
        return field == null || field.value() == null ? "" : field.value().toString();
    }
}
