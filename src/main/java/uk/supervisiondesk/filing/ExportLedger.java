package uk.supervisiondesk.filing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.store.DeskDatabase;

/**
 * What was placed in which export folder, with its hash (table {@code exported_file}): so
 * "everything new" skips what is filed already, the dashboard can count what is not, and a
 * regenerated document knows which copy in the folder is the app's own.
 */
final class ExportLedger {
    /** The kinds of file remembered. */
    static final String PDF = "pdf";
    static final String SCAN = "scan";
    static final String CALENDAR = "calendar";
    static final String WHOLE_FILE = "whole-file";
    static final String FRONT_SHEET = "front-sheet";
    static final String MONITORING_SHEET = "monitoring-sheet";

    /**
     * One placed file; {@code recordId} and {@code version} are empty for a document that is not
     * one record's; {@code sourceSha256} is the hash of what a remade document was made from.
     */
    record Entry(long superviseeId, Long recordId, Integer version, String kind, String relativePath,
                 String sha256, long size, String sourceSha256) {
    }

    /** A file the app placed, where and as what. */
    record Placed(String relativePath, String sha256, long size, String sourceSha256) {
    }

    private final DeskDatabase database;

    ExportLedger(DeskDatabase database) {
        this.database = database;
    }

    /** "recordId/version" of the record PDFs already placed in this root for this person. */
    Set<String> pdfsPlaced(Path root, long superviseeId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT record_id, record_version FROM exported_file "
                        + "WHERE export_root = :root AND supervisee_id = :who AND kind = 'pdf'")
                .bind("root", rootKey(root)).bind("who", superviseeId)
                .map((rs, ctx) -> rs.getLong(1) + "/" + rs.getInt(2)).collect(Collectors.toSet()));
    }

    /** The files of one kind placed for a person in this root, newest first. */
    List<Placed> placedOfKind(Path root, long superviseeId, String kind) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT relative_path, sha256, size_bytes, source_sha256 "
                        + "FROM exported_file WHERE export_root = :root AND supervisee_id = :who AND kind = :kind "
                        + "ORDER BY exported_at DESC, id DESC")
                .bind("root", rootKey(root)).bind("who", superviseeId).bind("kind", kind)
                .map((rs, ctx) -> new Placed(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list());
    }

    /**
     * Remembers a placed file, in the caller's transaction. A path holds one file, and a record
     * version one file of each kind, so older rows for either are replaced.
     */
    void remember(Handle h, Path root, Entry entry, Instant at) {
        h.createUpdate("DELETE FROM exported_file WHERE export_root = :root AND relative_path = :path")
                .bind("root", rootKey(root)).bind("path", entry.relativePath()).execute();
        if (entry.recordId() != null) {
            h.createUpdate("DELETE FROM exported_file WHERE export_root = :root AND record_id = :record "
                            + "AND record_version = :version AND kind = :kind")
                    .bind("root", rootKey(root)).bind("record", entry.recordId())
                    .bind("version", entry.version()).bind("kind", entry.kind()).execute();
        }
        h.createUpdate("INSERT INTO exported_file (export_root, supervisee_id, record_id, record_version, kind, "
                        + "relative_path, sha256, size_bytes, source_sha256, exported_at) VALUES (:root, :who, :record, "
                        + ":version, :kind, :path, :sha, :size, :source, :at)")
                .bind("root", rootKey(root)).bind("who", entry.superviseeId())
                .bind("record", entry.recordId()).bind("version", entry.version())
                .bind("kind", entry.kind()).bind("path", entry.relativePath()).bind("sha", entry.sha256())
                .bind("size", entry.size()).bind("source", entry.sourceSha256())
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute();
    }

    /** Relative paths use "/" whatever the system, so a library synced to Windows and Mac matches. */
    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static String rootKey(Path root) {
        return root.toAbsolutePath().normalize().toString();
    }
}
