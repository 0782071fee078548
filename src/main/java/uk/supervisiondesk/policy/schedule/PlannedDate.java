package uk.supervisiondesk.policy.schedule;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;

/**
 * One date in a generated schedule.
 *
 * @param movedFrom the date the rule gave, when that was a weekend or bank holiday and the
 *                  session was moved back to the working day before
 */
public record PlannedDate(LocalDate date, SessionKind kind, String what, String rule, Optional<LocalDate> movedFrom) {
}
