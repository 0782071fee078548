package uk.supervisiondesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the Maven project version. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
