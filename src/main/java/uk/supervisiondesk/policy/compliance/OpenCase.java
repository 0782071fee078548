package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Objects;
import uk.supervisiondesk.domain.CaseType;

/**
 * A case the supervisee holds, by reference number only, with its type.
 *
 * @param openedOn        when the case (or its current type) began; step frequencies count from here
 * @param lastDiscussedOn the last supervision discussion of it; null if never
 */
public record OpenCase(String reference, CaseType type, LocalDate openedOn, LocalDate lastDiscussedOn) {

    public OpenCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(openedOn, "openedOn");
        reference = reference == null ? "" : reference.strip();
    }
}
