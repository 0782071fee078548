package uk.supervisiondesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.domain.SuperviseeField.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.ImmediateTaskRunner;
import uk.supervisiondesk.testing.ScriptedDialogs;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.StatusMessages;

/** The register's rules for saving and moving between people, against a real encrypted database. */
class StaffViewModelTest {
    @TempDir
    Path dir;
    private DeskDatabase db;
    private StaffRegister staff;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StaffViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        staff = new StaffRegister(db, Clock.systemDefaultZone());
        staff.save(TestData.fullSupervisee("E1", "Jo", "Bloggs"));
        staff.save(TestData.fullSupervisee("E2", "Sam", "Smith"));
        Clock clock = Clock.systemDefaultZone();
        model = new StaffViewModel(new StaffListViewModel(clock), new SuperviseeFormViewModel(clock), staff,
                new ImmediateTaskRunner(), dialogs, new StatusMessages(clock), () -> "Alex Morgan");
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void savingANewSuperviseeStoresItAndListsIt() {
        model.startNew();
        SuperviseeFormViewModel form = model.form();
        form.text(EMPLOYEE_NUMBER).set("E3");
        form.text(FORENAMES).set("Kiran");
        form.text(SURNAME).set("Patel");
        form.text(TEAM).set("Leaving Care Team");
        form.roleProperty().set(Role.PERSONAL_ADVISOR);
        form.text(EMPLOYMENT_START).set("01/10/2025");
        model.save();

        assertThat(staff.findAll()).extracting(s -> s.fullName()).contains("Kiran Patel");
        assertThat(model.list().allRows()).extracting(StaffRow::name).contains("Patel, Kiran");
        assertThat(model.openProperty().get().name()).isEqualTo("Patel, Kiran");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void aDuplicateEmployeeNumberIsShownBesideTheFieldAndNothingIsSaved() {
        model.startNew();
        SuperviseeFormViewModel form = model.form();
        form.text(EMPLOYEE_NUMBER).set("e1");
        form.text(FORENAMES).set("Kiran");
        form.text(SURNAME).set("Patel");
        form.text(TEAM).set("Leaving Care Team");
        form.roleProperty().set(Role.PERSONAL_ADVISOR);
        form.text(EMPLOYMENT_START).set("01/10/2025");
        model.save();

        assertThat(form.error(EMPLOYEE_NUMBER).get()).contains("already belongs to Jo Bloggs");
        assertThat(staff.count()).isEqualTo(2);
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void movingAwayFromUnsavedChangesAsksAndCancelKeepsThem() {
        model.open(model.list().allRows().get(0));
        model.form().text(SURNAME).set("Bloggs-Brown");
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);

        model.open(model.list().allRows().get(1));

        assertThat(dialogs.asked).containsExactly("Jo Bloggs");
        assertThat(model.form().text(SURNAME).get()).isEqualTo("Bloggs-Brown");
        assertThat(model.openProperty().get().name()).isEqualTo("Bloggs, Jo");
    }

    @Test
    void choosingSaveSavesThenMovesOn() {
        model.open(model.list().allRows().get(0));
        model.form().text(SURNAME).set("Bloggs-Brown");
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.SAVE);

        model.open(model.list().find(staff.findAll().get(1).id()).orElseThrow());

        assertThat(staff.findAll()).extracting(s -> s.personal().surname()).contains("Bloggs-Brown");
        assertThat(model.form().text(SURNAME).get()).isEqualTo("Smith");
    }

    @Test
    void choosingDiscardDropsTheChangesOnlyWhenTheUserSaysSo() {
        model.open(model.list().allRows().get(0));
        model.form().text(SURNAME).set("Bloggs-Brown");
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        List<String> left = new ArrayList<>();

        model.whenSettled(() -> left.add("left"));

        assertThat(left).containsExactly("left");
        assertThat(staff.findAll()).extracting(s -> s.personal().surname()).containsExactly("Bloggs", "Smith");
    }

    @Test
    void theListFiltersByTeamRoleStatusAndSearch() {
        StaffListViewModel list = model.list();
        assertThat(list.shownRows()).hasSize(2);
        list.searchProperty().set("sam");
        assertThat(list.shownRows()).extracting(StaffRow::name).containsExactly("Smith, Sam");
        list.searchProperty().set("");
        list.roleProperty().set(list.roleChoices().stream().filter(c -> c.value() == Role.TEAM_MANAGER)
                .findFirst().orElseThrow());
        assertThat(list.shownRows()).isEmpty();
        list.roleProperty().set(list.roleChoices().get(0));
        list.statusProperty().set(StaffListViewModel.Status.LEAVERS);
        assertThat(list.shownRows()).isEmpty();
        list.statusProperty().set(StaffListViewModel.Status.ALL);
        assertThat(list.teamChoices()).extracting(c -> c.label()).containsExactly("All teams", "Children in Care Team");
        assertThat(list.countText().get()).isEqualTo("Showing 2 of 2");
    }
}
