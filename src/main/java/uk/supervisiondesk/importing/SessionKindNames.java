package uk.supervisiondesk.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.SessionKind;

/**
 * Session kinds as trackers write them: the key ("reflective-case"), the display name ("Reflective
 * case supervision") or the display name without "supervision" ("Welfare / personal reflective"),
 * ignoring case, spaces and punctuation; "Welfare" and "Personal reflective" both mean the welfare
 * / personal reflective supervision record.
 */
final class SessionKindNames {
    private static final Map<String, SessionKind> BY_NAME = new HashMap<>();

    static {
        for (SessionKind kind : SessionKind.values()) {
            BY_NAME.put(normalise(kind.key()), kind);
            BY_NAME.put(normalise(kind.displayName()), kind);
            BY_NAME.put(normalise(kind.displayName().replaceAll("(?i)\\s*supervision$", "")), kind);
        }
        BY_NAME.put(normalise("Personal reflective"), SessionKind.WELFARE);
        BY_NAME.put(normalise("Personal reflective supervision"), SessionKind.WELFARE);
    }

    private SessionKindNames() {
    }

    static Optional<SessionKind> parse(String text) {
        return SessionKind.fromKey(text).or(() -> Optional.ofNullable(BY_NAME.get(normalise(text))));
    }

    /** "individual, manager, …" for messages. */
    static String accepted() {
        return Arrays.stream(SessionKind.values()).map(SessionKind::key).collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
