package uk.supervisiondesk.policy.pack;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.supervisiondesk.yaml.SafeYaml;
import uk.supervisiondesk.yaml.ValueWording;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads one pack file into a {@link PolicyPack}, collecting every problem with its line. A
 * section the policy is silent on is written {@code silent: ...} with {@code fallback: none}
 * (nothing is checked) or {@code fallback: default} (the England default pack's rule is used).
 */
final class PackReader {
    static final String DEFAULT_PACK_ID = "england-default";
    private static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_KEYS = Set.of("format", "id", "name", "policy", "settings", "supervision",
            "newlyQualified", "records", "agreement", "observations", "otherSessions", "caseDiscussion",
            "missedSessions", "retention", "supervisionFile");

    private final YamlProblems problems;
    private final Supplier<Optional<PolicyPack>> defaults;
    private final FrequencySections frequencies;
    private final RuleSections rules;
    private final SupervisionFileReader supervisionFile;
    private final List<PackNote> notes = new ArrayList<>();
    private String id = "";

    /** @param defaults the England default pack for sections that fall back to it; empty while reading that pack */
    PackReader(String fileName, Supplier<Optional<PolicyPack>> defaults) {
        this.problems = new YamlProblems(fileName, ValueWording.BRIEF);
        this.defaults = defaults;
        this.frequencies = new FrequencySections(problems);
        this.rules = new RuleSections(problems, frequencies);
        this.supervisionFile = new SupervisionFileReader(problems);
    }

    PolicyPack read(Reader text) throws PolicyPackException {
        Node root = parse(text);
        Optional<YamlMap> top = YamlMap.of(root, "the pack", TOP_KEYS, problems);
        if (top.isEmpty()) {
            throw new PolicyPackException(problems.all());
        }
        PolicyPack pack = assemble(top.get());
        if (!problems.isEmpty()) {
            throw new PolicyPackException(problems.all());
        }
        return pack;
    }

    private Node parse(Reader text) throws PolicyPackException {
        return SafeYaml.composeRequired(text, problems, "a pack needs at least 'format', 'id', 'name' and its sections")
                .orElseThrow(() -> new PolicyPackException(problems.all()));
    }

    private PolicyPack assemble(YamlMap top) {
        top.requireFormat(FORMAT);
        id = top.requireText("id").orElse("");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.add(top.get("id").orElseThrow(), "the id '" + id + "' must be lower-case words joined by hyphens");
        }
        String name = top.requireText("name").orElse("");
        String document = top.requireText("policy").orElse("");
        PackSettings settings = top.get("settings").map(rules::settings).orElse(PackSettings.STANDARD);

        SupervisionRules supervision = section(top, "supervision", true, frequencies::supervision,
                p -> Optional.of(p.supervision())).orElse(null);
        var newlyQualified = section(top, "newlyQualified", true, frequencies::newlyQualified, PolicyPack::newlyQualified);
        var records = section(top, "records", true, rules::records, PolicyPack::records);
        var agreement = section(top, "agreement", true, rules::agreement, PolicyPack::agreement);
        var observations = listSection(top, "observations", true, rules::observations, PolicyPack::observations);
        var otherSessions = listSection(top, "otherSessions", false, frequencies::otherSessions, PolicyPack::otherSessions);
        var cases = listSection(top, "caseDiscussion", false, frequencies::caseDiscussion, PolicyPack::caseDiscussion);
        var missed = section(top, "missedSessions", true, rules::missedSessions, PolicyPack::missedSessions);
        var retention = section(top, "retention", true, rules::retention, PolicyPack::retention);
        var fileOrder = section(top, "supervisionFile", DEFAULT_PACK_ID.equals(id), supervisionFile::read,
                PolicyPack::supervisionFile);
        if (!top.has("supervisionFile") && !DEFAULT_PACK_ID.equals(id)) {
            // Packs written before exports had folders still load: they file in the default order.
            fileOrder = defaults.get().flatMap(PolicyPack::supervisionFile);
            fileOrder.ifPresent(o -> notes.add(new PackNote("supervisionFile", "The pack does not set an order for "
                    + "the supervision file. The England default pack's order is used instead.")));
        }
        if (supervision == null) {
            supervision = new SupervisionRules(Set.of(), List.of(), Optional.empty(), List.of(), "");
        }
        return new PolicyPack(id, name, document, settings, supervision, newlyQualified, records, agreement,
                observations, otherSessions, cases, missed, retention, fileOrder, notes);
    }

    private <T> Optional<T> section(YamlMap top, String key, boolean required, Function<Node, Optional<T>> read,
                                    Function<PolicyPack, Optional<T>> fromDefault) {
        Optional<Node> node = required ? top.require(key) : top.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (isSilence(node.get())) {
            return silence(key, node.get()).flatMap(fromDefault);
        }
        return read.apply(node.get());
    }

    private <T> List<T> listSection(YamlMap top, String key, boolean required, Function<List<Node>, List<T>> read,
                                    Function<PolicyPack, List<T>> fromDefault) {
        Optional<Node> node = required ? top.require(key) : top.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (isSilence(node.get())) {
            return silence(key, node.get()).map(fromDefault).orElse(List.of());
        }
        return top.list(key).map(read).orElse(List.of());
    }

    private static boolean isSilence(Node node) {
        return node instanceof MappingNode m && m.getValue().stream()
                .map(NodeTuple::getKeyNode)
                .anyMatch(k -> k instanceof ScalarNode s && "silent".equals(s.getValue()));
    }

    /** Records the silence as a note; returns the default pack when the section falls back to it. */
    private Optional<PolicyPack> silence(String key, Node node) {
        Optional<YamlMap> read = YamlMap.of(node, "'" + key + "'", Set.of("silent", "fallback", "source"), problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        String said = map.requireText("silent").orElse("");
        Optional<String> fallback = map.requireText("fallback");
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        switch (fallback.get()) {
            case "none" -> {
                notes.add(new PackNote(key, said + " Supervision Desk checks nothing for this."));
                return Optional.empty();
            }
            case "default" -> {
                return fallBackToDefault(key, map, said);
            }
            default -> {
                problems.add(map.get("fallback").orElseThrow(), "'fallback' must be none or default, not '" + fallback.get() + "'");
                return Optional.empty();
            }
        }
    }

    private Optional<PolicyPack> fallBackToDefault(String key, YamlMap map, String said) {
        if (DEFAULT_PACK_ID.equals(id)) {
            problems.add(map.get("fallback").orElseThrow(), "the default pack cannot fall back to itself; use 'fallback: none'");
            return Optional.empty();
        }
        Optional<PolicyPack> pack = defaults.get();
        if (pack.isEmpty()) {
            problems.add(map.get("fallback").orElseThrow(), "the England default pack could not be loaded to fall back to");
            return Optional.empty();
        }
        notes.add(new PackNote(key, said + " The England default pack's rule is used instead."));
        pack.get().notes().stream().filter(n -> n.section().equals(key)).forEach(notes::add);
        return pack;
    }

}
