package uk.supervisiondesk.prompts;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often each stage and function was covered across some discussions, which statements they
 * evidenced, and how many went from Experience straight to Plan.
 *
 * @param discussions       how many discussions were counted
 * @param stages            each stage with the number of discussions that covered it (every stage present, 0 if none)
 * @param functions         each function likewise
 * @param kss               the statement ids any of them was tagged with, in catalogue order
 * @param skippedReflection how many went from Experience to Plan without Reflection or Analysis
 */
public record CoverageTally(int discussions, Map<Stage, Integer> stages, Map<SupervisionFunction, Integer> functions,
                            Set<String> kss, int skippedReflection) {

    public CoverageTally {
        stages = Collections.unmodifiableMap(new EnumMap<>(stages));
        functions = Collections.unmodifiableMap(new EnumMap<>(functions));
        TreeSet<String> sorted = new TreeSet<>(KssStatement.ID_ORDER);
        sorted.addAll(kss);
        kss = Collections.unmodifiableSet(sorted);
    }

    /** The tally of some discussions. */
    public static CoverageTally of(Collection<ReflectiveCoverage> discussions) {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        Map<SupervisionFunction, Integer> functions = new EnumMap<>(SupervisionFunction.class);
        for (Stage s : Stage.values()) {
            stages.put(s, 0);
        }
        for (SupervisionFunction f : SupervisionFunction.values()) {
            functions.put(f, 0);
        }
        Set<String> kss = new TreeSet<>(KssStatement.ID_ORDER);
        int skipped = 0;
        for (ReflectiveCoverage c : discussions) {
            c.stages().forEach(s -> stages.merge(s, 1, Integer::sum));
            c.functions().forEach(f -> functions.merge(f, 1, Integer::sum));
            kss.addAll(c.kss());
            skipped += CycleCheck.skippedReflection(c) ? 1 : 0;
        }
        return new CoverageTally(discussions.size(), stages, functions, kss, skipped);
    }

    public int timesCovered(Stage stage) {
        return stages.getOrDefault(stage, 0);
    }

    public int timesCovered(SupervisionFunction function) {
        return functions.getOrDefault(function, 0);
    }
}
