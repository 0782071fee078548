package uk.supervisiondesk.policy.pack;

/** Something a manager should know about the pack: where the policy is silent and what is used instead. */
public record PackNote(String section, String text) {

    @Override
    public String toString() {
        return section + ": " + text;
    }
}
