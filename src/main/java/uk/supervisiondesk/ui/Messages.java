package uk.supervisiondesk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's words, all in one UK English bundle (messages.properties beside this class). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("uk.supervisiondesk.ui.messages", Locale.UK);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        // Always through MessageFormat, so every pattern follows one rule: an apostrophe is written twice.
        return new MessageFormat(pattern, Locale.UK).format(args);
    }
}
