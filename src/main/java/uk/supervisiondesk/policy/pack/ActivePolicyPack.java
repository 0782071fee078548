package uk.supervisiondesk.policy.pack;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * The pack in use. A replacement that fails to load is refused and the last good pack stays in
 * force, so a slip while editing a pack never leaves the dashboard without rules.
 */
public final class ActivePolicyPack {
    private final AtomicReference<PolicyPack> current;

    public ActivePolicyPack(PolicyPack initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public PolicyPack current() {
        return current.get();
    }

    /** What came of an attempt to switch packs: the pack now in force, and the problems if it was refused. */
    public record Outcome(PolicyPack inForce, List<YamlProblem> problems) {
        public boolean replaced() {
            return problems.isEmpty();
        }
    }

    /** Loads a new pack through {@code source}; on failure keeps the current one and reports why. */
    public Outcome replaceWith(PackSource source) {
        try {
            PolicyPack loaded = source.load();
            current.set(loaded);
            return new Outcome(loaded, List.of());
        } catch (PolicyPackException e) {
            return new Outcome(current.get(), e.problems());
        }
    }

    /** Anything that yields a pack or refuses with problems, such as {@code () -> loader.fromFile(path)}. */
    @FunctionalInterface
    public interface PackSource {
        PolicyPack load() throws PolicyPackException;
    }
}
