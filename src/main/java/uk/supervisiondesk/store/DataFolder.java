package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder holding one user's data: the encrypted database and the small plain files
 * that must be readable before it is unlocked (key-derivation salt, unlock attempts, lock).
 * None of the plain files holds personal data.
 */
public record DataFolder(Path root) {
    /** H2 appends ".mv.db" to this name. */
    static final String DATABASE_NAME = "supervision-desk";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    Path databasePathWithoutSuffix() {
        return root.resolve(DATABASE_NAME);
    }

    /** The key-derivation parameters (salt, cost): not secret, but a backup needs them beside the database. */
    public Path keyParametersFile() {
        return root.resolve("key.properties");
    }

    Path unlockAttemptsFile() {
        return root.resolve("unlock-attempts.properties");
    }

    /** How the screens are drawn (text size, contrast): needed before unlocking, so kept in plain text. */
    public Path displayFile() {
        return root.resolve("display.properties");
    }

    /**
     * The user's own reflective questions, laid over the shipped bank. Plain YAML, so it can be
     * copied to a colleague or edited by hand; it holds questions, never anything about a person.
     */
    public Path userQuestionsFile() {
        return root.resolve("my-questions.yaml");
    }

    Path storeStateFile() {
        return root.resolve("store-state.properties");
    }

    Path lockFile() {
        return root.resolve(".in-use.lock");
    }

    /** Says which staged files replace the database's own when a passphrase change or restore is switched in. */
    Path switchJournalFile() {
        return root.resolve("database-switch.properties");
    }

    /** Where a replacement database is prepared before it is switched in (see {@link DatabaseSwitch}). */
    Path stagingFolder() {
        return root.resolve(".staged");
    }

    /** Where backups go until the user chooses a folder of their own. */
    public Path defaultBackupFolder() {
        return root.resolve("backups");
    }

    /** A plain copy of the chosen backup folder, readable when the database itself is damaged. */
    Path backupLocationFile() {
        return root.resolve("backup-location.properties");
    }

    public boolean hasDatabase() {
        return Files.isRegularFile(databaseFile());
    }

    public void ensureExists() throws IOException {
        Files.createDirectories(root);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
