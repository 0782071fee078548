package uk.supervisiondesk.policy.pack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.supervisiondesk.domain.CaseType;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/** Reads the sections that say how often things happen: supervision, the ASYE, other sessions, cases. */
final class FrequencySections {
    private static final String ALL_ROLES = "all";
    private static final Pattern MILESTONE_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private final YamlProblems problems;
    private final PackValues values;

    FrequencySections(YamlProblems problems) {
        this.problems = problems;
        this.values = new PackValues(problems);
    }

    Optional<SupervisionRules> supervision(Node node) {
        Optional<YamlMap> read = YamlMap.of(node, "'supervision'",
                Set.of("countsAs", "byRole", "longestGap", "newStarters", "source", "note"), problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> source = map.requireText("source");
        Optional<Set<SessionKind>> countsAs = map.require("countsAs").flatMap(this::sessionKinds);
        List<RoleFrequency> byRole = new ArrayList<>();
        map.require("byRole").ifPresent(n -> map.list("byRole").ifPresent(items -> byRole.addAll(roleRules(items))));
        Optional<LongestGap> gap = map.map("longestGap", Set.of("atMost", "source")).flatMap(this::longestGap);
        List<NewStarterRule> starters = new ArrayList<>();
        map.list("newStarters").ifPresent(items -> items.forEach(i -> newStarter(i).ifPresent(starters::add)));
        if (source.isEmpty() || countsAs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SupervisionRules(countsAs.get(), byRole, gap, starters, source.get()));
    }

    private List<RoleFrequency> roleRules(List<Node> items) {
        List<RoleFrequency> rules = new ArrayList<>();
        Set<Role> seen = EnumSet.noneOf(Role.class);
        boolean allSeen = false;
        for (Node item : items) {
            Optional<RoleFrequency> rule = roleRule(item);
            if (rule.isEmpty()) {
                continue;
            }
            RoleFrequency r = rule.get();
            if (r.otherRoles()) {
                if (allSeen) {
                    problems.add(item, "'roles: all' is used twice in 'byRole'; keep one");
                }
                allSeen = true;
            }
            for (Role role : r.roles()) {
                if (!seen.add(role)) {
                    problems.add(item, "role '" + role.key() + "' already has a frequency earlier in 'byRole'");
                }
            }
            rules.add(r);
        }
        return rules;
    }

    private Optional<RoleFrequency> roleRule(Node item) {
        Optional<YamlMap> read = YamlMap.of(item, "a 'byRole' entry",
                Set.of("roles", "every", "everySessionsWorked", "minimumDuration", "source", "note"), problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<Node> rolesNode = map.require("roles");
        boolean all = rolesNode.filter(n -> n instanceof ScalarNode s && ALL_ROLES.equals(s.getValue().strip())).isPresent();
        Optional<Set<Role>> roles = all ? Optional.of(Set.of()) : rolesNode.flatMap(values::roles);
        Optional<Frequency> frequency = frequency(map);
        Optional<Duration> minimum = map.get("minimumDuration").flatMap(n -> map.scalar(n).flatMap(t -> values.duration(n, t)));
        Optional<String> source = map.requireText("source");
        if (roles.isEmpty() || frequency.isEmpty() || source.isEmpty()
                || (map.has("minimumDuration") && minimum.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new RoleFrequency(roles.get(), all, frequency.get(), minimum, source.get(), map.optionalText("note")));
    }

    private Optional<Frequency> frequency(YamlMap map) {
        boolean hasEvery = map.has("every");
        boolean hasCount = map.has("everySessionsWorked");
        if (hasEvery == hasCount) {
            if (!map.hasUnknownKeys()) {
                problems.add(map.node(), "give either 'every' or 'everySessionsWorked' in " + map.where());
            }
            return Optional.empty();
        }
        if (hasCount) {
            Node n = map.get("everySessionsWorked").orElseThrow();
            return map.scalar(n).flatMap(t -> values.positiveCount(n, t, false)).map(Frequency.EverySessionsWorked::new);
        }
        Node n = map.get("every").orElseThrow();
        Optional<String> text = map.scalar(n);
        if (text.filter(t -> t.equalsIgnoreCase(PackValues.AS_AGREED)).isPresent()) {
            return Optional.of(new Frequency.AsAgreed());
        }
        return text.flatMap(t -> values.every(n, t));
    }

    private Optional<LongestGap> longestGap(YamlMap map) {
        Optional<Span> atMost = map.require("atMost").flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)));
        Optional<String> source = map.requireText("source");
        return atMost.isPresent() && source.isPresent() ? Optional.of(new LongestGap(atMost.get(), source.get())) : Optional.empty();
    }

    private Optional<NewStarterRule> newStarter(Node item) {
        Optional<YamlMap> read = YamlMap.of(item, "a 'newStarters' entry", Set.of("roles", "every", "for", "source"), problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<Set<Role>> roles = map.require("roles").flatMap(values::roles);
        Optional<Span> every = spanAt(map, "every", true);
        Optional<Span> first = spanAt(map, "for", true);
        Optional<String> source = map.requireText("source");
        if (roles.isEmpty() || every.isEmpty() || first.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewStarterRule(roles.get(), every.get(), first.get(), source.get()));
    }

    Optional<NewlyQualifiedRules> newlyQualified(Node node) {
        Optional<YamlMap> read = YamlMap.of(node, "'newlyQualified'",
                Set.of("lasts", "minimumDuration", "steps", "milestones", "source", "note"), problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> source = map.requireText("source");
        Optional<Span> lasts = spanAt(map, "lasts", true);
        Optional<Duration> minimum = map.get("minimumDuration").flatMap(n -> map.scalar(n).flatMap(t -> values.duration(n, t)));
        map.require("steps");
        Optional<SteppedFrequency> steps = map.list("steps").flatMap(items -> steps(items, source.orElse("")));
        List<AsyeMilestone> milestones = new ArrayList<>();
        map.list("milestones").ifPresent(items -> milestones.addAll(milestones(items, source.orElse(""))));
        if (source.isEmpty() || lasts.isEmpty() || steps.isEmpty() || (map.has("minimumDuration") && minimum.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new NewlyQualifiedRules(steps.get(), lasts.get(), minimum, milestones, source.get()));
    }

    /** Steps in order; only the last may run on without 'until' or 'for'. */
    Optional<SteppedFrequency> steps(List<Node> items, String sectionSource) {
        List<FrequencyStep> steps = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Optional<YamlMap> read = YamlMap.of(item, "a step", Set.of("every", "until", "for", "source"), problems);
            if (read.isEmpty()) {
                ok = false;
                continue;
            }
            YamlMap map = read.get();
            Optional<Span> every = spanAt(map, "every", true);
            if (map.has("until") && map.has("for")) {
                problems.add(item, "a step takes 'until' or 'for', not both");
                ok = false;
                continue;
            }
            boolean fromPrevious = map.has("for");
            Optional<Span> reach = spanAt(map, fromPrevious ? "for" : "until", false);
            if (reach.isEmpty() && i < items.size() - 1) {
                problems.add(item, "only the last step may leave out 'until' or 'for'");
                ok = false;
            }
            if (every.isEmpty() || ((map.has("until") || map.has("for")) && reach.isEmpty())) {
                ok = false;
                continue;
            }
            steps.add(new FrequencyStep(every.get(), reach, fromPrevious, map.text("source").orElse(sectionSource)));
        }
        if (items.isEmpty()) {
            ok = false;
            problems.add(1, "a list of steps is empty");
        }
        return ok ? Optional.of(new SteppedFrequency(steps)) : Optional.empty();
    }

    private List<AsyeMilestone> milestones(List<Node> items, String sectionSource) {
        List<AsyeMilestone> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node item : items) {
            YamlMap.of(item, "a milestone", Set.of("key", "name", "at", "source"), problems).ifPresent(map -> {
                Optional<String> key = map.requireText("key").filter(k -> camelCaseMilestoneKey(k, map));
                Optional<String> name = map.requireText("name");
                Optional<Span> at = spanAt(map, "at", true);
                if (key.isPresent() && !keys.add(key.get())) {
                    problems.add(item, "milestone key '" + key.get() + "' is used twice");
                } else if (key.isPresent() && name.isPresent() && at.isPresent()) {
                    out.add(new AsyeMilestone(key.get(), name.get(), at.get(), map.text("source").orElse(sectionSource)));
                }
            });
        }
        return out;
    }

    /**
     * A milestone key is one camelCase word because the ASYE tracker records the milestone in a
     * date field of exactly that key (template field keys are camelCase), so the app can read when
     * it was done straight from the tracker.
     */
    private boolean camelCaseMilestoneKey(String key, YamlMap map) {
        if (MILESTONE_KEY.matcher(key).matches()) {
            return true;
        }
        problems.add(map.get("key").orElseThrow(), "milestone key '" + key + "' must be one word in camelCase, such as "
                + "'review3Months': the ASYE tracker's date field for it has the same key");
        return false;
    }

    List<Cadence> otherSessions(List<Node> items) {
        List<Cadence> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap.of(item, "an 'otherSessions' entry", Set.of("name", "kind", "roles", "every",
                    "minimumDuration", "maximumDuration", "source", "note"), problems).ifPresent(map -> {
                Optional<String> name = map.requireText("name");
                Optional<SessionKind> kind = map.requireText("kind").flatMap(k -> sessionKind(map, k));
                Optional<Set<Role>> roles = map.get("roles").isPresent()
                        ? map.get("roles").flatMap(values::roles) : Optional.of(Set.of());
                Optional<Span> every = spanAt(map, "every", true);
                Optional<Duration> min = map.get("minimumDuration").flatMap(n -> map.scalar(n).flatMap(t -> values.duration(n, t)));
                Optional<Duration> max = map.get("maximumDuration").flatMap(n -> map.scalar(n).flatMap(t -> values.duration(n, t)));
                Optional<String> source = map.requireText("source");
                if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
                    problems.add(item, "'maximumDuration' is shorter than 'minimumDuration'");
                } else if (name.isPresent() && kind.isPresent() && roles.isPresent() && every.isPresent() && source.isPresent()) {
                    out.add(new Cadence(name.get(), kind.get(), roles.get(), every.get(), min, max, source.get(),
                            map.optionalText("note")));
                }
            });
        }
        return out;
    }

    List<CaseDiscussionRule> caseDiscussion(List<Node> items) {
        List<CaseDiscussionRule> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap.of(item, "a 'caseDiscussion' entry", Set.of("caseTypes", "every", "steps", "source", "note"), problems)
                    .ifPresent(map -> {
                        Optional<Set<CaseType>> types = map.require("caseTypes").flatMap(n -> values.keys(n, CaseType.class,
                                "case type", CaseType::fromKey, CaseType::key));
                        Optional<String> source = map.requireText("source");
                        Optional<SteppedFrequency> frequency;
                        if (map.has("every") == map.has("steps")) {
                            problems.add(item, "give either 'every' or 'steps' in a 'caseDiscussion' entry");
                            frequency = Optional.empty();
                        } else if (map.has("every")) {
                            frequency = spanAt(map, "every", true).map(s -> new SteppedFrequency(
                                    List.of(new FrequencyStep(s, Optional.empty(), false, source.orElse("")))));
                        } else {
                            frequency = map.list("steps").flatMap(steps -> steps(steps, source.orElse("")));
                        }
                        if (types.isPresent() && source.isPresent() && frequency.isPresent()) {
                            out.add(new CaseDiscussionRule(types.get(), frequency.get(), source.get()));
                        }
                    });
        }
        return out;
    }

    Optional<Set<SessionKind>> sessionKinds(Node node) {
        return values.keys(node, SessionKind.class, "session kind", SessionKind::fromKey, SessionKind::key);
    }

    private Optional<SessionKind> sessionKind(YamlMap map, String key) {
        Optional<SessionKind> kind = SessionKind.fromKey(key);
        if (kind.isEmpty()) {
            problems.add(map.get("kind").orElseThrow(), "unknown session kind '" + key + "'; use one of: "
                    + String.join(", ", Arrays.stream(SessionKind.values()).map(SessionKind::key).toList()));
        }
        return kind;
    }

    private Optional<Span> spanAt(YamlMap map, String key, boolean required) {
        Optional<Node> node = required ? map.require(key) : map.get(key);
        return node.flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)));
    }
}
