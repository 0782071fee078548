package uk.supervisiondesk.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;

/**
 * Changes the passphrase of a closed database. A copy of the database is re-keyed beside it
 * (new salt, new keys, H2's own file re-encryption) and checked, and only then switched in by
 * {@link DatabaseSwitch}; a crash at any moment leaves a database that opens with the old
 * passphrase or with the new one. The old file is replaced, not kept: a passphrase is changed
 * because the old one may be known, and a kept copy would still open with it.
 * See docs/decisions/0009-passphrase-change.md.
 */
public final class PassphraseChange {
    static final String REASON = "passphrase-change";

    private final Clock clock;

    public PassphraseChange(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks, with the database still open, that {@code typed} is its current passphrase, before
     * anything is closed or copied. A wrong one is recorded in the audit trail as a refused change
     * (no names: it is about the whole database); it is not a failed unlock, since the app is
     * already unlocked. Slow by design (the key stretch): call it off the FX thread.
     */
    public boolean checkCurrent(DeskDatabase database, char[] typed) {
        if (database.opensWith(typed)) {
            return true;
        }
        database.dao(AuditDao.class).append(new AuditEvent(AuditAction.REFUSED, "database", null, null,
                "passphrase change refused: the current passphrase typed was not right"), clock);
        return false;
    }

    /**
     * @throws WrongPassphraseException       {@code oldPassphrase} does not open the database; nothing changed
     * @throws IllegalArgumentException       the new passphrase is too weak; nothing changed
     * @throws DatabaseUnavailableException   the database is open, damaged or cannot be written; nothing changed
     */
    public void change(DataFolder folder, char[] oldPassphrase, char[] newPassphrase)
            throws WrongPassphraseException, DatabaseUnavailableException {
        DatabaseSwitch.Staging staging = prepare(folder, oldPassphrase, newPassphrase);
        try {
            staging.commit();
        } catch (IOException e) {
            throw new DatabaseUnavailableException("The new passphrase could not be put in place (" + e.getMessage()
                    + "). Open the database with your old passphrase, check there is free space, and try again.", e);
        }
    }

    /**
     * The first step, on its own for the crash tests: a re-keyed, checked copy in the staging
     * folder. Nothing in the live folder has changed when this returns.
     */
    DatabaseSwitch.Staging prepare(DataFolder folder, char[] oldPassphrase, char[] newPassphrase)
            throws WrongPassphraseException, DatabaseUnavailableException {
        PassphraseRules.problemWith(newPassphrase).ifPresent(problem -> {
            throw new IllegalArgumentException("The new passphrase is not strong enough: " + problem);
        });
        DatabaseSwitch.settle(folder);
        if (!folder.hasDatabase()) {
            throw new DatabaseUnavailableException("There is no database in " + folder + " to change the passphrase of.",
                    null);
        }
        DatabaseSwitch.requireClosed(folder, "change the passphrase");
        DatabaseSwitch.Staging staging;
        try {
            staging = DatabaseSwitch.begin(folder, REASON);
            for (String name : DatabaseSwitch.FILES) {
                staging.copyFromLive(name);
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not copy the database to change its passphrase ("
                    + e.getMessage() + "). Free some disk space and try again; nothing was changed.", e);
        }
        boolean ready = false;
        try {
            rekey(staging.folder(), oldPassphrase, newPassphrase);
            ready = true;
            return staging;
        } finally {
            if (!ready) {
                staging.abandon();
            }
        }
    }

    private void rekey(DataFolder staged, char[] oldPassphrase, char[] newPassphrase)
            throws WrongPassphraseException, DatabaseUnavailableException {
        KeyParameters oldParameters;
        try {
            oldParameters = KeyParameters.read(staged);
        } catch (IOException e) {
            throw DatabaseUnavailableException.damaged(e.getMessage() + " Restore it from a backup.", e);
        }
        DatabaseKeys oldKeys = DatabaseKeys.derive(oldPassphrase, oldParameters);
        KeyParameters newParameters = KeyParameters.fresh(oldParameters.iterations());
        DatabaseKeys newKeys = DatabaseKeys.derive(newPassphrase, newParameters);
        // Opening checks the old passphrase and that the file is whole; the change is recorded in
        // the copy, so the trail says so only if the copy is the one switched in.
        try (DeskDatabase db = DeskDatabase.open(staged, oldPassphrase)) {
            db.jdbi().useHandle(h -> {
                h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "database", null, null,
                        "passphrase changed"), clock);
                // Hex only, so safe to write into the statement; H2 takes no parameter here.
                h.execute("ALTER USER desk SET PASSWORD '" + newKeys.userPassword() + "'");
            });
        }
        try {
            org.h2.tools.ChangeFileEncryption.execute(staged.root().toString(), DataFolder.DATABASE_NAME, "AES",
                    oldKeys.fileKey().toCharArray(), newKeys.fileKey().toCharArray(), true);
            newParameters.write(staged);
            new StoreState(staged).markCleanlyClosed();
        } catch (SQLException | IOException e) {
            throw new DatabaseUnavailableException("The database could not be re-encrypted ("
                    + DeskDatabase.rootMessage(e) + "). Nothing was changed; free some disk space and try again.", e);
        }
        try (DeskDatabase check = DeskDatabase.open(staged, newPassphrase)) {
            check.schemaVersion();
        } catch (WrongPassphraseException e) {
            throw new DatabaseUnavailableException("The re-encrypted copy did not open with the new passphrase, so "
                    + "nothing was changed. Try again; if it happens again, keep using the old passphrase.", e);
        }
    }
}
