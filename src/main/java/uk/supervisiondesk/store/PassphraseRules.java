package uk.supervisiondesk.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a new passphrase must be. The passphrase is the only key to the database and cannot be
 * recovered, so it must be long enough to resist guessing yet memorable: length matters more
 * than symbols, which is why a phrase of several words is what we suggest.
 */
public final class PassphraseRules {
    public static final int MINIMUM_LENGTH = 12;
    static final int MINIMUM_DIFFERENT_CHARACTERS = 6;
    private static final Set<String> TOO_COMMON = Set.of(
            "password1234", "password12345", "passwordpassword", "123456789012", "1234567890123",
            "qwertyuiopas", "qwertyuiop123", "supervision1", "supervision123", "socialworker1",
            "socialwork123", "letmein12345", "iloveyou1234", "welcome12345", "changeme1234");
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("uk.supervisiondesk.store.passphrase", Locale.UK);

    private PassphraseRules() {
    }

    /** One plain sentence explaining the rule, for the screen where the passphrase is chosen. */
    public static String explanation() {
        return MessageFormat.format(MESSAGES.getString("explanation"), MINIMUM_LENGTH);
    }

    /** What is wrong with a proposed passphrase, or empty if it will do. */
    public static Optional<String> problemWith(char[] passphrase) {
        String text = new String(passphrase);
        if (text.strip().length() < MINIMUM_LENGTH) {
            return message("tooShort", MINIMUM_LENGTH, text.strip().length());
        }
        if (text.chars().distinct().count() < MINIMUM_DIFFERENT_CHARACTERS) {
            return message("tooRepetitive", MINIMUM_DIFFERENT_CHARACTERS);
        }
        if (TOO_COMMON.contains(text.toLowerCase(Locale.ROOT).replace(" ", ""))) {
            return message("tooCommon");
        }
        return Optional.empty();
    }

    /** Checks a new passphrase and its confirmation together. */
    public static Optional<String> problemWith(char[] passphrase, char[] confirmation) {
        Optional<String> problem = problemWith(passphrase);
        if (problem.isPresent()) {
            return problem;
        }
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            return message("mismatch");
        }
        return Optional.empty();
    }

    private static Optional<String> message(String key, Object... args) {
        return Optional.of(MessageFormat.format(MESSAGES.getString(key), args));
    }
}
