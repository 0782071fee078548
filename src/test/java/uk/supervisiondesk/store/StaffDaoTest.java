package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.testing.TestData;

class StaffDaoTest {
    @TempDir
    java.nio.file.Path dir;
    private DeskDatabase db;
    private StaffDao staff;

    @BeforeEach
    void open() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        staff = db.dao(StaffDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFrontSheetFieldSurvivesARoundTrip() {
        Supervisee original = TestData.fullSupervisee("E1001", "Jo", "Bloggs");
        Supervisee saved = staff.save(original);

        assertThat(saved.id()).isNotNull();
        Supervisee loaded = staff.findById(saved.id()).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().ignoringFields("id").isEqualTo(original);
        assertThat(loaded.employment().hoursPerWeek()).isEqualByComparingTo("22.5");
    }

    @Test
    void updatingReplacesTheRoleHistory() {
        Supervisee saved = staff.save(TestData.fullSupervisee("E1001", "Jo", "Bloggs"));
        Supervisee leaver = new Supervisee(saved.id(), saved.employeeNumber(), saved.personal(),
                withLeavingDate(saved.employment(), LocalDate.of(2026, 10, 30)), saved.emergencyContact(),
                List.of(new RoleAssignment(Role.SENIOR_SOCIAL_WORKER, LocalDate.of(2019, 9, 2),
                        LocalDate.of(2026, 10, 30))));

        staff.save(leaver);

        Supervisee loaded = staff.findById(saved.id()).orElseThrow();
        assertThat(loaded.roleHistory()).containsExactly(leaver.roleHistory().get(0));
        assertThat(loaded.isLeaverOn(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(staff.count()).isEqualTo(1);
    }

    @Test
    void anEmployeeNumberBelongsToOnePersonWhateverItsCase() {
        staff.save(TestData.fullSupervisee("ab-12", "Jo", "Bloggs"));

        assertThatThrownBy(() -> staff.save(TestData.fullSupervisee("AB-12", "Sam", "Smith")))
                .isInstanceOf(EmployeeNumberTakenException.class)
                .hasMessageContaining("Jo Bloggs");
        assertThat(staff.findAll()).extracting(Supervisee::fullName).containsExactly("Jo Bloggs");
    }

    @Test
    void aFailedSaveLeavesNothingHalfWritten() {
        Supervisee saved = staff.save(TestData.fullSupervisee("E1", "Jo", "Bloggs"));
        // A role name longer than the column allows fails after the supervisee row was updated.
        Supervisee broken = new Supervisee(saved.id(), "E1", saved.personal(),
                withTeam(saved.employment(), "A team name that is far, far longer than the one hundred and twenty "
                        + "characters the register allows for a team, so the database refuses it"),
                saved.emergencyContact(), saved.roleHistory());

        assertThatThrownBy(() -> staff.save(broken)).isInstanceOf(RuntimeException.class);

        Supervisee after = staff.findById(saved.id()).orElseThrow();
        assertThat(after).isEqualTo(saved);
    }

    @Test
    void listsEveryoneSortedBySurname() {
        staff.save(TestData.fullSupervisee("E2", "Zoe", "Young"));
        staff.save(TestData.fullSupervisee("E1", "Amir", "Ahmed"));
        staff.save(TestData.fullSupervisee("E3", "Ben", "Morris"));
        assertThat(staff.findAll()).extracting(s -> s.personal().surname()).containsExactly("Ahmed", "Morris", "Young");
    }

    private static Employment withLeavingDate(Employment e, LocalDate leaving) {
        return new Employment(e.jobTitle(), e.team(), e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(),
                e.employmentStart(), e.currentPostStart(), e.supervisorName(), e.asyeStart(), leaving);
    }

    private static Employment withTeam(Employment e, String team) {
        return new Employment(e.jobTitle(), team, e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(),
                e.employmentStart(), e.currentPostStart(), e.supervisorName(), e.asyeStart(), e.leavingDate());
    }
}
