package uk.supervisiondesk.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.supervisiondesk.domain.Supervisee;

/**
 * Finds other people on the register named in free text: by full name, or by surname alone (a
 * surname can also be a family's name in a case discussion, which is just as much for review).
 * Over-finding is the safe side: each place is for a person to look at, not an automatic redaction.
 */
final class ThirdPartyMentions {
    /**
     * A place in the bundle and the name found there.
     *
     * @param text   the words as written, e.g. "Patel"
     * @param person who on the register they may mean, e.g. "Sam Patel, register no. E2"
     */
    record Mention(String where, String text, String person) {
    }

    private final Map<Pattern, String> names = new LinkedHashMap<>();
    private final List<Mention> found = new ArrayList<>();

    ThirdPartyMentions(List<Supervisee> register, Supervisee subject) {
        for (Supervisee other : register) {
            if (other.id() != null && other.id().equals(subject.id())) {
                continue;
            }
            String label = other.fullName() + ", register no. " + other.employeeNumber();
            add(other.fullName(), label);
            if (other.personal().surname().strip().length() >= 3
                    && !other.personal().surname().equalsIgnoreCase(subject.personal().surname())) {
                add(other.personal().surname(), label);
            }
        }
    }

    private void add(String name, String label) {
        String trimmed = name.strip();
        if (!trimmed.isEmpty()) {
            names.putIfAbsent(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(trimmed) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), label);
        }
    }

    /** Looks through a value (text, or lists and maps of text, as record fields hold) for names. */
    void scan(String where, Object value) {
        if (value instanceof String text) {
            List<String> seen = new ArrayList<>();
            for (Map.Entry<Pattern, String> name : names.entrySet()) {
                Matcher m = name.getKey().matcher(text);
                if (m.find() && !seen.contains(name.getValue())) {
                    seen.add(name.getValue());
                    found.add(new Mention(where, m.group(), name.getValue()));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> scan(where + " › " + k, v));
        } else if (value instanceof Collection<?> items) {
            int i = 1;
            for (Object item : items) {
                scan(where + " › item " + i++, item);
            }
        }
    }

    List<Mention> found() {
        return List.copyOf(found);
    }
}
