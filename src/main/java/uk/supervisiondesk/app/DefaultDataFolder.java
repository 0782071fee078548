package uk.supervisiondesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import uk.supervisiondesk.store.DataFolder;

/**
 * Where each operating system expects per-user application data. The environment variable
 * SUPERVISION_DESK_DATA_DIR overrides it (handy with `mvnw javafx:run`, which cannot pass
 * arguments), and --data-dir overrides both.
 */
public final class DefaultDataFolder {
    public static final String ENVIRONMENT_VARIABLE = "SUPERVISION_DESK_DATA_DIR";

    private DefaultDataFolder() {
    }

    public static DataFolder resolve() {
        return resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static DataFolder resolve(Map<String, String> env, String osName, String home) {
        String override = env.get(ENVIRONMENT_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new DataFolder(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return new DataFolder(base.resolve("SupervisionDesk"));
        }
        if (os.contains("mac")) {
            return new DataFolder(Path.of(home, "Library", "Application Support", "SupervisionDesk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new DataFolder(base.resolve("supervision-desk"));
    }
}
