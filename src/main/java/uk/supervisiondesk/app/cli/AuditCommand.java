package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;

/** `audit verify --data-dir DIR`: walks the hash chain of the audit trail and names the first broken link. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check that no audit trail entry has been altered or removed. Exits 0 when the trail is "
                    + "intact and 1 at the first broken link.")
    static final class Verify implements Callable<Integer> {
        static final int BROKEN = 1;

        @Spec
        CommandSpec spec;

        @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder.")
        Path dataDir;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
        Path passphraseFile;

        @Override
        public Integer call() {
            char[] passphrase = PassphraseSource.read(passphraseFile);
            List<AuditEntryRow> trail;
            try (CommandDatabase db = CommandDatabase.open(new DataFolder(dataDir), passphrase, false,
                    "audit verify")) {
                trail = db.database().dao(AuditDao.class).all();
            }
            PrintWriter out = spec.commandLine().getOut();
            Optional<AuditTrailCheck.BrokenLink> broken = AuditTrailCheck.firstBrokenLink(trail);
            if (broken.isPresent()) {
                out.println("The audit trail is broken at entry " + broken.get().seq() + ": " + broken.get().problem()
                        + ". Entries from there on cannot be relied on; keep this database as it is and compare it "
                        + "with a backup made before that entry.");
            } else {
                out.println("The audit trail is intact: " + trail.size() + (trail.size() == 1 ? " entry" : " entries")
                        + ".");
            }
            out.flush();
            return broken.isPresent() ? BROKEN : 0;
        }
    }
}
