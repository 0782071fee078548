package uk.supervisiondesk.policy.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A suggested answer to one item of the supervision file audit, for the auditor to confirm or
 * change: yes or no, and a comment saying what the app found.
 */
public record AuditSuggestion(boolean yes, String comment) {
    /** The answers as the audit's checklist stores them. */
    public static final String YES = "Yes";
    public static final String NO = "No";

    public AuditSuggestion {
        Objects.requireNonNull(comment, "comment");
    }

    public String answer() {
        return yes ? YES : NO;
    }

    /** One checklist item's stored value: {@code {answer, comment}}. */
    public Map<String, Object> checklistEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("answer", answer());
        entry.put("comment", comment);
        return entry;
    }
}
