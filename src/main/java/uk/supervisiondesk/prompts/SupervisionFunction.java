package uk.supervisiondesk.prompts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four functions of supervision in the 4x4x4 model (Morrison 2005; Sandwell, Southwark 2).
 * Sandwell calls development "performance and development" and support "motivation and support";
 * the product uses the short names.
 */
public enum SupervisionFunction {
    MANAGEMENT("management", "Management"),
    DEVELOPMENT("development", "Development"),
    SUPPORT("support", "Support"),
    MEDIATION("mediation", "Mediation");

    private final String key;
    private final String title;

    SupervisionFunction(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<SupervisionFunction> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
