package uk.supervisiondesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The encrypted H2 file database in a data folder. The whole file is AES-encrypted with a key
 * stretched from the user's passphrase (see docs/decisions/0002-encryption-at-rest.md); the
 * schema is brought up to date with Flyway every time it is opened.
 */
public final class DeskDatabase implements AutoCloseable {
    /** The key-stretching cost for real databases; tests pass a lower one to stay fast. */
    public static final int DEFAULT_KEY_ITERATIONS = KeyParameters.DEFAULT_ITERATIONS;
    private static final String USER = "desk";
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DataFolder folder;
    private final DatabaseKeys keys;
    private final KeyParameters parameters;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private volatile boolean compactOnClose;

    private DeskDatabase(DataFolder folder, DatabaseKeys keys, KeyParameters parameters, JdbcConnectionPool pool) {
        this.folder = folder;
        this.keys = keys;
        this.parameters = parameters;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** Creates a new, empty, encrypted database. Refuses if the folder already holds one. */
    public static DeskDatabase create(DataFolder folder, char[] passphrase) throws DatabaseUnavailableException {
        return create(folder, passphrase, DEFAULT_KEY_ITERATIONS, null);
    }

    /**
     * As {@link #create(DataFolder, char[])}, with the key-stretching cost and the schema version
     * chosen; tests use a low cost to stay fast and an old version to test migrations.
     */
    public static DeskDatabase create(DataFolder folder, char[] passphrase, int iterations, String targetVersion)
            throws DatabaseUnavailableException {
        DatabaseSwitch.settle(folder);
        if (folder.hasDatabase()) {
            throw new DatabaseUnavailableException("The folder " + folder + " already holds a database. "
                    + "Unlock it with its passphrase, or choose another folder.", null);
        }
        boolean created = false;
        DeskDatabase db = null;
        try {
            folder.ensureExists();
            KeyParameters parameters = KeyParameters.fresh(iterations);
            parameters.write(folder);
            DatabaseKeys keys = DatabaseKeys.derive(passphrase, parameters);
            db = new DeskDatabase(folder, keys, parameters, pool(folder, keys, false));
            new StoreState(folder).markOpen();
            db.migrate(targetVersion);
            created = true;
            return db;
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not create the database in " + folder + ": "
                    + e.getMessage() + ". Check that the folder exists and you may write to it.", e);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("Could not create the database in " + folder + ": "
                    + rootMessage(e) + ". Nothing was saved; try again or choose another folder.", e);
        } finally {
            if (!created) {
                // Never leave a key file without its database, or a database nobody can migrate.
                if (db != null) {
                    db.close();
                }
                removeHalfCreated(folder);
            }
        }
    }

    /**
     * Opens the database with the passphrase and brings its schema up to date.
     *
     * @throws WrongPassphraseException     the passphrase does not open it; nothing changed
     * @throws DatabaseUnavailableException it is missing, damaged, or cannot be read
     */
    public static DeskDatabase open(DataFolder folder, char[] passphrase)
            throws WrongPassphraseException, DatabaseUnavailableException {
        return open(folder, passphrase, null);
    }

    public static DeskDatabase open(DataFolder folder, char[] passphrase, String targetVersion)
            throws WrongPassphraseException, DatabaseUnavailableException {
        // A passphrase change or restore that a crash interrupted is finished (or undone) first.
        DatabaseSwitch.settle(folder);
        if (!folder.hasDatabase()) {
            throw new DatabaseUnavailableException("There is no database in " + folder + ".", null);
        }
        KeyParameters parameters;
        try {
            parameters = KeyParameters.read(folder);
        } catch (IOException e) {
            throw DatabaseUnavailableException.damaged(e.getMessage() + " Restore it from a backup of the data folder.", e);
        }
        StoreState state = new StoreState(folder);
        state.checkUnchangedSinceCleanClose();
        DatabaseKeys keys = DatabaseKeys.derive(passphrase, parameters);
        // H2 quietly falls back to an older state of a truncated file and then writes over it.
        // A copy taken before opening lets us put the file back untouched if it turns out damaged.
        Path untouched = copyBeforeOpening(folder);
        JdbcConnectionPool pool = pool(folder, keys, true);
        try (Connection probe = pool.getConnection()) {
            if (!hasSchemaHistory(probe)) {
                pool.dispose();
                restore(untouched, folder);
                throw DatabaseUnavailableException.damaged("The database in " + folder + " is damaged: it opens, but "
                        + "its contents are missing (the file may have been cut short by a full disk or a failed copy)."
                        + " It has been left exactly as it was. Restore the newest backup.", null);
            }
        } catch (SQLException e) {
            pool.dispose();
            boolean keyRefused = e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
            // H2 gives the same error for a corrupt page as for a wrong key; the header tells them apart.
            if (keyRefused && !FileKeyCheck.keyOpensHeader(untouched, keys)) {
                deleteQuietly(untouched);
                throw new WrongPassphraseException();
            }
            restore(untouched, folder);
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseUnavailableException("The database is already open in another program. "
                        + "Close the other copy of Supervision Desk and try again.", e);
            }
            throw DatabaseUnavailableException.damaged("The database in " + folder + " could not be read: the file "
                    + "looks damaged (it may have been cut short or overwritten by a full disk, a failed copy or a "
                    + "failing drive). It has been left exactly as it was. Restore the newest backup.", e);
        }
        DeskDatabase db = new DeskDatabase(folder, keys, parameters, pool);
        try {
            state.markOpen();
            db.migrate(targetVersion);
            // A damaged page that H2 did not need while opening shows up here rather than mid-work.
            DatabaseIntegrityCheck.readEveryRow(db);
        } catch (DatabaseIntegrityCheck.IntegrityProblem e) {
            db.closeWithoutCompacting();
            restore(untouched, folder);
            throw DatabaseUnavailableException.damaged("The database in " + folder + " is damaged: "
                    + e.getMessage() + ". It has been left exactly as it was. Restore the newest backup.", e);
        } catch (IOException e) {
            db.close();
            throw new DatabaseUnavailableException("Could not write to the data folder " + folder + " ("
                    + e.getMessage() + "). Check there is free space and you may write there.", e);
        } catch (RuntimeException e) {
            db.close();
            restore(untouched, folder);
            throw new DatabaseUnavailableException("The database could not be brought up to date ("
                    + rootMessage(e) + "). It was left as it was; restore a backup or contact support.", e);
        }
        deleteQuietly(untouched);
        return db;
    }

    private static Path copyBeforeOpening(DataFolder folder) throws DatabaseUnavailableException {
        Path copy = folder.root().resolve(DataFolder.DATABASE_NAME + ".mv.db.before-open");
        try {
            Files.copy(folder.databaseFile(), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not make a safety copy of the database before opening it ("
                    + e.getMessage() + "). Free some disk space and try again.", e);
        }
    }

    private static void restore(Path untouched, DataFolder folder) {
        try {
            Files.move(untouched, folder.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
            // The file is back as it was found: record its length so the next open compares against it.
            new StoreState(folder).markCleanlyClosed();
        } catch (IOException e) {
            // The safety copy stays beside the database under its own name for a backup restore.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover safety copy is encrypted like the database and replaced on the next open.
        }
    }

    private static boolean hasSchemaHistory(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static JdbcConnectionPool pool(DataFolder folder, DatabaseKeys keys, boolean mustExist) {
        String url = "jdbc:h2:file:" + folder.databasePathWithoutSuffix()
                + ";CIPHER=AES;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, new String(keys.h2Password()));
        pool.setMaxConnections(8);
        return pool;
    }

    private void migrate(String targetVersion) {
        var config = Flyway.configure(getClass().getClassLoader())
                .dataSource(pool)
                .locations(MIGRATIONS)
                .loggers("slf4j");
        if (targetVersion != null) {
            config = config.target(MigrationVersion.fromVersion(targetVersion));
        }
        config.load().migrate();
    }

    /**
     * Whether {@code passphrase} is the one this open database was unlocked with. The keys are
     * derived again with the salt and cost it was opened with and compared in constant time; the
     * database file is not read (it is open, and Windows locks it). Slow by design (the key
     * stretch): call it off the FX thread. The caller still owns {@code passphrase} and wipes it.
     */
    public boolean opensWith(char[] passphrase) {
        DatabaseKeys typed = DatabaseKeys.derive(passphrase, parameters);
        byte[] typedFile = typed.fileKey().getBytes(StandardCharsets.US_ASCII);
        byte[] typedUser = typed.userPassword().getBytes(StandardCharsets.US_ASCII);
        byte[] ownFile = keys.fileKey().getBytes(StandardCharsets.US_ASCII);
        byte[] ownUser = keys.userPassword().getBytes(StandardCharsets.US_ASCII);
        try {
            // Both compared, always, so the time taken says nothing about which part differed.
            boolean sameFile = MessageDigest.isEqual(typedFile, ownFile);
            boolean sameUser = MessageDigest.isEqual(typedUser, ownUser);
            return sameFile & sameUser;
        } finally {
            Arrays.fill(typedFile, (byte) 0);
            Arrays.fill(typedUser, (byte) 0);
            Arrays.fill(ownFile, (byte) 0);
            Arrays.fill(ownUser, (byte) 0);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public <T> T dao(Class<T> type) {
        return jdbi.onDemand(type);
    }

    public DataFolder folder() {
        return folder;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Asks for the file to be rewritten with only live data when the database closes, so that
     * what was just deleted for good does not linger in superseded pages (see {@link FullCompaction}).
     */
    public void compactWhenClosed() {
        compactOnClose = true;
    }

    /** The highest applied migration, e.g. "2". */
    public String schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\"")
                .mapTo(String.class).one());
    }

    @Override
    public void close() {
        boolean closedCleanly = shutDown();
        if (closedCleanly && compactOnClose) {
            try {
                FullCompaction.compact(folder, keys);
            } catch (IOException e) {
                // The deleted rows are gone from the database; only superseded, encrypted pages remain until reused.
            }
        }
        if (closedCleanly) {
            new StoreState(folder).markCleanlyClosed();
        }
    }

    private void closeWithoutCompacting() {
        shutDown();
    }

    private boolean shutDown() {
        boolean closedCleanly = false;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            // COMPACT rewrites the file whole. After a plain SHUTDOWN, H2 2.3.232 can leave a chunk layout
            // it then refuses to reopen ("Double mark", h2database issues 2752 and 4387); a sample-filled
            // database hit it every time. A few seconds on a large file is the price of reopening.
            // H2 2.5.252 reopens such a file after a plain SHUTDOWN, but in two of six runs of
            // KilledWhileSavingTest it lost a draft save that had returned before the kill; until that is
            // understood the upgrade waits (tried 2026-11-24; details in the issue 8 closing note).
            s.execute("SHUTDOWN COMPACT");
            closedCleanly = true;
        } catch (SQLException e) {
            // Already closed, or closing after a failure: H2 recovers an unclosed file on next open.
        } finally {
            pool.dispose();
        }
        return closedCleanly;
    }

    private static void removeHalfCreated(DataFolder folder) {
        try {
            Files.deleteIfExists(folder.databaseFile());
            Files.deleteIfExists(folder.keyParametersFile());
            Files.deleteIfExists(folder.storeStateFile());
        } catch (IOException ignored) {
            // Reported by the caller's message; a leftover file is refused on the next create.
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
