package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role held between two dates, inclusive. The current role has no end date.
 */
public record RoleAssignment(Role role, LocalDate from, LocalDate to) {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
