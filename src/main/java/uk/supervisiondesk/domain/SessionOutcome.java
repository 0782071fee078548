package uk.supervisiondesk.domain;

/**
 * What became of a booked session, as the monitoring sheet records it (Sandwell App. 3).
 * A rescheduled session is a postponed one that has a new date.
 */
public enum SessionOutcome {
    /** Booked and not yet happened. */
    PLANNED,
    /** Took place. */
    HELD,
    /** Did not take place on the day; may carry a new date and must carry a reason. */
    POSTPONED,
    /** Called off with no intention of rebooking it (for example the supervisee left). */
    CANCELLED
}
