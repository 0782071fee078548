package uk.supervisiondesk.prompts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four stakeholders in the 4x4x4 model: the people with an interest in what supervision
 * decides (Sandwell: service users, supervisee, organisation, partners).
 */
public enum Stakeholder {
    SERVICE_USERS("service-users", "Children and families"),
    STAFF("staff", "The worker"),
    ORGANISATION("organisation", "The organisation"),
    PARTNERS("partners", "Partner agencies");

    private final String key;
    private final String title;

    Stakeholder(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<Stakeholder> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
