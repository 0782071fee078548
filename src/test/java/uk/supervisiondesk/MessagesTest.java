package uk.supervisiondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word on screen comes from the bundle, and the bundle has every word asked for. */
class MessagesTest {
    private static final Path MAIN = Path.of("src/main");

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new HashSet<>();
        Pattern call = Pattern.compile("Messages\\.get\\(\"([^\"]+)\"");
        for (Path source : files(MAIN.resolve("java"), ".java")) {
            Matcher m = call.matcher(Files.readString(source));
            while (m.find()) {
                String key = m.group(1);
                // Keys built at run time end with a dot ("staff.field." + id); their parts are checked by use.
                if (!key.endsWith(".") && !bundle.containsKey(key)) {
                    missing.add(key + " (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void fxmlTextIsReadRawSoItMustNotUseMessageFormatSyntax() throws IOException {
        Properties bundle = bundle();
        Pattern reference = Pattern.compile("\"%([^\"]+)\"");
        for (Path fxml : files(MAIN.resolve("resources"), ".fxml")) {
            Matcher m = reference.matcher(Files.readString(fxml));
            while (m.find()) {
                String text = bundle.getProperty(m.group(1));
                assertThat(text).as("%s in %s", m.group(1), fxml.getFileName()).isNotNull()
                        .doesNotContain("''").doesNotContain("{0}");
            }
        }
    }

    @Test
    void eachKeyIsDefinedOnceSoNoMessageSilentlyReplacesAnother() throws IOException {
        Path file = MAIN.resolve("resources/uk/supervisiondesk/ui/messages.properties");
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher key = Pattern.compile("^([A-Za-z0-9_.]+)\\s*=").matcher(line);
            if (key.find() && !seen.add(key.group(1))) {
                twice.add(key.group(1));
            }
        }
        assertThat(twice).as("keys defined more than once").isEmpty();
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/uk/supervisiondesk/ui/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    private static java.util.List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
