package uk.supervisiondesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.domain.SuperviseeField.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.testing.TestData;

class SuperviseeFormViewModelTest {
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/London"))
            .toInstant(), ZoneId.of("Europe/London"));
    private final SuperviseeFormViewModel form = new SuperviseeFormViewModel(clock);

    private void fillMinimum() {
        form.text(EMPLOYEE_NUMBER).set("E2001");
        form.text(FORENAMES).set("Priya");
        form.text(SURNAME).set("Shah");
        form.text(TEAM).set("Children in Care Team");
        form.roleProperty().set(Role.SOCIAL_WORKER);
        form.text(EMPLOYMENT_START).set("07/09/2026");
    }

    @Test
    void loadingAndSavingUnchangedGivesBackTheSameSupervisee() {
        Supervisee original = TestData.fullSupervisee("E1", "Jo", "Bloggs").withId(7);
        form.load(original);
        assertThat(form.isDirty()).isFalse();
        assertThat(form.validatedSupervisee()).contains(original);
    }

    @Test
    void aNewFrontSheetBuildsTheCurrentRoleFromItsStartDate() {
        form.startNew("Alex Morgan");
        fillMinimum();
        Supervisee built = form.validatedSupervisee().orElseThrow();
        assertThat(built.roleHistory()).containsExactly(
                new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2026, 9, 7), null));
        assertThat(built.employment().supervisorName()).isEqualTo("Alex Morgan");
        assertThat(built.id()).isNull();
    }

    @Test
    void requiredFieldMessagesWaitForTheFirstSaveButBadDatesShowAtOnce() {
        form.startNew("");
        form.text(FORENAMES).set("Priya");
        assertThat(form.error(SURNAME).get()).isEmpty();

        form.text(DATE_OF_BIRTH).set("31/02/1990");
        assertThat(form.error(DATE_OF_BIRTH).get()).contains("\"31/02/1990\" is not a real date");

        assertThat(form.validatedSupervisee()).isEmpty();
        assertThat(form.error(SURNAME).get()).isEqualTo("Enter their surname.");
        assertThat(form.error(EMPLOYEE_NUMBER).get()).isNotEmpty();
        assertThat(form.error(ROLE).get()).isEqualTo("Choose the role they hold now.");
        assertThat(form.firstProblem()).contains(EMPLOYEE_NUMBER);
    }

    @Test
    void partTimeNeedsHoursAsANumber() {
        form.startNew("");
        fillMinimum();
        form.partTimeProperty().set(true);
        assertThat(form.validatedSupervisee()).isEmpty();
        assertThat(form.error(HOURS_PER_WEEK).get()).contains("part-time hours");
        form.text(HOURS_PER_WEEK).set("twenty");
        assertThat(form.error(HOURS_PER_WEEK).get()).contains("is not a number");
        form.text(HOURS_PER_WEEK).set("22,5");
        assertThat(form.validatedSupervisee()).get().extracting(s -> s.employment().hoursPerWeek().toPlainString())
                .isEqualTo("22.5");
    }

    @Test
    void changingTheRoleKeepsTheOldOneInTheHistory() {
        Supervisee original = TestData.fullSupervisee("E1", "Jo", "Bloggs").withId(3);
        form.load(original);
        form.roleProperty().set(Role.ADVANCED_PRACTITIONER);

        assertThat(form.validatedSupervisee()).isEmpty();
        assertThat(form.error(CURRENT_POST_START).get()).contains("Enter the date the new role started");

        form.text(CURRENT_POST_START).set("02/11/2026");
        Supervisee promoted = form.validatedSupervisee().orElseThrow();
        assertThat(promoted.roleHistory()).containsExactly(
                new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2019, 9, 2), LocalDate.of(2022, 4, 3)),
                new RoleAssignment(Role.SENIOR_SOCIAL_WORKER, LocalDate.of(2022, 4, 4), LocalDate.of(2026, 11, 1)),
                new RoleAssignment(Role.ADVANCED_PRACTITIONER, LocalDate.of(2026, 11, 2), null));
    }

    @Test
    void earlierRolesAreAddedInDateOrderAndChecked() {
        form.startNew("");
        fillMinimum();
        form.earlierRoleProperty().set(Role.STUDENT_SOCIAL_WORKER);
        form.earlierFromProperty().set("01/02/2026");
        form.earlierToProperty().set("31/01/2026");
        assertThat(form.addEarlierRole()).isFalse();
        assertThat(form.earlierRoleErrorProperty().get()).contains("cannot end before it starts");

        form.earlierToProperty().set("30/06/2026");
        assertThat(form.addEarlierRole()).isTrue();
        assertThat(form.earlierRoles()).hasSize(1);
        assertThat(form.isDirty()).isTrue();
        // The student placement began before employment started: the rules say so.
        form.text(EMPLOYMENT_START).set("01/02/2026");
        form.text(CURRENT_POST_START).set("07/09/2026");
        assertThat(form.validatedSupervisee()).get().extracting(Supervisee::roleHistory)
                .asList().hasSize(2);
    }

    @Test
    void revertPutsBackWhatWasLoaded() {
        Supervisee original = TestData.fullSupervisee("E1", "Jo", "Bloggs").withId(3);
        form.load(original);
        form.text(SURNAME).set("Changed");
        assertThat(form.isDirty()).isTrue();
        form.revert();
        assertThat(form.text(SURNAME).get()).isEqualTo("Bloggs");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void typingBackTheOriginalValueIsNotAChange() {
        form.load(TestData.fullSupervisee("E1", "Jo", "Bloggs").withId(3));
        form.text(SURNAME).set("Bloggsx");
        form.text(SURNAME).set("Bloggs");
        assertThat(form.isDirty()).isFalse();
    }
}
