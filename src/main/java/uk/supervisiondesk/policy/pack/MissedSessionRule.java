package uk.supervisiondesk.policy.pack;

/**
 * A missed session must be rebooked and held within this window, or both parties report it to
 * the supervisor's manager (Sandwell App. 1 "Cancellation", App. 3 monitoring sheet).
 */
public record MissedSessionRule(Span rescheduleWithin, String source) {
}
