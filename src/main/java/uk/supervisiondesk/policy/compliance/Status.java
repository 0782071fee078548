package uk.supervisiondesk.policy.compliance;

/**
 * A supervisee's dashboard status, worst first wins. How each is reached:
 * <ul>
 * <li>{@code ESCALATE}: formal supervision is overdue by more than the pack's rebooking window
 *     ({@code missedSessions.rescheduleWithin}, Sandwell App. 1), or a missed session has not been
 *     made good: no new date once the window has passed, a new date outside the window once it
 *     has passed, or a new date that came and went without the session being held. The
 *     supervisor's manager must be told.</li>
 * <li>{@code OVERDUE}: something is past its date: the next formal session, a record's sharing or
 *     signing deadline, the agreement review, an ASYE milestone, an agreed action, another
 *     session rhythm (e.g. personal reflective supervision) or a case discussion.</li>
 * <li>{@code DUE_SOON}: one of those dates falls within the pack's {@code dueSoonWithin} of today;
 *     a missed session is still inside its rebooking window; a gap was exceeded and the record
 *     gives no reason; a booked session is past but not marked held or postponed; observations
 *     are short and the observation year ends within {@code dueSoonWithin}.</li>
 * <li>{@code ON_TRACK}: none of the above.</li>
 * </ul>
 */
public enum Status {
    ON_TRACK("on_track"), DUE_SOON("due_soon"), OVERDUE("overdue"), ESCALATE("escalate");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The stable name for CSV returns and the UI: on_track, due_soon, overdue, escalate. */
    public String key() {
        return key;
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
