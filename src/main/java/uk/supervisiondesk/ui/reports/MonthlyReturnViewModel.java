package uk.supervisiondesk.ui.reports;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.monitoring.MonthlyReturn;
import uk.supervisiondesk.monitoring.MonthlyReturnBuilder;
import uk.supervisiondesk.monitoring.MonthlyReturnCsv;
import uk.supervisiondesk.monitoring.MonthlyReturnPrint;
import uk.supervisiondesk.pdf.TabularReportRenderer;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/** The monthly supervision return: pick a month, check the figures, save them as CSV or PDF. */
public final class MonthlyReturnViewModel {
    static final int MONTHS_OFFERED = 36;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A month in the drop-down. */
    public record MonthChoice(YearMonth month) {
        @Override
        public String toString() {
            return MONTH.format(month);
        }
    }

    private final MonthlyReturnBuilder builder;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final ObservableList<MonthChoice> months = FXCollections.observableArrayList();
    private final ObjectProperty<MonthChoice> month = new SimpleObjectProperty<>();
    private final ObservableList<MonthlyReturn.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MonthlyReturn> report = new ReadOnlyObjectWrapper<>();

    public MonthlyReturnViewModel(MonthlyReturnBuilder builder, CurrentPolicy policy, TaskRunner tasks,
                                  DialogService dialogs, StatusMessages status, Clock clock) {
        this.builder = builder;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(new MonthChoice(now.minusMonths(i)));
        }
        // The return is usually for the month just finished.
        month.set(months.get(1));
        month.addListener(o -> refresh());
        policy.property().addListener(o -> refresh());
    }

    public void refresh() {
        MonthChoice chosen = month.get();
        var inUse = policy.get();
        tasks.run(Messages.get("reports.building", chosen), () -> builder.build(chosen.month(), inUse), built -> {
            if (chosen.equals(month.get())) {
                report.set(built);
                List<MonthlyReturn.Line> all = new ArrayList<>(built.lines());
                all.add(built.totals());
                lines.setAll(all);
            }
        }, e -> dialogs.showError(Messages.get("reports.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("reports.failed.todo")));
    }

    public void saveCsv() {
        MonthlyReturn current = report.get();
        if (current == null) {
            return;
        }
        dialogs.chooseFileToSave(Messages.get("reports.saveCsv.title"), fileName(current, "csv"),
                Messages.get("reports.csvKind"), "csv").ifPresent(path -> write(path, () -> {
                    StringWriter out = new StringWriter();
                    MonthlyReturnCsv.write(current, out);
                    // A byte-order mark makes Excel read the file as UTF-8 (names such as Siân).
                    return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
                }));
    }

    public void savePdf() {
        MonthlyReturn current = report.get();
        if (current == null) {
            return;
        }
        dialogs.chooseFileToSave(Messages.get("reports.savePdf.title"), fileName(current, "pdf"),
                Messages.get("reports.pdfKind"), "pdf").ifPresent(path -> write(path,
                () -> new TabularReportRenderer().render(MonthlyReturnPrint.of(current, policy.get().pack().name()))));
    }

    private void write(Path path, java.util.concurrent.Callable<byte[]> content) {
        tasks.run(Messages.get("reports.saving", path.getFileName()), () -> {
            AtomicFiles.write(path, content.call());
            return path;
        }, saved -> status.show(Messages.get("reports.saved", saved)),
                e -> dialogs.showError(Messages.get("reports.saveFailed.title"),
                        Messages.get("reports.saveFailed.what", path, String.valueOf(e.getMessage())),
                        Messages.get("reports.saveFailed.todo")));
    }

    static String fileName(MonthlyReturn r, String extension) {
        return "supervision-return-" + r.month() + "." + extension;
    }

    public ObservableList<MonthChoice> months() {
        return months;
    }

    public ObjectProperty<MonthChoice> monthProperty() {
        return month;
    }

    public ObservableList<MonthlyReturn.Line> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<MonthlyReturn> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
