package uk.supervisiondesk.policy.pack;

/** How long a leaver's supervision file is kept after the leaving date (Sefton 10). */
public record RetentionRule(Span afterLeaving, String source) {
}
