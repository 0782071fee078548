package uk.supervisiondesk.policy.pack;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/** Reads the sections about records, agreements, observations, missed sessions, retention and settings. */
final class RuleSections {
    private final YamlProblems problems;
    private final PackValues values;
    private final FrequencySections frequencies;

    RuleSections(YamlProblems problems, FrequencySections frequencies) {
        this.problems = problems;
        this.values = new PackValues(problems);
        this.frequencies = frequencies;
    }

    PackSettings settings(Node node) {
        Optional<YamlMap> read = YamlMap.of(node, "'settings'", Set.of("dueSoonWithin", "observationYearStarts"), problems);
        if (read.isEmpty()) {
            return PackSettings.STANDARD;
        }
        YamlMap map = read.get();
        Span dueSoon = map.get("dueSoonWithin").flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)))
                .orElse(PackSettings.STANDARD.dueSoonWithin());
        MonthDay yearStarts = map.get("observationYearStarts").flatMap(n -> map.scalar(n).flatMap(t -> values.dayOfYear(n, t)))
                .orElse(PackSettings.STANDARD.observationYearStarts());
        return new PackSettings(dueSoon, yearStarts);
    }

    Optional<RecordDeadlines> records(Node node) {
        return YamlMap.of(node, "'records'", Set.of("kinds", "shareWithin", "signWithin", "source", "note"), problems)
                .flatMap(map -> {
                    Optional<Set<SessionKind>> kinds = map.require("kinds").flatMap(frequencies::sessionKinds);
                    Optional<Optional<Deadline>> share = deadlineOrNone(map, "shareWithin");
                    Optional<Optional<Deadline>> sign = deadlineOrNone(map, "signWithin");
                    Optional<String> source = map.requireText("source");
                    boolean anyNone = share.filter(Optional::isEmpty).isPresent() || sign.filter(Optional::isEmpty).isPresent();
                    if (anyNone && !map.has("note")) {
                        problems.add(map.node(), "say in a 'note' why a deadline in 'records' is none");
                    }
                    if (kinds.isEmpty() || share.isEmpty() || sign.isEmpty() || source.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new RecordDeadlines(kinds.get(), share.get(), sign.get(), source.get(),
                            map.optionalText("note")));
                });
    }

    /** A deadline, or the word none; the outer Optional is empty when the value could not be read. */
    private Optional<Optional<Deadline>> deadlineOrNone(YamlMap map, String key) {
        return map.require(key).flatMap(n -> map.scalar(n).flatMap(t -> t.equalsIgnoreCase(PackValues.NONE)
                ? Optional.of(Optional.<Deadline>empty())
                : values.workingDays(n, t).map(Optional::of)));
    }

    Optional<AgreementReviewRule> agreement(Node node) {
        return YamlMap.of(node, "'agreement'", Set.of("reviewEvery", "reviewOnChangeOfSupervisor", "source", "note"), problems)
                .flatMap(map -> {
                    Optional<Span> every = map.require("reviewEvery").flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)));
                    Optional<Boolean> onChange = map.require("reviewOnChangeOfSupervisor")
                            .flatMap(n -> map.scalar(n).flatMap(t -> values.yesNo(n, t)));
                    Optional<String> source = map.requireText("source");
                    if (every.isEmpty() || onChange.isEmpty() || source.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AgreementReviewRule(every.get(), onChange.get(), source.get()));
                });
    }

    List<ObservationRequirement> observations(List<Node> items) {
        List<ObservationRequirement> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap.of(item, "an 'observations' entry", Set.of("roles", "during", "perYear", "byOwnManager", "source", "note"),
                    problems).ifPresent(map -> observation(item, map).ifPresent(out::add));
        }
        return out;
    }

    private Optional<ObservationRequirement> observation(Node item, YamlMap map) {
        Optional<Set<Role>> roles = map.has("roles") ? map.get("roles").flatMap(values::roles) : Optional.of(Set.of());
        Optional<AsyePhase> during = map.has("during") ? map.text("during").flatMap(t -> phase(map, t)) : Optional.of(AsyePhase.ANY);
        Optional<Integer> perYear = map.require("perYear").flatMap(n -> map.scalar(n).flatMap(t -> values.positiveCount(n, t, false)));
        Optional<Integer> byOwn = map.has("byOwnManager")
                ? map.get("byOwnManager").flatMap(n -> map.scalar(n).flatMap(t -> values.positiveCount(n, t, true)))
                : Optional.of(0);
        Optional<String> source = map.requireText("source");
        if (perYear.isPresent() && byOwn.isPresent() && byOwn.get() > perYear.get()) {
            problems.add(item, "'byOwnManager' (" + byOwn.get() + ") is more than 'perYear' (" + perYear.get() + ")");
            return Optional.empty();
        }
        if (roles.isEmpty() || during.isEmpty() || perYear.isEmpty() || byOwn.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ObservationRequirement(roles.get(), during.get(), perYear.get(), byOwn.get(), source.get(),
                map.optionalText("note")));
    }

    private Optional<AsyePhase> phase(YamlMap map, String text) {
        Optional<AsyePhase> phase = Arrays.stream(AsyePhase.values()).filter(p -> p.key().equalsIgnoreCase(text)).findFirst();
        if (phase.isEmpty()) {
            problems.add(map.get("during").orElseThrow(), "'during' must be one of: any, asye, after-asye");
        }
        return phase;
    }

    Optional<MissedSessionRule> missedSessions(Node node) {
        return YamlMap.of(node, "'missedSessions'", Set.of("rescheduleWithin", "source", "note"), problems).flatMap(map -> {
            Optional<Span> within = map.require("rescheduleWithin").flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)));
            Optional<String> source = map.requireText("source");
            return within.isPresent() && source.isPresent()
                    ? Optional.of(new MissedSessionRule(within.get(), source.get())) : Optional.empty();
        });
    }

    Optional<RetentionRule> retention(Node node) {
        return YamlMap.of(node, "'retention'", Set.of("afterLeaving", "source", "note"), problems).flatMap(map -> {
            Optional<Span> after = map.require("afterLeaving").flatMap(n -> map.scalar(n).flatMap(t -> values.span(n, t)));
            Optional<String> source = map.requireText("source");
            return after.isPresent() && source.isPresent()
                    ? Optional.of(new RetentionRule(after.get(), source.get())) : Optional.empty();
        });
    }
}
