package uk.supervisiondesk.prompts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a group of questions is about, so the prompts panel can put related groups under one
 * heading: the four stages, the four functions, the four stakeholders, difference and power (the
 * social GRRAACCEESS), responding to emotion, and groups a user has added.
 */
public enum GroupKind {
    STAGE("stage", "The reflective cycle"),
    FUNCTION("function", "The four functions"),
    STAKEHOLDER("stakeholder", "The four stakeholders"),
    DIFFERENCE("difference", "Difference and power"),
    EMOTION("emotion", "Responding to emotion"),
    /** Only in a user's own file: groups they add. */
    OWN("own", "Your own questions");

    private final String key;
    private final String heading;

    GroupKind(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    public String key() {
        return key;
    }

    /** The heading the panel shows above groups of this kind. */
    public String heading() {
        return heading;
    }

    public static Optional<GroupKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
