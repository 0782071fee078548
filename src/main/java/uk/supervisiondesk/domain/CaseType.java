package uk.supervisiondesk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of open case whose discussion in supervision has its own frequency
 * (Sandwell, "Frequency of case work discussion"; Sefton 7.1 and 7.3). Packs name them by {@link #key()}.
 */
public enum CaseType {
    TARGETED_SERVICES("targeted-services", "Targeted services"),
    SINGLE_ASSESSMENT("single-assessment", "Single assessment"),
    CHILD_PROTECTION("child-protection", "Child protection"),
    CHILD_IN_NEED("child-in-need", "Child in need"),
    LOOKED_AFTER("looked-after", "Looked-after child"),
    CARE_LEAVER("care-leaver", "Care leaver"),
    /** A cared-for child in a long-term foster home whose visits are down to 12 or 26 weeks. */
    PERMANENCE_ACHIEVED("permanence-achieved", "Permanence achieved (long-term foster care)"),
    /** A child supported by a complex-needs review hub whose package is reviewed every 6 to 12 months. */
    COMPLEX_NEEDS_REVIEW("complex-needs-review", "Complex needs, reviewed package"),
    FOSTER_CARER("foster-carer", "Foster carer");

    private final String key;
    private final String displayName;

    CaseType(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CaseType> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
