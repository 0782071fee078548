package uk.supervisiondesk.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;

/** One row of the supervisee table, column for column. */
public record SuperviseeRow(
        Long id,
        String employeeNumber,
        String title,
        String forenames,
        String surname,
        String previousNames,
        LocalDate dateOfBirth,
        String homeAddress,
        String homePhone,
        String mobilePhone,
        String jobTitle,
        String team,
        String workplaceAddress,
        String workMobile,
        BigDecimal hoursPerWeek,
        LocalDate employmentStart,
        LocalDate currentPostStart,
        String supervisorName,
        LocalDate asyeStart,
        LocalDate leavingDate,
        String emergencyName,
        String emergencyRelationship,
        String emergencyDaytimePhone,
        String emergencyEveningPhone,
        String emergencyMobilePhone,
        String emergencyAddress) {

    static SuperviseeRow of(Supervisee s) {
        PersonalDetails p = s.personal();
        Employment e = s.employment();
        EmergencyContact c = s.emergencyContact();
        return new SuperviseeRow(s.id(), s.employeeNumber(), p.title(), p.forenames(), p.surname(),
                p.previousNames(), p.dateOfBirth(), p.homeAddress(), p.homePhone(), p.mobilePhone(),
                e.jobTitle(), e.team(), e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(),
                e.employmentStart(), e.currentPostStart(), e.supervisorName(), e.asyeStart(), e.leavingDate(),
                c.name(), c.relationship(), c.daytimePhone(), c.eveningPhone(), c.mobilePhone(), c.address());
    }

    Supervisee toSupervisee(List<RoleAssignment> roles) {
        return new Supervisee(id, employeeNumber,
                new PersonalDetails(title, forenames, surname, previousNames, dateOfBirth, homeAddress,
                        homePhone, mobilePhone),
                new Employment(jobTitle, team, workplaceAddress, workMobile, hoursPerWeek, employmentStart,
                        currentPostStart, supervisorName, asyeStart, leavingDate),
                new EmergencyContact(emergencyName, emergencyRelationship, emergencyDaytimePhone,
                        emergencyEveningPhone, emergencyMobilePhone, emergencyAddress),
                roles);
    }
}
