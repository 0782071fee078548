package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff on the register, with the whole front sheet of their supervision file.
 *
 * @param id          the store's id, null until first saved
 * @param roleHistory every role held, oldest first; the last one is open-ended unless they left
 */
public record Supervisee(
        Long id,
        String employeeNumber,
        PersonalDetails personal,
        Employment employment,
        EmergencyContact emergencyContact,
        List<RoleAssignment> roleHistory) {

    public Supervisee {
        employeeNumber = Text.orEmpty(employeeNumber);
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(employment, "employment");
        emergencyContact = emergencyContact == null ? EmergencyContact.NONE : emergencyContact;
        roleHistory = roleHistory.stream().sorted(Comparator.comparing(RoleAssignment::from)).toList();
    }

    public Supervisee withId(long newId) {
        return new Supervisee(newId, employeeNumber, personal, employment, emergencyContact, roleHistory);
    }

    /** The most recent role: the one a supervisee holds now, or held when they left. */
    public Optional<Role> currentRole() {
        return roleHistory.isEmpty() ? Optional.empty() : Optional.of(roleHistory.get(roleHistory.size() - 1).role());
    }

    public Optional<Role> roleOn(LocalDate day) {
        return roleHistory.stream().filter(r -> r.covers(day)).map(RoleAssignment::role).findFirst();
    }

    public boolean isLeaverOn(LocalDate day) {
        return employment.hasLeftBy(day);
    }

    public String fullName() {
        return personal.fullName();
    }
}
