package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.monitoring.DueReport;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.compliance.ComplianceEngine;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.PolicySettings;

/** `due`: what is due and overdue for every active supervisee on a day, as CSV. */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = "Print, as CSV, each active supervisee's last session, next due date, status and unsigned "
                + "records on a day.")
final class DueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder.")
    Path dataDir;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day to assess (default: today).")
    LocalDate on;

    @Option(names = "--pack", paramLabel = "NAME",
            description = "Use this shipped policy pack instead of the one the database follows (see `policy list`).")
    String pack;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() throws Exception {
        LocalDate day = on == null ? LocalDate.now() : on;
        char[] passphrase = PassphraseSource.read(passphraseFile);
        try (CommandDatabase db = CommandDatabase.open(new DataFolder(dataDir), passphrase, false, "due")) {
            Clock clock = Clock.systemDefaultZone();
            ComplianceEngine engine = engine(new PolicySettings(db.database(), clock));
            var overview = ComplianceOverview.of(db.database(), clock);
            PrintWriter out = spec.commandLine().getOut();
            DueReport.write(overview.activeOn(day, engine), out);
            return 0;
        }
    }

    private ComplianceEngine engine(PolicySettings settings) {
        PolicyPackLoader loader = new PolicyPackLoader();
        try {
            if (pack != null) {
                return new ComplianceEngine(loader.bundled(pack), WorkingDayCalendar.englandAndWales());
            }
            PolicyInUse policy = PolicyInUse.load(settings, loader);
            policy.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
            return policy.engine();
        } catch (PolicyPackException e) {
            throw new CommandFailedException(e.getMessage(), pack != null ? 2 : 1);
        }
    }
}
