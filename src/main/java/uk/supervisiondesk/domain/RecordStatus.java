package uk.supervisiondesk.domain;

/** Where a record is in its life: being written (saved as it is typed), or completed. */
public enum RecordStatus {
    /** Being written; every keystroke is kept. */
    DRAFT,
    /** Finished by the supervisor: required fields filled, actions reviewed. */
    COMPLETE
}
