package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The next formal session: when it is due, the latest day it may be held (both moved back to a
 * working day), the date booked for it if any, and how late it is.
 *
 * @param rule the rule that set the dates, in plain words with its source
 */
public record NextSessionDue(Optional<LocalDate> lastHeld, LocalDate dueOn, LocalDate latestOn,
                             Optional<LocalDate> plannedOn, long daysOverdue, String rule) {

    public boolean isOverdue() {
        return daysOverdue > 0;
    }
}
