package uk.supervisiondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.testing.TestData;

class SuperviseeRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCompleteFrontSheetPasses() {
        assertThat(SuperviseeRules.check(TestData.fullSupervisee("E1", "Jo", "Bloggs"), TODAY)).isEmpty();
    }

    @Test
    void eachRequiredFieldIsNamed() {
        Supervisee empty = new Supervisee(null, "", new PersonalDetails("", "", "", "", null, "", "", ""),
                new Employment("", "", "", "", null, null, null, "", null, null), null, List.of());
        assertThat(SuperviseeRules.check(empty, TODAY)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                SuperviseeField.EMPLOYEE_NUMBER, SuperviseeField.FORENAMES, SuperviseeField.SURNAME,
                SuperviseeField.TEAM, SuperviseeField.ROLE, SuperviseeField.EMPLOYMENT_START);
    }

    @Test
    void theLeavingDateMustComeAfterTheStart() {
        Supervisee s = with(TestData.fullSupervisee("E1", "Jo", "Bloggs"), LocalDate.of(2019, 9, 2), null);
        assertThat(SuperviseeRules.check(s, TODAY)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(SuperviseeField.LEAVING_DATE);
            assertThat(p.message()).contains("after the employment start date (02/09/2019)");
        });
    }

    @Test
    void overlappingRolesAreExplained() {
        Supervisee base = TestData.fullSupervisee("E1", "Jo", "Bloggs");
        Supervisee overlapping = new Supervisee(null, "E1", base.personal(), base.employment(), null, List.of(
                new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2019, 9, 2), LocalDate.of(2022, 6, 1)),
                new RoleAssignment(Role.SENIOR_SOCIAL_WORKER, LocalDate.of(2022, 4, 4), null)));
        assertThat(SuperviseeRules.check(overlapping, TODAY)).extracting(FieldProblem::message)
                .singleElement().asString()
                .isEqualTo("The roles Social Worker and Senior Social Worker overlap: Social Worker must end before "
                        + "04/04/2022. Correct the earlier role's end date.");
    }

    @Test
    void anAsyeIsOnlyForSocialWorkers() {
        Supervisee base = TestData.fullSupervisee("E1", "Jo", "Bloggs");
        Supervisee support = new Supervisee(null, "E1", base.personal(), new Employment("Family Support Worker",
                "Team", "", "", null, LocalDate.of(2024, 1, 8), null, "", LocalDate.of(2024, 1, 8), null), null,
                List.of(new RoleAssignment(Role.SUPPORT_WORKER, LocalDate.of(2024, 1, 8), null)));
        assertThat(SuperviseeRules.check(support, TODAY)).extracting(FieldProblem::field)
                .containsExactly(SuperviseeField.ASYE_START);
    }

    @Test
    void partTimeHoursMustBeSensible() {
        Supervisee base = TestData.fullSupervisee("E1", "Jo", "Bloggs");
        Employment e = base.employment();
        Supervisee tooMany = new Supervisee(null, "E1", base.personal(), new Employment(e.jobTitle(), e.team(), "",
                "", new BigDecimal("75"), e.employmentStart(), e.currentPostStart(), "", null, null), null,
                base.roleHistory());
        assertThat(SuperviseeRules.check(tooMany, TODAY)).extracting(FieldProblem::field)
                .containsExactly(SuperviseeField.HOURS_PER_WEEK);
    }

    @Test
    void aDateOfBirthInTheFutureIsATypingSlip() {
        Supervisee base = TestData.fullSupervisee("E1", "Jo", "Bloggs");
        PersonalDetails p = base.personal();
        Supervisee future = new Supervisee(null, "E1", new PersonalDetails(p.title(), p.forenames(), p.surname(),
                "", LocalDate.of(2030, 1, 1), "", "", ""), base.employment(), null, base.roleHistory());
        assertThat(SuperviseeRules.check(future, TODAY)).extracting(FieldProblem::field)
                .containsExactly(SuperviseeField.DATE_OF_BIRTH);
    }

    @Test
    void employeeNumbersAreLettersDigitsAndHyphens() {
        Supervisee base = TestData.fullSupervisee("E 1;", "Jo", "Bloggs");
        assertThat(SuperviseeRules.check(base, TODAY)).extracting(FieldProblem::field)
                .containsExactly(SuperviseeField.EMPLOYEE_NUMBER);
    }

    private static Supervisee with(Supervisee s, LocalDate leaving, LocalDate unused) {
        Employment e = s.employment();
        return new Supervisee(s.id(), s.employeeNumber(), s.personal(), new Employment(e.jobTitle(), e.team(),
                e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(), e.employmentStart(), null,
                e.supervisorName(), e.asyeStart(), leaving), s.emergencyContact(), List.of(
                new RoleAssignment(Role.SOCIAL_WORKER, e.employmentStart(), leaving)));
    }
}
