package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultDataFolderTest {
    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DefaultDataFolder.resolve(Map.of(), "Linux", "/home/jo").root())
                .isEqualTo(Path.of("/home/jo/.local/share/supervision-desk"));
        assertThat(DefaultDataFolder.resolve(Map.of("XDG_DATA_HOME", "/data/jo"), "Linux", "/home/jo").root())
                .isEqualTo(Path.of("/data/jo/supervision-desk"));
        assertThat(DefaultDataFolder.resolve(Map.of(), "Mac OS X", "/Users/jo").root())
                .isEqualTo(Path.of("/Users/jo/Library/Application Support/SupervisionDesk"));
        assertThat(DefaultDataFolder.resolve(Map.of("APPDATA", "/c/Users/jo/AppData/Roaming"), "Windows 11",
                "/c/Users/jo").root()).isEqualTo(Path.of("/c/Users/jo/AppData/Roaming/SupervisionDesk"));
        assertThat(DefaultDataFolder.resolve(Map.of(DefaultDataFolder.ENVIRONMENT_VARIABLE, "/tmp/desk"), "Linux",
                "/home/jo").root()).isEqualTo(Path.of("/tmp/desk"));
    }
}
