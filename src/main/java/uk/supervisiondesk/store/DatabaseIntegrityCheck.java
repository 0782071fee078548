package uk.supervisiondesk.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every row of every table, every column of it, and compares the number read with the
 * table's count. H2 checks each page as it reads it, so a page damaged on disk shows up here as
 * a read error, before the user meets it in the middle of their work.
 */
public final class DatabaseIntegrityCheck {

    /** What was read: tables and rows. */
    public record Tally(int tables, long rows) {
    }

    private DatabaseIntegrityCheck() {
    }

    /** @return the problem found, in words for the user, or empty when every row reads */
    public static Optional<String> problem(DeskDatabase database) {
        try {
            readEveryRow(database);
            return Optional.empty();
        } catch (IntegrityProblem e) {
            return Optional.of("Part of the database file is damaged: " + e.getMessage()
                    + ". Restore the newest backup.");
        }
    }

    /**
     * @throws IntegrityProblem naming the first table that could not be read whole
     */
    public static Tally readEveryRow(DeskDatabase database) {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            long rows = 0;
            for (String table : tables) {
                rows += readTable(s, table);
            }
            return new Tally(tables.size(), rows);
        } catch (SQLException | RuntimeException e) {
            throw new IntegrityProblem("the database could not be read whole", e);
        }
    }

    private static long readTable(Statement s, String table) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        long read = 0;
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + quoted)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    if (value instanceof Clob clob) {
                        clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
                    }
                }
                read++;
            }
        } catch (SQLException e) {
            throw new IntegrityProblem("the table " + table.toLowerCase(java.util.Locale.ROOT)
                    + " could not be read", e);
        }
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
            rs.next();
            if (rs.getLong(1) != read) {
                throw new IntegrityProblem("the table " + table.toLowerCase(java.util.Locale.ROOT) + " counts "
                        + rs.getLong(1) + " rows but " + read + " could be read", null);
            }
        }
        return read;
    }

    /** A table that could not be read whole; the message says which, in words for the user. */
    public static final class IntegrityProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IntegrityProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
