package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A postponed or cancelled session not yet made good by a held one (Sandwell App. 3).
 *
 * @param reportBy the end of the rebooking window: by then it must be held or reported
 * @param escalate true when it must now go to the supervisor's manager
 */
public record MissedSessionFollowUp(LocalDate missedOn, Optional<LocalDate> newDate, String reason,
                                    LocalDate reportBy, boolean escalate, String why) {
}
