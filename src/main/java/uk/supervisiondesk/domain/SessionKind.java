package uk.supervisiondesk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of supervision session the policies describe. Policy packs name them by {@link #key()}
 * to say which kinds count towards a frequency and which records carry a signing deadline.
 */
public enum SessionKind {
    /** Standard one-to-one supervision of a worker (Sandwell App. 4, Southwark App. F). */
    INDIVIDUAL("individual", "Individual supervision"),
    /** One-to-one supervision of a manager (Sandwell App. 5). */
    MANAGER("manager", "Manager supervision"),
    /** Welfare or personal reflective supervision about the worker (Sefton App. 3, Blackpool 6). */
    WELFARE("welfare", "Welfare / personal reflective supervision"),
    /** Reflective supervision about children and families, noted on the child's record (Blackpool 5). */
    REFLECTIVE_CASE("reflective-case", "Reflective case supervision"),
    /** One-to-one casework supervision recorded as Activity / Analysis / Action (Southwark App. E). */
    CASEWORK("casework", "Casework supervision"),
    /** Several practitioners with one supervisor (Southwark 8, Sandwell App. 6). */
    GROUP("group", "Group supervision");

    private final String key;
    private final String displayName;

    SessionKind(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The stable name used in policy packs and the database. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<SessionKind> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
