package uk.supervisiondesk.store;

import java.time.LocalDate;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;

/** One row of the role_assignment table; the role is stored by its stable key. */
public record RoleAssignmentRow(long superviseeId, String role, LocalDate fromDate, LocalDate toDate) {

    static RoleAssignmentRow of(long superviseeId, RoleAssignment r) {
        return new RoleAssignmentRow(superviseeId, r.role().key(), r.from(), r.to());
    }

    RoleAssignment toAssignment() {
        Role parsed = Role.parse(role)
                .orElseThrow(() -> new IllegalStateException("Unknown role '" + role + "' in the database"));
        return new RoleAssignment(parsed, fromDate, toDate);
    }
}
