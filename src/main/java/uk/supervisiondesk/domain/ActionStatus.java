package uk.supervisiondesk.domain;

/** What became of an agreed action. Carrying it forward keeps it open for the next session. */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
