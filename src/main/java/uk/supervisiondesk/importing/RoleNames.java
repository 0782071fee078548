package uk.supervisiondesk.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.Role;

/** Role names as trackers write them: every key and display name {@link Role#parse} knows, and a few more. */
final class RoleNames {
    /** The statutory spelling (Children Act 1989, s.23C) beside the register's "Personal Advisor". */
    private static final Map<String, Role> OTHER_SPELLINGS = Map.of("personaladviser", Role.PERSONAL_ADVISOR);
    /** Labels for newly qualified social workers: not a role, but a Social Worker with an ASYE start date. */
    private static final Set<String> NEWLY_QUALIFIED = Set.of("nqsw", "asye", "newlyqualifiedsocialworker",
            "asyesocialworker", "asyeworker");

    private RoleNames() {
    }

    static Optional<Role> parse(String text) {
        return Role.parse(text).or(() -> Optional.ofNullable(OTHER_SPELLINGS.get(normalise(text))));
    }

    /** Whether the text names the ASYE year rather than a role. */
    static boolean meansNewlyQualified(String text) {
        return NEWLY_QUALIFIED.contains(normalise(text));
    }

    /** "Social Worker, Senior Social Worker, …" for messages. */
    static String accepted() {
        return Arrays.stream(Role.values()).map(Role::displayName).collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
