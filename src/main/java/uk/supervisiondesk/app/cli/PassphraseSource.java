package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where commands get the passphrase: a file, or an environment variable. Never an argument,
 * because arguments show up in process lists and shell history.
 */
public final class PassphraseSource {
    public static final String ENVIRONMENT_VARIABLE = "SUPERVISION_DESK_PASSPHRASE";

    private PassphraseSource() {
    }

    public static char[] read(Path passphraseFile) {
        if (passphraseFile != null) {
            try {
                String content = Files.readString(passphraseFile, StandardCharsets.UTF_8);
                // Editors add a final newline; it is not part of the passphrase.
                return content.replaceAll("[\\r\\n]+$", "").toCharArray();
            } catch (IOException e) {
                throw new CommandFailedException("Cannot read the passphrase file " + passphraseFile + ": "
                        + e.getMessage() + ". Check the path and that you may read it.");
            }
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        throw new CommandFailedException("No passphrase given. Put it in a file and pass --passphrase-file FILE, "
                + "or set the environment variable " + ENVIRONMENT_VARIABLE + ".", 2);
    }
}
