package uk.supervisiondesk.policy.compliance;

/**
 * One reason behind a status, in plain words a manager can act on, naming the policy section.
 * Findings at {@link Status#ON_TRACK} are notes: worth showing, needing nothing done.
 */
public record Finding(Topic topic, Status level, String text) {

    /** What a finding is about, so the dashboard can group and the supervision file can link. */
    public enum Topic {
        NEXT_SESSION, LAST_GAP, MONITORING, RECORDS, AGREEMENT, OBSERVATIONS, ASYE, ACTIONS, MISSED_SESSION,
        OTHER_SESSIONS, CASE_DISCUSSION, RETENTION, FILING
    }
}
