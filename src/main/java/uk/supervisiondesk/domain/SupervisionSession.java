package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the monitoring sheet (Sandwell App. 3) joined with what happened to its record.
 *
 * @param date          the day the session was booked for, or held on
 * @param rescheduledTo for a postponed session, the new date agreed; null if none yet
 * @param reason        why it was postponed or cancelled; empty otherwise
 * @param gapReason     why the gap since the previous session was longer than agreed (Sefton App. 3 asks);
 *                      empty when not needed or not yet given
 * @param sharedOn      the day a copy of the record reached the supervisee; null until then
 * @param signedOn      the day the record carried both signatures; null until then
 */
public record SupervisionSession(
        LocalDate date,
        SessionKind kind,
        SessionOutcome outcome,
        LocalDate rescheduledTo,
        String reason,
        String gapReason,
        LocalDate sharedOn,
        LocalDate signedOn) {

    public SupervisionSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        reason = Text.orEmpty(reason);
        gapReason = Text.orEmpty(gapReason);
    }

    public static SupervisionSession held(LocalDate date, SessionKind kind) {
        return new SupervisionSession(date, kind, SessionOutcome.HELD, null, "", "", null, null);
    }

    public static SupervisionSession planned(LocalDate date, SessionKind kind) {
        return new SupervisionSession(date, kind, SessionOutcome.PLANNED, null, "", "", null, null);
    }

    public static SupervisionSession postponed(LocalDate date, SessionKind kind, String reason, LocalDate newDate) {
        return new SupervisionSession(date, kind, SessionOutcome.POSTPONED, newDate, reason, "", null, null);
    }

    public SupervisionSession withRecord(LocalDate shared, LocalDate signed) {
        return new SupervisionSession(date, kind, outcome, rescheduledTo, reason, gapReason, shared, signed);
    }

    public SupervisionSession withGapReason(String why) {
        return new SupervisionSession(date, kind, outcome, rescheduledTo, reason, why, sharedOn, signedOn);
    }

    public boolean wasHeld() {
        return outcome == SessionOutcome.HELD;
    }

    /** Postponed or cancelled: the session did not take place on its date. */
    public boolean wasMissed() {
        return outcome == SessionOutcome.POSTPONED || outcome == SessionOutcome.CANCELLED;
    }

    public Optional<LocalDate> newDate() {
        return Optional.ofNullable(rescheduledTo);
    }
}
