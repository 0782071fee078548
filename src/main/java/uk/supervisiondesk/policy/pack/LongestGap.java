package uk.supervisiondesk.policy.pack;

/** However a role's frequency is set, sessions are never further apart than this (Sefton 3.2). */
public record LongestGap(Span atMost, String source) {
}
