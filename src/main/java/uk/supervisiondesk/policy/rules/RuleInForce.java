package uk.supervisiondesk.policy.rules;

import uk.supervisiondesk.policy.pack.Frequency;

/**
 * The calendar frequency that governs formal supervision on a given day, with plain words
 * saying where it comes from ("ASYE: every 1 week (Sefton 3.12)").
 */
public record RuleInForce(Frequency.Every every, String description, String source) {

    /** The rule and its source in one phrase, for messages. */
    public String explained() {
        return description + " (" + source + ")";
    }
}
