package uk.supervisiondesk.prompts;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One Knowledge and Skills Statement, by its official number within its set, with a short title
 * in the product's own words.
 *
 * @param number the official number within its set, from 1
 */
public record KssStatement(KssSet set, int number, String title, String help) {

    /** Stored ids in catalogue order: practitioners before supervisors, then by number (2 before 10). */
    public static final Comparator<String> ID_ORDER = Comparator
            .comparing((String id) -> parse(id).map(p -> p.set().ordinal()).orElse(Integer.MAX_VALUE))
            .thenComparing(id -> parse(id).map(Parsed::number).orElse(Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder());

    public KssStatement {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(title, "title");
        help = help == null ? "" : help;
    }

    /** The name stored in a record's coverage: the set's key and the number, e.g. "practitioner-7". */
    public String id() {
        return idOf(set, number);
    }

    public static String idOf(KssSet set, int number) {
        return set.key() + "-" + number;
    }

    /** "KSS 7: Analysis, decisions, planning and review", as a list or a PDF shows it. */
    public String label() {
        return "KSS " + number + ": " + title;
    }

    private record Parsed(KssSet set, int number) {
    }

    private static Optional<Parsed> parse(String id) {
        int dash = id.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(id.substring(dash + 1));
            return KssSet.fromKey(id.substring(0, dash)).map(set -> new Parsed(set, number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
