package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The non-secret inputs to key derivation, kept in plain text beside the database so the
 * passphrase can be turned into the database keys before anything is decrypted.
 */
record KeyParameters(byte[] salt, int iterations) {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second on a 2-core laptop. */
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;

    static KeyParameters fresh(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new KeyParameters(salt, iterations);
    }

    static KeyParameters read(DataFolder folder) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(folder.keyParametersFile(), StandardCharsets.UTF_8)));
        String salt = p.getProperty("salt");
        String iterations = p.getProperty("iterations");
        if (salt == null || iterations == null) {
            throw new IOException("The key file " + folder.keyParametersFile() + " is incomplete.");
        }
        try {
            return new KeyParameters(Base64.getDecoder().decode(salt), Integer.parseInt(iterations));
        } catch (IllegalArgumentException e) {
            throw new IOException("The key file " + folder.keyParametersFile() + " is damaged.", e);
        }
    }

    void write(DataFolder folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("kdf", "PBKDF2WithHmacSHA256");
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("iterations", Integer.toString(iterations));
        StringWriter out = new StringWriter();
        p.store(out, "Supervision Desk key derivation parameters: not secret, but needed to unlock the database");
        AtomicFiles.write(folder.keyParametersFile(), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
