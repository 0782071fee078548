package uk.supervisiondesk.prompts;

import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Looks at a discussion's coverage for the commonest way the reflective cycle goes wrong: the
 * story is told and a plan agreed, with nothing in between on how it felt or what it means
 * (the glossary's "skipping from Experience to Plan").
 */
public final class CycleCheck {
    private static final String BUNDLE = "uk.supervisiondesk.prompts.prompts";

    private CycleCheck() {
    }

    /**
     * True when Experience and Plan were covered but neither Reflection nor Analysis. A plan with
     * no story before it has nothing to skip from, and a story with no plan yet may simply not be
     * finished, so neither is flagged.
     */
    public static boolean skippedReflection(ReflectiveCoverage coverage) {
        return coverage.covers(Stage.EXPERIENCE) && coverage.covers(Stage.PLAN)
                && !coverage.covers(Stage.REFLECTION) && !coverage.covers(Stage.ANALYSIS);
    }

    /** A gentle word for the screen when {@link #skippedReflection} holds; empty otherwise. */
    public static Optional<String> advice(ReflectiveCoverage coverage) {
        return skippedReflection(coverage)
                ? Optional.of(ResourceBundle.getBundle(BUNDLE).getString("cycle.skippedReflection"))
                : Optional.empty();
    }
}
