package uk.supervisiondesk.policy.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.domain.SupervisionFileItem;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads the 'supervisionFile' section: the file's sections in order, each saying which documents
 * it holds. Every document Supervision Desk makes must have exactly one place, or exports would
 * not know where to put it.
 */
final class SupervisionFileReader {
    private final YamlProblems problems;
    private final PackValues values;

    SupervisionFileReader(YamlProblems problems) {
        this.problems = problems;
        this.values = new PackValues(problems);
    }

    Optional<SupervisionFileOrder> read(Node node) {
        return YamlMap.of(node, "'supervisionFile'", Set.of("sections", "source"), problems).flatMap(map -> {
            Optional<String> source = map.requireText("source");
            Optional<List<Node>> items = map.require("sections").flatMap(n -> map.list("sections"));
            if (source.isEmpty() || items.isEmpty()) {
                return Optional.empty();
            }
            List<SupervisionFileOrder.Section> sections = new ArrayList<>();
            Map<SupervisionFileItem, Integer> placed = new EnumMap<>(SupervisionFileItem.class);
            Set<String> titles = new HashSet<>();
            boolean ok = true;
            for (Node item : items.get()) {
                Optional<SupervisionFileOrder.Section> section = section(item, sections.size() + 1, placed, titles);
                ok &= section.isPresent();
                section.ifPresent(sections::add);
            }
            List<String> homeless = Arrays.stream(SupervisionFileItem.values()).filter(i -> !placed.containsKey(i))
                    .map(SupervisionFileItem::key).toList();
            if (ok && !homeless.isEmpty()) {
                problems.add(map.get("sections").orElseThrow(), "no section holds " + String.join(", ", homeless)
                        + "; add each to the 'holds' of a section so exports know where to file it");
                ok = false;
            }
            return ok ? Optional.of(new SupervisionFileOrder(sections, source.get())) : Optional.empty();
        });
    }

    private Optional<SupervisionFileOrder.Section> section(Node item, int number, Map<SupervisionFileItem, Integer> placed,
                                                           Set<String> titles) {
        return YamlMap.of(item, "a 'supervisionFile' section", Set.of("title", "holds", "note"), problems).flatMap(map -> {
            Optional<String> title = map.requireText("title");
            if (title.isPresent() && !titles.add(title.get().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(item, "the section title '" + title.get() + "' is used twice");
                return Optional.empty();
            }
            Optional<Set<SupervisionFileItem>> holds = map.has("holds")
                    ? map.get("holds").flatMap(n -> values.keys(n, SupervisionFileItem.class, "document",
                            SupervisionFileItem::fromKey, SupervisionFileItem::key))
                    : Optional.of(Set.of());
            if (title.isEmpty() || holds.isEmpty()) {
                return Optional.empty();
            }
            List<String> twice = holds.get().stream().filter(placed::containsKey)
                    .map(i -> i.key() + " (already in section " + placed.get(i) + ")").collect(Collectors.toList());
            if (!twice.isEmpty()) {
                problems.add(item, "a document has one place in the file: " + String.join(", ", twice));
                return Optional.empty();
            }
            holds.get().forEach(i -> placed.put(i, number));
            return Optional.of(new SupervisionFileOrder.Section(number, title.get(), holds.get(), map.optionalText("note")));
        });
    }
}
