package uk.supervisiondesk.prompts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a reflective discussion covered: the stages of the cycle and the functions of supervision
 * it touched, and the Knowledge and Skills Statements it is evidence for. A record keeps it in its
 * values under {@link #VALUE_KEY} as {@code {stages: [...], functions: [...], kss: [...]}}, each
 * list in a fixed order, so the same coverage is always stored the same way.
 *
 * @param kss statement ids such as "practitioner-7" (see {@link KssStatement#id()})
 */
public record ReflectiveCoverage(Set<Stage> stages, Set<SupervisionFunction> functions, Set<String> kss) {
    /** The key a record's values keep the coverage under. */
    public static final String VALUE_KEY = "reflection";
    public static final ReflectiveCoverage NONE = new ReflectiveCoverage(Set.of(), Set.of(), Set.of());

    public ReflectiveCoverage {
        stages = Collections.unmodifiableSet(enumSet(Stage.class, stages));
        functions = Collections.unmodifiableSet(enumSet(SupervisionFunction.class, functions));
        TreeSet<String> sorted = new TreeSet<>(KssStatement.ID_ORDER);
        sorted.addAll(kss);
        kss = Collections.unmodifiableSet(sorted);
    }

    /** Nothing covered yet. A record with no coverage can leave {@link #VALUE_KEY} out. */
    public boolean isEmpty() {
        return stages.isEmpty() && functions.isEmpty() && kss.isEmpty();
    }

    public boolean covers(Stage stage) {
        return stages.contains(stage);
    }

    public boolean covers(SupervisionFunction function) {
        return functions.contains(function);
    }

    public ReflectiveCoverage with(Stage stage, boolean covered) {
        return new ReflectiveCoverage(toggled(stages, stage, covered), functions, kss);
    }

    public ReflectiveCoverage with(SupervisionFunction function, boolean covered) {
        return new ReflectiveCoverage(stages, toggled(functions, function, covered), kss);
    }

    public ReflectiveCoverage withKss(String statementId, boolean covered) {
        return new ReflectiveCoverage(stages, functions, toggled(kss, statementId, covered));
    }

    /** After a question from the bank is put into the notes: its stages and functions count as covered. */
    public ReflectiveCoverage asked(Question question) {
        Set<Stage> s = new HashSet<>(stages);
        s.addAll(question.stages());
        Set<SupervisionFunction> f = new HashSet<>(functions);
        f.addAll(question.functions());
        return new ReflectiveCoverage(s, f, kss);
    }

    /** The value to store under {@link #VALUE_KEY}: plain lists of keys, as JSON keeps them. */
    public Map<String, Object> toValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("stages", stages.stream().map(Stage::key).toList());
        value.put("functions", functions.stream().map(SupervisionFunction::key).toList());
        value.put("kss", List.copyOf(kss));
        return value;
    }

    /**
     * Reads what {@link #toValue()} stored; anything else (nothing, a value from a damaged file)
     * reads as {@link #NONE}. A stage or function key this version does not know is left out,
     * so a record written by a later version still opens.
     */
    public static ReflectiveCoverage fromValue(Object stored) {
        if (!(stored instanceof Map<?, ?> map)) {
            return NONE;
        }
        Set<Stage> stages = keys(map.get("stages"), Stage::fromKey);
        Set<SupervisionFunction> functions = keys(map.get("functions"), SupervisionFunction::fromKey);
        Set<String> kss = keys(map.get("kss"), Optional::of);
        return new ReflectiveCoverage(stages, functions, kss);
    }

    /** The coverage kept in a record's values; {@link #NONE} when it has none. */
    public static ReflectiveCoverage of(Map<String, ?> recordValues) {
        return fromValue(recordValues.get(VALUE_KEY));
    }

    private static <T> Set<T> keys(Object list, Function<String, Optional<T>> fromKey) {
        List<T> out = new ArrayList<>();
        if (list instanceof Collection<?> c) {
            for (Object o : c) {
                if (o != null) {
                    fromKey.apply(o.toString()).ifPresent(out::add);
                }
            }
        }
        return Set.copyOf(out);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    private static <T> Set<T> toggled(Set<T> set, T item, boolean present) {
        Set<T> copy = new HashSet<>(set);
        if (present) {
            copy.add(item);
        } else {
            copy.remove(item);
        }
        return copy;
    }
}
