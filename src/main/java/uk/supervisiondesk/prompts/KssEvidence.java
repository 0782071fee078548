package uk.supervisiondesk.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A social worker's evidence for CPD and the ASYE: for each Knowledge and Skills Statement, the
 * discussions (records, or anything carrying a coverage) tagged with it.
 */
public final class KssEvidence {

    private KssEvidence() {
    }

    /**
     * Each statement that at least one item is tagged with, in catalogue order (practitioners' then
     * supervisors', by number), with those items in the order given. Ids the catalogue does not
     * know are left out.
     *
     * @param coverageOf how to read an item's coverage, e.g. {@code r -> ReflectiveCoverage.of(r.values())}
     */
    public static <T> Map<KssStatement, List<T>> byStatement(KssCatalogue catalogue, List<T> items,
                                                            Function<T, ReflectiveCoverage> coverageOf) {
        Map<KssStatement, List<T>> out = new LinkedHashMap<>();
        for (KssStatement statement : catalogue.statements()) {
            List<T> tagged = new ArrayList<>();
            for (T item : items) {
                if (coverageOf.apply(item).kss().contains(statement.id())) {
                    tagged.add(item);
                }
            }
            if (!tagged.isEmpty()) {
                out.put(statement, List.copyOf(tagged));
            }
        }
        return out;
    }
}
