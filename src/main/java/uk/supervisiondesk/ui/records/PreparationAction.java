package uk.supervisiondesk.ui.records;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.pdf.PreparationAnswers;
import uk.supervisiondesk.pdf.PreparationDetails;
import uk.supervisiondesk.pdf.PreparationForm;
import uk.supervisiondesk.pdf.PreparationImport;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * The supervisee's preparation on a fillable PDF: saved for them to fill in at their own desk,
 * and read back into the draft when they return it. Answers go only into fields still empty,
 * so nothing the supervisor has written is overwritten.
 */
public final class PreparationAction {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;

    public PreparationAction(TaskRunner tasks, DialogService dialogs, StatusMessages status) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    public void saveForm(RecordFormViewModel record) {
        var context = record.context();
        var who = context.supervisee();
        var date = record.snapshot().recordDate();
        String supervisor = who.employment().supervisorName().isBlank() ? Messages.get("preparation.yourSupervisor")
                : who.employment().supervisorName();
        PreparationDetails details = new PreparationDetails(context.template(), context.authorityName(),
                who.fullName(), who.employeeNumber(), supervisor, date);
        String name = Messages.get("preparation.fileName", who.fullName().replaceAll("[\\\\/:*?\"<>|]", " "),
                date.toString());
        dialogs.chooseFileToSave(Messages.get("preparation.save.title"), name, Messages.get("reports.pdfKind"), "pdf")
                .ifPresent(path -> tasks.run(Messages.get("preparation.saving"), () -> {
                    AtomicFiles.write(path, new PreparationForm().render(details));
                    return path;
                }, saved -> status.show(Messages.get("preparation.saved", saved.getFileName())),
                        e -> dialogs.showError(Messages.get("reports.saveFailed.title"),
                                Messages.get("reports.saveFailed.what", path, String.valueOf(e.getMessage())),
                                Messages.get("reports.saveFailed.todo"))));
    }

    public void importForm(RecordFormViewModel record) {
        var context = record.context();
        dialogs.chooseFileToOpen(Messages.get("preparation.import.title"), Messages.get("reports.pdfKind"), "pdf")
                .ifPresent(path -> tasks.run(Messages.get("preparation.reading"),
                        () -> PreparationImport.read(Files.readAllBytes(path), context.template()),
                        answers -> merge(record, answers), e -> dialogs.showError(
                                Messages.get("preparation.import.failed"), String.valueOf(e.getMessage()),
                                Messages.get("preparation.import.todo"))));
    }

    private void merge(RecordFormViewModel record, PreparationAnswers answers) {
        var who = record.context().supervisee();
        var date = record.snapshot().recordDate();
        if (!answers.employeeNumber().equalsIgnoreCase(who.employeeNumber())) {
            dialogs.showError(Messages.get("preparation.import.failed"),
                    Messages.get("preparation.someoneElse", answers.employeeNumber(), who.fullName()),
                    Messages.get("preparation.import.todo"));
            return;
        }
        if (!answers.belongsTo(who.employeeNumber(), date) && !dialogs.confirm(Messages.get("preparation.other.title"),
                Messages.get("preparation.other.message", UkDates.format(answers.sessionDate()), who.fullName(),
                        UkDates.format(date)), Messages.get("preparation.other.button"))) {
            return;
        }
        List<String> filled = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        answers.values().forEach((key, value) -> {
            FieldModel field = record.field(key);
            if (field == null) {
                return;
            }
            if (!field.isEmpty()) {
                kept.add(field.field().label());
            } else if (field instanceof QuestionPairModel pair && value instanceof Map<?, ?> map
                    && map.get("answer") != null) {
                pair.answerProperty().set(map.get("answer").toString());
                filled.add(field.field().question());
            } else if (field instanceof TextFieldModel text && field.field().type() != FieldType.GAP_REASON) {
                text.textProperty().set(value.toString());
                filled.add(field.field().label());
            }
        });
        String message = Messages.get("preparation.merged", filled.size())
                + (kept.isEmpty() ? "" : "\n\n" + Messages.get("preparation.kept", String.join("\n", kept)));
        dialogs.showInformation(Messages.get("preparation.import.done"), message);
        status.show(Messages.get("preparation.merged", filled.size()));
    }
}
