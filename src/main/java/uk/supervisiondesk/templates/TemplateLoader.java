package uk.supervisiondesk.templates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * Loads record templates: the ones shipped with the application (from the classpath, where the
 * top-level {@code resources/templates} folder is packaged) or any template file a user has
 * written. A template is either returned whole or refused with every problem as
 * {@code file:line: problem}. Pure Java, so the form generator, the PDF and the command line can
 * all use it.
 */
public final class TemplateLoader {
    /** Where the shipped templates sit on the classpath. */
    public static final String BUNDLED_FOLDER = "/uk/supervisiondesk/data/templates/";
    /** Lists the shipped templates, one key a line, in the order they are offered. */
    public static final String INDEX_FILE = "index.txt";

    private List<RecordTemplate> bundled;

    /** A shipped template by its key, e.g. "welfare-sefton". */
    public RecordTemplate bundled(String key) throws TemplateException {
        String fileName = "templates/" + key + ".yaml";
        try (InputStream in = TemplateLoader.class.getResourceAsStream(BUNDLED_FOLDER + key + ".yaml")) {
            if (in == null) {
                throw new TemplateException(List.of(new YamlProblem(fileName, 1,
                        "there is no shipped template called '" + key + "'; shipped templates: "
                                + String.join(", ", bundledKeys()))));
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** The keys of the shipped templates, as {@code index.txt} lists them. */
    public List<String> bundledKeys() throws TemplateException {
        String fileName = "templates/" + INDEX_FILE;
        try (InputStream in = TemplateLoader.class.getResourceAsStream(BUNDLED_FOLDER + INDEX_FILE)) {
            if (in == null) {
                throw new TemplateException(List.of(new YamlProblem(fileName, 1,
                        "the list of shipped templates is missing from the application")));
            }
            return readIndex(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /**
     * Every shipped template, read once. If any is broken, all their problems are reported
     * together, so one run shows everything to fix.
     */
    public synchronized List<RecordTemplate> allBundled() throws TemplateException {
        if (bundled == null) {
            List<RecordTemplate> read = new ArrayList<>();
            List<YamlProblem> problems = new ArrayList<>();
            for (String key : bundledKeys()) {
                try {
                    read.add(bundled(key));
                } catch (TemplateException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new TemplateException(problems);
            }
            bundled = List.copyOf(read);
        }
        return bundled;
    }

    /** Reads a template from any file, such as one a council has written for itself. */
    public RecordTemplate fromFile(Path file) throws TemplateException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /**
     * Reads a template from text. When {@code fileName} ends in ".yaml" the template's key must be
     * that name without the ending, as for a file.
     */
    public RecordTemplate fromText(String yaml, String fileName) throws TemplateException {
        return read(new StringReader(yaml), fileName);
    }

    /**
     * The shipped templates of one record type that a policy pack offers, in index order. A
     * template written for the pack's own authority replaces the general ones: Sefton's welfare
     * record is offered to Sefton instead of the general welfare record, not beside it. The first
     * is the one to start a new record with. Empty when no template of that type is shipped.
     */
    public List<RecordTemplate> offeredFor(String packId, String recordType) throws TemplateException {
        List<RecordTemplate> ofType = allBundled().stream().filter(t -> t.recordType().equals(recordType)).toList();
        List<RecordTemplate> ownAuthority = ofType.stream().filter(t -> t.authorities().contains(packId)).toList();
        return ownAuthority.isEmpty() ? ofType.stream().filter(t -> t.authorities().isEmpty()).toList() : ownAuthority;
    }

    /** Everything a pack offers, by record type in the order of {@link RecordTypes#ALL}; types with none are left out. */
    public Map<String, List<RecordTemplate>> offeredFor(String packId) throws TemplateException {
        Map<String, List<RecordTemplate>> offered = new LinkedHashMap<>();
        for (String recordType : RecordTypes.ALL) {
            List<RecordTemplate> templates = offeredFor(packId, recordType);
            if (!templates.isEmpty()) {
                offered.put(recordType, templates);
            }
        }
        return offered;
    }

    private static RecordTemplate read(Reader reader, String fileName) throws TemplateException {
        return new TemplateReader(fileName, PolicyPackLoader.BUNDLED_IDS).read(reader);
    }

    /** Keys one a line; blank lines and lines starting with '#' are for people. */
    private static List<String> readIndex(BufferedReader reader) throws IOException {
        return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static TemplateException unreadable(String fileName, IOException e) {
        return new TemplateException(List.of(YamlProblem.unreadable(fileName, e)));
    }
}
