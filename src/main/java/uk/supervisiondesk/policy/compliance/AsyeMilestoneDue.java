package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;

/** An ASYE milestone from the pack, its due date (a working day) and whether it has happened. */
public record AsyeMilestoneDue(String key, String name, LocalDate dueOn, Optional<LocalDate> doneOn,
                               long daysOverdue, String source) {
}
