package uk.supervisiondesk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a supervisee can hold. Policy packs set frequencies per role by {@link #key()};
 * a pack naming a role that is not listed here is refused, so the list is the shared vocabulary.
 * Being newly qualified (in the ASYE) is not a role: it follows from an ASYE start date.
 */
public enum Role {
    SOCIAL_WORKER("social-worker", "Social Worker", true),
    SENIOR_SOCIAL_WORKER("senior-social-worker", "Senior Social Worker", true),
    ADVANCED_PRACTITIONER("advanced-practitioner", "Advanced Practitioner", true),
    STUDENT_SOCIAL_WORKER("student-social-worker", "Student Social Worker", false),
    ASSISTANT_TEAM_MANAGER("assistant-team-manager", "Assistant Team Manager", true),
    TEAM_MANAGER("team-manager", "Team Manager", true),
    SERVICE_MANAGER("service-manager", "Service Manager", true),
    PERSONAL_ADVISOR("personal-advisor", "Personal Advisor", false),
    SUPPORT_WORKER("support-worker", "Support Worker", false),
    BUSINESS_SUPPORT("business-support", "Business Support", false),
    RESIDENTIAL_WORKER("residential-worker", "Residential Worker", false),
    AGENCY_RESIDENTIAL_WORKER("agency-residential-worker", "Agency Residential Worker", false);

    private final String key;
    private final String displayName;
    private final boolean registeredSocialWorker;

    Role(String key, String displayName, boolean registeredSocialWorker) {
        this.key = key;
        this.displayName = displayName;
        this.registeredSocialWorker = registeredSocialWorker;
    }

    /** The stable name used in policy packs, CSV files and the database. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the role needs Social Work England registration, and so can have an ASYE. */
    public boolean isRegisteredSocialWorker() {
        return registeredSocialWorker;
    }

    /** Matches a key or a display name, ignoring case, spaces, hyphens and underscores. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalise(text);
        return Arrays.stream(values())
                .filter(r -> normalise(r.key).equals(wanted) || normalise(r.displayName).equals(wanted))
                .findFirst();
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
