package uk.supervisiondesk.policy.pack;

/** A dated ASYE event such as the 3-month review, due {@code at} after the ASYE start. */
public record AsyeMilestone(String key, String name, Span at, String source) {
}
