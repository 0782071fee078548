package uk.supervisiondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CI must run exactly the test command README.md gives users. */
class BuildContractTest {

    @Test
    void ciRunsTheReadmesTestCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String testCommand = readme.lines()
                .filter(line -> line.contains("# run all the tests"))
                .map(line -> line.substring(0, line.indexOf('#')).strip())
                .findFirst().orElseThrow(() -> new AssertionError("README.md names no test command"));

        List<String> ciCommands = Files.readAllLines(Path.of(".ci/run")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("set ")
                        && !line.startsWith("cd "))
                .toList();
        assertThat(ciCommands).containsExactly(testCommand);
    }
}
