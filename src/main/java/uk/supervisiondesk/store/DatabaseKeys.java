package uk.supervisiondesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The two secrets H2 needs, both derived from the user's passphrase: the file key (AES
 * encryption of the whole file) and the database user's password. The passphrase is stretched
 * once with PBKDF2, which makes guessing against a stolen file slow; the two secrets are then
 * separated with SHA-256 so that one stretch serves both.
 */
record DatabaseKeys(String fileKey, String userPassword) {

    static DatabaseKeys derive(char[] passphrase, KeyParameters parameters) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, parameters.salt(), parameters.iterations(), 256);
        try {
            byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            DatabaseKeys keys = new DatabaseKeys(separate("file", master), separate("user", master));
            Arrays.fill(master, (byte) 0);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks PBKDF2WithHmacSHA256 or SHA-256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String separate(String purpose, byte[] master) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(purpose.getBytes(StandardCharsets.US_ASCII));
        sha.update(master);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** H2 takes "filePassword userPassword" as one password when CIPHER is set. */
    char[] h2Password() {
        return (fileKey + " " + userPassword).toCharArray();
    }

    @Override
    public String toString() {
        return "DatabaseKeys[hidden]";
    }
}
