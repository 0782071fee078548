package uk.supervisiondesk.policy.compliance;

/**
 * One reason behind a status, in plain words a manager can act on, naming the policy section.
 * Findings at {@link Status#ON_TRACK} are notes: worth showing, needing nothing done.
 */
public record Finding(Status level, String text) {
}
