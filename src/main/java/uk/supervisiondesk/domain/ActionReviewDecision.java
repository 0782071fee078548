package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a session decided about an action still open from before: done, carried forward (perhaps
 * to a new date), or dropped, which needs a reason.
 */
public record ActionReviewDecision(long actionId, Outcome outcome, String note, LocalDate newDueBy) {

    public enum Outcome { DONE, CARRIED_FORWARD, DROPPED }

    public ActionReviewDecision {
        Objects.requireNonNull(outcome, "outcome");
        note = Text.orEmpty(note);
    }
}
