package uk.supervisiondesk.templates;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.yaml.SafeYaml;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads one template file into a {@link RecordTemplate}, collecting every problem with its line,
 * and refuses the file if there is any. Field-level checks live in {@link FieldReader}; this
 * class checks the template as a whole: its heading keys, its sections, and that keys are unique
 * and the one-per-record fields (actions, review of actions) appear at most once.
 */
final class TemplateReader {
    static final int FORMAT = 1;
    private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> TOP_KEYS = List.of("format", "key", "recordType", "title", "help", "source",
            "sessionKind", "authorities", "sections");
    private static final List<String> SECTION_KEYS = List.of("key", "heading", "help", "source", "fields");
    private static final Set<FieldType> ONE_PER_TEMPLATE = Set.of(FieldType.ACTIONS, FieldType.ACTION_REVIEW);

    private final String fileName;
    private final List<String> knownPacks;
    private final YamlProblems problems;
    private final FieldReader fields;
    private final Map<String, Integer> sectionLines = new HashMap<>();
    private final Map<String, Integer> fieldLines = new HashMap<>();
    private final Map<FieldType, String> onePerTemplate = new HashMap<>();

    /** @param knownPacks the policy pack ids an {@code authorities} list may name */
    TemplateReader(String fileName, List<String> knownPacks) {
        this.fileName = fileName;
        this.knownPacks = knownPacks;
        this.problems = new YamlProblems(fileName);
        this.fields = new FieldReader(problems);
    }

    RecordTemplate read(Reader text) throws TemplateException {
        Node root = parse(text);
        Optional<YamlMap> top = YamlMap.of(root, "the template", TOP_KEYS, problems);
        RecordTemplate template = top.map(this::assemble).orElse(null);
        if (!problems.isEmpty() || template == null) {
            throw new TemplateException(problems.all());
        }
        return template;
    }

    private Node parse(Reader text) throws TemplateException {
        return SafeYaml.composeRequired(text, problems, "a template needs at least 'format', 'key', 'recordType', "
                + "'title', 'source' and 'sections'").orElseThrow(() -> new TemplateException(problems.all()));
    }

    /** The template, or null when a part it cannot do without is unreadable (the problem is noted). */
    private RecordTemplate assemble(YamlMap top) {
        top.requireFormat(FORMAT);
        Optional<String> key = top.requireText("key").filter(k -> keyMatchesFile(k, top.get("key").orElseThrow()));
        Optional<String> recordType = top.requireText("recordType").filter(t -> knownRecordType(t, top));
        Optional<String> title = top.requireText("title");
        String help = top.optionalText("help");
        Optional<String> source = top.requireText("source");
        Optional<SessionKind> sessionKind = recordType.flatMap(t -> sessionKind(t, top));
        Set<String> authorities = authorities(top);
        List<TemplateSection> sections = sections(top);
        if (key.isEmpty() || recordType.isEmpty() || title.isEmpty() || source.isEmpty()) {
            return null;
        }
        return new RecordTemplate(key.get(), recordType.get(), title.get(), help, source.get(), sessionKind,
                authorities, sections);
    }

    private boolean keyMatchesFile(String key, Node node) {
        if (!TEMPLATE_KEY.matcher(key).matches()) {
            problems.add(node, "the key '" + key + "' must be lower-case words joined by hyphens, such as 'welfare-sefton'");
            return false;
        }
        Optional<String> fromFile = keyFromFileName(fileName);
        if (fromFile.isPresent() && !fromFile.get().equals(key)) {
            problems.add(node, "the key '" + key + "' must be the file name without '.yaml' ('" + fromFile.get()
                    + "'); rename the file or change the key");
            return false;
        }
        return true;
    }

    /** The key a file of this name must have; empty when the name is not a .yaml file (text from elsewhere). */
    static Optional<String> keyFromFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        for (String ending : List.of(".yaml", ".yml")) {
            if (name.endsWith(ending)) {
                return Optional.of(name.substring(0, name.length() - ending.length()));
            }
        }
        return Optional.empty();
    }

    private boolean knownRecordType(String recordType, YamlMap top) {
        if (RecordTypes.ALL.contains(recordType)) {
            return true;
        }
        problems.add(top.get("recordType").orElseThrow(), "unknown record type '" + recordType + "'; use one of: "
                + String.join(", ", RecordTypes.ALL));
        return false;
    }

    /**
     * A session record says which kind of session it records, and it can only be its own kind: the
     * monitoring sheet counts an individual record as an individual session, and so on.
     */
    private Optional<SessionKind> sessionKind(String recordType, YamlMap top) {
        Optional<SessionKind> expected = RecordTypes.sessionKindOf(recordType);
        if (expected.isEmpty()) {
            top.get("sessionKind").ifPresent(n -> problems.add(n, "'sessionKind' belongs only to session records ("
                    + String.join(", ", RecordTypes.ALL.stream().filter(RecordTypes::isSessionRecord).toList())
                    + "); " + withArticle(recordType) + " record is not a session, so remove it"));
            return Optional.empty();
        }
        Optional<String> written = top.requireText("sessionKind");
        if (written.isPresent() && !written.get().equals(expected.get().key())) {
            problems.add(top.get("sessionKind").orElseThrow(), "the sessionKind of " + withArticle(recordType)
                    + " record is '" + expected.get().key() + "', not '" + written.get() + "'");
            return Optional.empty();
        }
        return written.isPresent() ? expected : Optional.empty();
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private Set<String> authorities(YamlMap top) {
        Set<String> authorities = new LinkedHashSet<>();
        for (Node entry : top.list("authorities").orElse(List.of())) {
            top.scalar(entry, "an authority").ifPresent(id -> {
                if (!knownPacks.contains(id)) {
                    problems.add(entry, "unknown authority '" + id + "'; use policy pack ids: " + String.join(", ", knownPacks));
                } else if (!authorities.add(id)) {
                    problems.add(entry, "authority '" + id + "' is listed twice");
                }
            });
        }
        return authorities;
    }

    private List<TemplateSection> sections(YamlMap top) {
        List<TemplateSection> sections = new ArrayList<>();
        top.require("sections").flatMap(present -> top.list("sections")).ifPresent(entries -> {
            if (entries.isEmpty()) {
                problems.add(top.get("sections").orElseThrow(), "'sections' is empty; a template needs at least one section");
            }
            entries.forEach(entry -> section(entry).ifPresent(sections::add));
        });
        return sections;
    }

    private Optional<TemplateSection> section(Node node) {
        String where = YamlMap.peekText(node, "key").map(k -> "section '" + k + "'").orElse("a section");
        Optional<YamlMap> read = YamlMap.of(node, where, SECTION_KEYS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap section = read.get();
        Optional<String> key = FieldReader.camelCaseKey(section, "section")
                .filter(k -> unique(k, section.get("key").orElseThrow(), "section", sectionLines));
        Optional<String> heading = section.requireText("heading");
        List<TemplateField> sectionFields = new ArrayList<>();
        section.require("fields").flatMap(present -> section.list("fields")).ifPresent(entries -> {
            if (entries.isEmpty()) {
                problems.add(section.get("fields").orElseThrow(), "'fields' in " + where
                        + " is empty; a section needs at least one field");
            }
            for (Node entry : entries) {
                // Checked before the field is read, so a repeated key is caught even when the first field was broken.
                boolean unique = YamlMap.peekText(entry, "key")
                        .map(k -> unique(k, YamlMap.peek(entry, "key").orElseThrow(), "field", fieldLines))
                        .orElse(true);
                fields.read(entry, where).filter(f -> unique && onlyOnePerTemplate(f, entry)).ifPresent(sectionFields::add);
            }
        });
        if (key.isEmpty() || heading.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TemplateSection(key.get(), heading.get(), section.optionalText("help"),
                section.optionalText("source"), sectionFields));
    }

    /** One actions table and one review of earlier actions per record, so it is clear which actions carry forward. */
    private boolean onlyOnePerTemplate(TemplateField field, Node node) {
        if (!ONE_PER_TEMPLATE.contains(field.type())) {
            return true;
        }
        String first = onePerTemplate.putIfAbsent(field.type(), "'" + field.key() + "' on line " + YamlProblems.lineOf(node));
        if (first == null) {
            return true;
        }
        problems.add(node, "a template may have only one " + field.type().key() + " field; '" + field.key()
                + "' is a second one (the first is " + first + ")");
        return false;
    }

    /** Section keys are unique among sections and field keys among all the template's fields. */
    private boolean unique(String key, Node node, String what, Map<String, Integer> seen) {
        Integer firstLine = seen.putIfAbsent(key, YamlProblems.lineOf(node));
        if (firstLine != null) {
            problems.add(node, "the " + what + " key '" + key + "' is used twice in the template (first on line "
                    + firstLine + "); each " + what + " needs its own key");
            return false;
        }
        return true;
    }
}
