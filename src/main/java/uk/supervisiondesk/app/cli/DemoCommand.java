package uk.supervisiondesk.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/** `demo`: creates (if needed) and fills a database with sample staff and their history. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a database (if there is none) and fill it with realistic, clearly fictional sample "
                + "staff. The same --seed on the same day gives the same data.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder to fill.")
    Path dataDir;

    @Option(names = "--staff", defaultValue = "60", paramLabel = "N", description = "How many supervisees (default 60).")
    int staff;

    @Option(names = "--years", defaultValue = "7", paramLabel = "Y", description = "Years of history (default 7).")
    int years;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--pack", paramLabel = "NAME",
            description = "Make the database follow this shipped policy pack first (see `policy list`).")
    String pack;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() {
        if (staff < 1 || staff > 5000) {
            throw new CommandFailedException("--staff must be between 1 and 5000.", 2);
        }
        if (years < 1 || years > 30) {
            throw new CommandFailedException("--years must be between 1 and 30.", 2);
        }
        char[] passphrase = PassphraseSource.read(passphraseFile);
        try (CommandDatabase db = CommandDatabase.open(new DataFolder(dataDir), passphrase, true, "demo")) {
            SampleDataLoader loader = new SampleDataLoader(db.database(), Clock.systemDefaultZone());
            if (loader.alreadyLoaded()) {
                throw new CommandFailedException("Sample data is already in " + dataDir
                        + ". Use a new --data-dir for a fresh sample database.");
            }
            Clock clock = Clock.systemDefaultZone();
            PolicySettings settings = new PolicySettings(db.database(), clock);
            PolicyInUse policy = policy(settings);
            int added = loader.load(seed, staff, years, LocalDate.now(clock), policy.pack(), policy.calendar());
            int total = new StaffRegister(db.database(), clock).count();
            int sessions = new SessionLog(db.database(), clock).count();
            spec.commandLine().getOut().printf("%s %s: added %d sample supervisees with %d years of history "
                    + "(%d in the register, %d sessions on the monitoring sheet, following %s).%n",
                    db.created() ? "Created" : "Filled", dataDir, added, years, total, sessions, policy.pack().name());
            return 0;
        }
    }

    private PolicyInUse policy(PolicySettings settings) {
        PolicyPackLoader loader = new PolicyPackLoader();
        try {
            if (pack != null) {
                loader.bundled(pack); // refuse an unknown name before changing anything
                settings.choosePack(pack);
            }
            return PolicyInUse.load(settings, loader);
        } catch (PolicyPackException e) {
            throw new CommandFailedException(e.getMessage(), 2);
        }
    }
}
