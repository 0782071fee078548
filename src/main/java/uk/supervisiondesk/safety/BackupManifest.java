package uk.supervisiondesk.safety;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The plain description inside a backup file, readable without the passphrase so that backups
 * can be listed and dated. It holds no personal data: versions, a time, counts and a checksum.
 *
 * @param databaseSha256 the SHA-256 of the (encrypted) database entry, to tell a damaged backup
 */
public record BackupManifest(int format, String appVersion, String schemaVersion, Instant createdAt,
                             int supervisees, int records, int sessions, String databaseSha256) {
    static final String ENTRY = "manifest.properties";
    static final int FORMAT = 1;

    byte[] toBytes() {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("appVersion", appVersion);
        p.setProperty("schemaVersion", schemaVersion);
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("supervisees", Integer.toString(supervisees));
        p.setProperty("records", Integer.toString(records));
        p.setProperty("sessions", Integer.toString(sessions));
        p.setProperty("databaseSha256", databaseSha256);
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Supervision Desk backup: no personal data here; the database beside it is encrypted");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException the manifest is missing a value or holds one that does not read */
    static BackupManifest read(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            return new BackupManifest(Integer.parseInt(required(p, "format")), required(p, "appVersion"),
                    required(p, "schemaVersion"), Instant.parse(required(p, "createdAt")),
                    Integer.parseInt(required(p, "supervisees")), Integer.parseInt(required(p, "records")),
                    Integer.parseInt(required(p, "sessions")), required(p, "databaseSha256"));
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("the backup's description does not read", e);
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the backup's description lacks " + key);
        }
        return value.strip();
    }
}
