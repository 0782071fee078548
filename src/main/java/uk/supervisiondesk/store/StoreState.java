package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;

/**
 * Whether the database was closed cleanly, and how long its file was then. H2 opens a file that
 * was cut short (a failed copy, a full disk) by falling back to an older state, so without this
 * a damaged file could quietly lose data. If the file was closed cleanly and its length has
 * changed since, it has been damaged or replaced and is not opened. After a crash there is no
 * clean length to compare, and H2's own recovery applies.
 */
final class StoreState {
    private final DataFolder folder;

    StoreState(DataFolder folder) {
        this.folder = folder;
    }

    /** Refuses a file whose length differs from the one recorded at the last clean close. */
    void checkUnchangedSinceCleanClose() throws DatabaseUnavailableException {
        Properties state = read();
        if (!Boolean.parseBoolean(state.getProperty("cleanlyClosed"))) {
            return;
        }
        try {
            long expected = Long.parseLong(state.getProperty("length", "-1"));
            long actual = Files.size(folder.databaseFile());
            if (expected >= 0 && actual != expected) {
                throw DatabaseUnavailableException.damaged("The database in " + folder + " is damaged: its file is "
                        + (actual < expected ? "shorter" : "longer") + " than when Supervision Desk last closed it ("
                        + actual + " bytes instead of " + expected + "), so it may have been cut short by a full disk "
                        + "or a failed copy. It has been left exactly as it was. Restore the newest backup.", null);
            }
        } catch (NumberFormatException | IOException e) {
            // An unreadable state file only loses this extra check; H2 and the schema check still apply.
        }
    }

    void markOpen() throws IOException {
        write(false, -1);
    }

    void markCleanlyClosed() {
        try {
            write(true, Files.size(folder.databaseFile()));
        } catch (IOException e) {
            // Without a record of the clean close, the next open relies on H2's own checks.
        }
    }

    private Properties read() {
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(folder.storeStateFile())) {
                p.load(new StringReader(Files.readString(folder.storeStateFile(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // Treated as "not cleanly closed": only this extra check is skipped.
        }
        return p;
    }

    private void write(boolean cleanlyClosed, long length) throws IOException {
        Properties p = new Properties();
        p.setProperty("cleanlyClosed", Boolean.toString(cleanlyClosed));
        p.setProperty("length", Long.toString(length));
        StringWriter out = new StringWriter();
        p.store(out, "Supervision Desk: how the database was last closed (no personal data)");
        AtomicFiles.write(folder.storeStateFile(), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
