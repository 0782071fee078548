package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.supervisiondesk.safety.BackupContents;
import uk.supervisiondesk.safety.BackupManifest;

/** How the backup commands describe a backup on the terminal, in the words the app uses. */
final class BackupDescriptions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu 'at' HH:mm");
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    private BackupDescriptions() {
    }

    static void describe(BackupContents contents, PrintWriter out) {
        BackupManifest manifest = contents.file().manifest();
        out.println("Backup: " + contents.file().path());
        out.println("Made on " + WHEN.format(manifest.createdAt().atZone(ZoneId.systemDefault()))
                + " by Supervision Desk " + manifest.appVersion() + " (database version " + manifest.schemaVersion()
                + ").");
        out.println("Holds " + counts(contents.supervisees(), contents.records(), contents.sessions()) + " and "
                + plural(contents.auditEntries(), "audit trail entry", "audit trail entries") + "; "
                + contents.auditProblem().map(broken -> "its audit trail is broken at entry " + broken.seq() + ".")
                .orElse("its audit trail is intact."));
    }

    static String counts(int supervisees, int records, int sessions) {
        return plural(supervisees, "supervisee", "supervisees") + ", " + plural(records, "record", "records") + ", "
                + plural(sessions, "session", "sessions");
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String plural(int n, String one, String many) {
        return NUMBER.format(n) + " " + (n == 1 ? one : many);
    }
}
