package uk.supervisiondesk.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.yaml.SafeYaml;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblem;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * The Knowledge and Skills Statements a reflective discussion can be tagged with: the ten for
 * child and family practitioners and the eight for practice supervisors, read from
 * {@code resources/prompts/kss.yaml}. Numbers are official; titles are the product's own.
 */
public final class KssCatalogue {
    /** Where the shipped file sits on the classpath. */
    public static final String BUNDLED_FILE = QuestionBankLoader.BUNDLED_FOLDER + "kss.yaml";
    private static final int FORMAT = 1;
    private static final List<String> TOP_KEYS = List.of("format", "sets");
    private static final List<String> SET_KEYS = List.of("key", "title", "source", "statements");
    private static final List<String> STATEMENT_KEYS = List.of("number", "title", "help");

    private final Map<KssSet, String> setTitles;
    private final Map<String, KssStatement> byId;

    private KssCatalogue(Map<KssSet, String> setTitles, List<KssStatement> statements) {
        this.setTitles = Map.copyOf(setTitles);
        Map<String, KssStatement> ordered = new LinkedHashMap<>();
        statements.stream().sorted((a, b) -> KssStatement.ID_ORDER.compare(a.id(), b.id()))
                .forEach(s -> ordered.put(s.id(), s));
        this.byId = ordered;
    }

    /** The statements shipped with the application. */
    public static KssCatalogue bundled() throws PromptException {
        String fileName = "prompts/kss.yaml";
        try (InputStream in = KssCatalogue.class.getResourceAsStream(BUNDLED_FILE)) {
            if (in == null) {
                throw new PromptException(List.of(new YamlProblem(fileName, 1,
                        "the Knowledge and Skills Statements are missing from the application")));
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
        } catch (IOException e) {
            throw new PromptException(List.of(YamlProblem.unreadable(fileName, e)));
        }
    }

    /** Reads a statements file; refused with every problem as {@code file:line: problem}. */
    public static KssCatalogue fromText(String yaml, String fileName) throws PromptException {
        return read(new StringReader(yaml), fileName);
    }

    /** Every statement: the practitioners' ten, then the supervisors' eight. */
    public List<KssStatement> statements() {
        return List.copyOf(byId.values());
    }

    public List<KssStatement> statements(KssSet set) {
        return byId.values().stream().filter(s -> s.set() == set).toList();
    }

    /** A statement by its stored id, e.g. "supervisor-7". */
    public Optional<KssStatement> statement(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The set's name as the file gives it, e.g. "Child and family practitioners". */
    public String title(KssSet set) {
        return setTitles.getOrDefault(set, set.key());
    }

    private static KssCatalogue read(Reader text, String fileName) throws PromptException {
        YamlProblems problems = new YamlProblems(fileName);
        Map<KssSet, String> titles = new LinkedHashMap<>();
        List<KssStatement> statements = new ArrayList<>();
        Optional<Node> root = SafeYaml.composeRequired(text, problems, "it needs 'format' and 'sets'");
        root.flatMap(r -> YamlMap.of(r, "the file", TOP_KEYS, problems)).ifPresent(top -> {
            top.requireFormat(FORMAT);
            top.requireList("sets").ifPresent(sets -> sets.forEach(node -> readSet(node, problems, titles, statements)));
        });
        for (KssSet set : KssSet.values()) {
            if (!titles.containsKey(set) && problems.isEmpty()) {
                problems.add(1, "there is no set '" + set.key() + "'; the file needs both: "
                        + String.join(", ", Arrays.stream(KssSet.values()).map(KssSet::key).toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PromptException(problems.all());
        }
        return new KssCatalogue(titles, statements);
    }

    private static void readSet(Node node, YamlProblems problems, Map<KssSet, String> titles,
                                List<KssStatement> statements) {
        String where = YamlMap.peekText(node, "key").map(k -> "set '" + k + "'").orElse("a set");
        YamlMap.of(node, where, SET_KEYS, problems).ifPresent(map -> {
            Optional<KssSet> set = map.requireText("key").flatMap(k -> {
                Optional<KssSet> known = KssSet.fromKey(k);
                if (known.isEmpty()) {
                    problems.add(map.get("key").orElseThrow(), "unknown set '" + k + "'; use practitioner or supervisor");
                } else if (titles.containsKey(known.get())) {
                    problems.add(map.get("key").orElseThrow(), "the set '" + k + "' is given twice");
                    return Optional.empty();
                }
                return known;
            });
            Optional<String> title = map.requireText("title");
            map.requireText("source");
            List<KssStatement> read = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            map.requireList("statements").ifPresent(entries -> {
                for (Node entry : entries) {
                    String at = YamlMap.peekText(entry, "number").map(n -> "statement " + n).orElse("a statement");
                    YamlMap.of(entry, at + " of " + where, STATEMENT_KEYS, problems).ifPresent(s -> {
                        Optional<Integer> number = s.requireText("number").flatMap(n -> number(n, s, problems));
                        Optional<String> statementTitle = s.requireText("title");
                        if (number.isPresent() && !numbers.add(number.get())) {
                            problems.add(s.get("number").orElseThrow(), "statement " + number.get()
                                    + " appears twice in " + where);
                        } else if (number.isPresent() && statementTitle.isPresent() && set.isPresent()) {
                            read.add(new KssStatement(set.get(), number.get(), statementTitle.get(), s.optionalText("help")));
                        }
                    });
                }
            });
            set.ifPresent(s -> {
                if (read.size() == numbers.size() && !numbers.equals(expected(s))) {
                    problems.add(map.get("statements").orElse(map.node()), where + " must number its statements 1 to "
                            + s.size() + ", each once (the official numbers)");
                }
            });
            if (set.isPresent() && title.isPresent()) {
                titles.put(set.get(), title.get());
                statements.addAll(read);
            }
        });
    }

    private static Set<Integer> expected(KssSet set) {
        Set<Integer> all = new HashSet<>();
        for (int i = 1; i <= set.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static Optional<Integer> number(String text, YamlMap s, YamlProblems problems) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            problems.add(s.get("number").orElseThrow(), "'" + text + "' is not a statement number; write a whole number");
            return Optional.empty();
        }
    }
}
