package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.supervisiondesk.export.NewFolders;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.FilingRefusedException;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.templates.TemplateLoader;

/**
 * `export`: every completed record as a signed PDF, into a folder per supervisee. Exit 0 when
 * all went out, 1 when something could not be written or signed, 2 when the arguments are wrong.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every completed record as a PDF/A file into OUTDIR/<employee>-<surname>/"
                + "<date>-<type>-v<version>.pdf: signed copies as they were signed, others sealed with your signing "
                + "identity (made on first use). A different file is never replaced (-2, -3... is added) and an "
                + "identical one is left alone, so exporting again adds only what changed.")
final class ExportCommand implements Callable<Integer> {
    static final int BAD_ARGUMENTS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder.")
    Path dataDir;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR",
            description = "The folder to export into (created if missing), e.g. a synced SharePoint library.")
    Path out;

    @Option(names = "--employee", paramLabel = "N", description = "Only this supervisee's records, by employee number.")
    String employee;

    /** How the export folder is laid out. */
    enum Layout { flat, sharepoint }

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "flat",
            description = "flat (default): OUTDIR/<employee>-<surname>/<date>-<type>-v<version>.pdf; sharepoint: the "
                    + "supervision file in the policy's order, OUTDIR/<Surname, Forenames (employee)>/<NN section>/"
                    + "<date> <document> v<version>.pdf, with scans beside their record and the agreement's dates as "
                    + "a calendar (.ics). OUTDIR must exist for sharepoint. Values: ${COMPLETION-CANDIDATES}.")
    Layout layout;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandFailedException(out + " is a file, not a folder. Give the folder to export into.",
                    BAD_ARGUMENTS);
        }
        char[] passphrase = PassphraseSource.read(passphraseFile);
        try (CommandDatabase db = CommandDatabase.open(new DataFolder(dataDir), passphrase, false, "export")) {
            Clock clock = Clock.systemDefaultZone();
            PolicyInUse policy = policy(new PolicySettings(db.database(), clock));
            String userName = db.database().dao(SettingsDao.class).get(SettingsDao.USER_NAME).orElse("");
            FilingLetterhead letterhead = FilingLetterhead.of(policy, userName);
            RecordFiling filing = new RecordFiling(db.database(), clock, new SigningIdentities(db.database(), clock),
                    new TemplateLoader(), () -> letterhead);
            if (layout == Layout.sharepoint) {
                return sharepoint(db, clock, policy, filing);
            }
            return flat(db, clock, filing);
        }
    }

    private int flat(CommandDatabase db, Clock clock, RecordFiling filing) {
        SupervisionFileExport.Summary summary;
        NewFolders madeHere = new NewFolders();
        try {
            madeHere.make(out);
            summary = SupervisionFileExport.flat(db.database(), clock, filing)
                    .exportAll(out, Optional.ofNullable(employee), false, SupervisionFileExport.Progress.NONE);
        } catch (IOException e) {
            throw new CommandFailedException("Could not make the folder " + out + " (" + e.getMessage()
                    + "). Check the path and that you may write there.");
        } catch (RuntimeException e) {
            madeHere.removeEmpty();
            throw failed(e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Exported %d record%s for %d supervisee%s to %s: %d new file%s, %d already there unchanged"
                        + " (%d paper scan%s).%n",
                summary.records(), plural(summary.records()), summary.supervisees(), plural(summary.supervisees()),
                out, summary.written(), plural(summary.written()), summary.unchanged(), summary.scans(),
                plural(summary.scans()));
        stdout.flush();
        return 0;
    }

    private int sharepoint(CommandDatabase db, Clock clock, PolicyInUse policy, RecordFiling filing) {
        var order = policy.pack().supervisionFile().orElseThrow(() -> new CommandFailedException(
                "The policy pack in use sets no order for the supervision file. Choose another pack or use --layout flat."));
        SupervisionFileExport.Summary summary;
        try {
            summary = new SupervisionFileExport(db.database(), clock, filing, order)
                    .exportAll(out, Optional.ofNullable(employee), false, SupervisionFileExport.Progress.NONE);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Filed %d record%s into %s in the policy's order: %d new file%s, %d already there unchanged.%n",
                summary.records(), plural(summary.records()), out, summary.written(), plural(summary.written()),
                summary.unchanged());
        for (Path renamed : summary.renamed()) {
            stdout.printf("A different file already had the name; saved as %s%n", renamed);
        }
        for (Path replaced : summary.replaced()) {
            stdout.printf("Updated (it replaced this app's own earlier copy, unchanged since): %s%n", replaced);
        }
        stdout.flush();
        return 0;
    }

    /** The message a failed export ends the command with. */
    private static RuntimeException failed(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return new CommandFailedException(e.getMessage() + " Check --employee.", BAD_ARGUMENTS);
        }
        if (e instanceof UncheckedIOException io) {
            return new CommandFailedException(io.getCause().getMessage());
        }
        if (e instanceof FilingRefusedException) {
            return new CommandFailedException(e.getMessage());
        }
        return e;
    }

    private PolicyInUse policy(PolicySettings settings) {
        try {
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            policy.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
            return policy;
        } catch (PolicyPackException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
