package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.importing.ImportDatabase.fixture;

import java.nio.file.Path;
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

class StaffImportTest {
    private static final String HEADER = "Employee number,Forename,Surname,Role,Team,Start date,ASYE start date,"
            + "Leaving date";

    @TempDir
    Path dir;
    private ImportDatabase data;

    @BeforeEach
    void open() throws Exception {
        data = new ImportDatabase(dir);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aGoodStaffFileAddsEveryone() throws Exception {
        ImportResult result = data.importStaff(fixture("staff-good.csv"));

        assertThat(result.summary()).endsWith("staff-good.csv: 8 rows, 8 added, 0 updated, 0 unchanged.");
        assertThat(result.notes()).containsExactly("These columns are not imported and were ignored: \"Notes\".");
        assertThat(data.staff()).hasSize(8);
        assertThat(data.auditEntries()).isEqualTo(8);

        Supervisee sian = data.staff("E1001");
        assertThat(sian.personal().forenames()).isEqualTo("Siân");
        assertThat(sian.employment().team()).isEqualTo("Children in Care");
        assertThat(sian.employment().asyeStart()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(sian.roleHistory()).containsExactly(
                new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2023, 9, 1), null));

        assertThat(data.staff("E1002").personal().forenames()).isEqualTo("Zoë");
        assertThat(data.staff("E1002").employment().employmentStart()).isEqualTo(LocalDate.of(2015, 4, 7));
        assertThat(data.staff("E1003").currentRole()).contains(Role.PERSONAL_ADVISOR);
        assertThat(data.staff("E1003").employment().employmentStart()).isEqualTo(LocalDate.of(2019, 1, 3));
        assertThat(data.staff("E1006").personal().surname()).isEqualTo("Smith \"Danny\"");

        Supervisee leaver = data.staff("E1004");
        assertThat(leaver.employment().team()).isEqualTo("Referral and Assessment, North");
        assertThat(leaver.employment().leavingDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(leaver.roleHistory()).containsExactly(new RoleAssignment(Role.BUSINESS_SUPPORT,
                LocalDate.of(2017, 6, 12), LocalDate.of(2024, 3, 31)));
    }

    @Test
    void reImportingTheSameFileChangesNothingAndLeavesNoAuditEntries() throws Exception {
        data.importStaff(fixture("staff-good.csv"));
        List<Supervisee> before = data.staff();
        int auditBefore = data.auditEntries();

        ImportResult again = data.importStaff(fixture("staff-good.csv"));

        assertThat(again.summary()).endsWith(": 8 rows, 0 added, 0 updated, 8 unchanged.");
        assertThat(data.auditEntries()).isEqualTo(auditBefore);
        assertThat(data.staff()).isEqualTo(before);
    }

    @Test
    void rolesAreMatchedByNameIgnoringCaseSpacesAndHyphens() throws Exception {
        String[] roles = {"Social Worker", "Team Manager", "Service Manager", "Personal Advisor", "Personal Adviser",
                "Business Support", "Residential Worker", "Support Worker", "Student Social Worker", "social-worker",
                "TEAM MANAGER", "senior social worker", "Advanced Practitioner", "assistant_team_manager",
                "Agency Residential Worker"};
        String[] lines = new String[roles.length + 1];
        lines[0] = HEADER;
        for (int i = 0; i < roles.length; i++) {
            lines[i + 1] = "R" + i + ",A,B," + roles[i] + ",T,01/09/2020,,";
        }
        assertThat(data.importStaff(data.csv("roles.csv", lines)).added()).isEqualTo(roles.length);
        assertThat(data.staff("R4").currentRole()).contains(Role.PERSONAL_ADVISOR);
        assertThat(data.staff("R9").currentRole()).contains(Role.SOCIAL_WORKER);
        assertThat(data.staff("R13").currentRole()).contains(Role.ASSISTANT_TEAM_MANAGER);
    }

    @Test
    void aChangedRowUpdatesOnlyTheImportedFieldsAndKeepsTheRestOfTheFrontSheet() throws Exception {
        Supervisee stored = data.register.save(TestData.fullSupervisee("E77", "Jo", "Bloggs"));
        int auditBefore = data.auditEntries();

        ImportResult result = data.importStaff(data.csv("staff.csv", HEADER,
                "e77,Joanne,Bloggs,Senior Social Worker,Children in Care Team,02/09/2019,,31/07/2025"));

        assertThat(result.summary()).endsWith(": 1 row, 0 added, 1 updated, 0 unchanged.");
        assertThat(data.auditEntries()).isEqualTo(auditBefore + 1);
        Supervisee after = data.staff("E77");
        assertThat(after.personal().forenames()).isEqualTo("Joanne");
        assertThat(after.personal().homeAddress()).isEqualTo(stored.personal().homeAddress());
        assertThat(after.personal().dateOfBirth()).isEqualTo(stored.personal().dateOfBirth());
        assertThat(after.emergencyContact()).isEqualTo(stored.emergencyContact());
        Employment job = after.employment();
        assertThat(job.hoursPerWeek()).isEqualByComparingTo("22.5");
        assertThat(job.supervisorName()).isEqualTo("Alex Morgan");
        assertThat(job.leavingDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(after.roleHistory()).containsExactly(
                new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2019, 9, 2), LocalDate.of(2022, 4, 3)),
                new RoleAssignment(Role.SENIOR_SOCIAL_WORKER, LocalDate.of(2022, 4, 4), LocalDate.of(2025, 7, 31)));
    }

    @Test
    void theRoleHistoryFollowsAMovedStartDateAndACorrectedLeavingDate() throws Exception {
        data.importStaff(data.csv("first.csv", HEADER, "E9,Jo,Bloggs,Support Worker,T,01/09/2020,,31/03/2025"));
        assertThat(data.staff("E9").roleHistory()).containsExactly(
                new RoleAssignment(Role.SUPPORT_WORKER, LocalDate.of(2020, 9, 1), LocalDate.of(2025, 3, 31)));

        ImportResult result = data.importStaff(data.csv("second.csv", HEADER,
                "E9,Jo,Bloggs,Support Worker,T,07/09/2020,,"));

        assertThat(result.updated()).isEqualTo(1);
        Supervisee after = data.staff("E9");
        assertThat(after.employment().leavingDate()).isNull();
        assertThat(after.roleHistory()).containsExactly(
                new RoleAssignment(Role.SUPPORT_WORKER, LocalDate.of(2020, 9, 7), null));
    }

    @Test
    void aStartDateAfterTheFirstRoleEndedIsRefusedByTheFrontSheetRules() throws Exception {
        data.register.save(TestData.fullSupervisee("E77", "Jo", "Bloggs"));
        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER,
                "E77,Jo,Bloggs,Senior Social Worker,Children in Care Team,01/01/2023,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "line 2: The current post cannot start before their employment started (01/01/2023).",
                                "line 2: The role Social Worker starts (02/09/2019) before their employment started"
                                        + " (01/01/2023). Correct one of the dates."));
    }

    @Test
    void optionalColumnsTheFileDoesNotHaveLeaveStoredValuesAlone() throws Exception {
        Supervisee s = TestData.fullSupervisee("E5", "Jo", "Bloggs");
        Employment e = s.employment();
        data.register.save(new Supervisee(null, "E5", s.personal(), new Employment(e.jobTitle(), e.team(),
                e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(), e.employmentStart(), e.currentPostStart(),
                e.supervisorName(), LocalDate.of(2019, 9, 2), null), s.emergencyContact(), s.roleHistory()));

        ImportResult result = data.importStaff(data.csv("staff.csv",
                "Employee number,Forename,Surname,Role,Team,Start date",
                "E5,Jo,Bloggs,Senior Social Worker,Children in Care Team,02/09/2019"));

        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(data.staff("E5").employment().asyeStart()).isEqualTo(LocalDate.of(2019, 9, 2));
    }

    @Test
    void aRoleThatDiffersFromTheRegisterIsRefusedSoTheHistoryIsKept() throws Exception {
        data.register.save(TestData.fullSupervisee("E77", "Jo", "Bloggs"));
        int auditBefore = data.auditEntries();

        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER,
                "E77,Jo,Bloggs,Team Manager,Children in Care Team,02/09/2019,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(2, "Role \"Team Manager\" differs from the register, where Jo Bloggs's"
                                + " current role is Senior Social Worker. Change roles in the app so the role history"
                                + " is kept, then import again.")));
        assertThat(data.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void everyBadRowIsListedByLineAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> data.importStaff(fixture("staff-bad.csv")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getMessage()).endsWith("staff-bad.csv was not imported: 9 rows have problems."
                            + " Nothing was changed.");
                    assertThat(e.scope()).isEqualTo(ImportRejectedException.Scope.ROWS);
                    assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                            "line 3: Date \"31/02/2024\" in column \"Start date\" is not a real date (use dd/mm/yyyy"
                                    + " or yyyy-mm-dd)",
                            "line 4: Column \"Forename\" is empty; enter their forename(s).",
                            "line 5: Role \"Socail Worker\" in column \"Role\" is not one we know. Use one of: Social"
                                    + " Worker, Senior Social Worker, Advanced Practitioner, Student Social Worker,"
                                    + " Assistant Team Manager, Team Manager, Service Manager, Personal Advisor,"
                                    + " Support Worker, Business Support, Residential Worker, Agency Residential"
                                    + " Worker.",
                            "line 6: ASYE start date 01/09/2020 is given, but Business Support is not a social work"
                                    + " role: an ASYE is only for newly qualified social workers. Clear the ASYE start"
                                    + " date or correct the role.",
                            "line 7: \"01/01/2019\" in column \"Leaving date\": The leaving date must be after the"
                                    + " employment start date (01/09/2020).",
                            "line 8: Employee number \"b1\" is also on line 2. Keep one row for each member of staff.",
                            "line 9: \"B 7\" in column \"Employee number\": Use letters, digits, hyphens and slashes"
                                    + " only, up to 20 characters.",
                            "line 10: Column \"Team\" is empty; enter the service and team they work in.",
                            "line 11: Date \"01/09/20\" in column \"Start date\" needs a four-digit year (use"
                                    + " dd/mm/yyyy or yyyy-mm-dd)");
                });
        assertThat(data.staff()).isEmpty();
        assertThat(data.auditEntries()).isZero();
    }

    @Test
    void aBadFileChangesNothingEvenWhenMostRowsWouldUpdate() throws Exception {
        data.importStaff(fixture("staff-good.csv"));
        List<Supervisee> before = data.staff();
        int auditBefore = data.auditEntries();

        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER,
                "E1001,Siân,Jones,Social Worker,New Team,01/09/2023,01/09/2023,",
                "E1002,Zoë,O'Brien,Team Manager,New Team,2015-04-07,,",
                "E1003,Amara,Okafor,Personal Advisor,New Team,,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line).containsExactly(4));
        assertThat(data.staff()).isEqualTo(before);
        assertThat(data.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void everyProblemOnARowIsListedAndBlankRowsAreSkipped() throws Exception {
        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER, ",,,,,,,",
                "E1,,B,Socail Worker,,31/02/2024,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(dir.resolve("staff.csv") + " was not imported: 1 row has"
                            + " problems. Nothing was changed.");
                    assertThat(e.rowsWithProblems()).isEqualTo(1);
                    assertThat(e.problems()).extracting(ImportProblem::line).containsOnly(3);
                    assertThat(e.problems()).extracting(ImportProblem::message).satisfiesExactly(
                            m -> assertThat(m).startsWith("Column \"Forename\" is empty"),
                            m -> assertThat(m).startsWith("Role \"Socail Worker\""),
                            m -> assertThat(m).startsWith("Column \"Team\" is empty"),
                            m -> assertThat(m).startsWith("Date \"31/02/2024\""));
                });
    }

    @Test
    void problemsNameThePhysicalLineEvenAfterAValueThatSpansLines() throws Exception {
        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER + ",Notes",
                "E1,A,B,Social Worker,T,01/09/2020,,,\"Started on the\r\nduty desk\r\nthen moved\"",
                "E2,A,B,Social Worker,T,1st Sept,,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line).containsExactly(5));
    }

    @Test
    void oneProblemIsSummedUpInTheSingular() throws Exception {
        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER, "E1,A,B,Social Worker,,01/09/2020,,")))
                .hasMessageEndingWith("was not imported: 1 row has a problem. Nothing was changed.");
    }

    @Test
    void aNewlyQualifiedLabelPointsToTheAsyeColumn() throws Exception {
        assertThatThrownBy(() -> data.importStaff(data.csv("staff.csv", HEADER, "E1,A,B,NQSW,T,01/09/2020,,")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(2, "Role \"NQSW\" is not a role of its own: use \"Social"
                                + " Worker\" and give the date the ASYE started in column \"ASYE start date\".")));
    }

    @Test
    void excelsPlainWindows1252CsvKeepsAccentedNames() throws Exception {
        ImportResult result = data.importStaff(fixture("staff-windows-1252.csv"));
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.notes()).singleElement().asString().contains("Windows-1252");
        assertThat(data.staff("W1").personal().forenames()).isEqualTo("Siân");
        assertThat(data.staff("W2").fullName()).isEqualTo("Zoë Brontë");
        assertThat(data.staff("W2").employment().team()).isEqualTo("Café Team");
    }

    @Test
    void excelsCsvUtf8WithAByteOrderMarkMatchesItsFirstHeading() throws Exception {
        // The mark sits before "Employee No": left in, the first column would not be found.
        assertThat(data.importStaff(fixture("staff-good.csv")).rowsRead()).isEqualTo(8);
    }
}
