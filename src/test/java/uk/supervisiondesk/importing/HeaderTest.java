package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderTest {
    private static final String STAFF_HEADER = "Employee number,Forename,Surname,Role,Team,Start date";

    private static ImportSource source(ImportKind kind, String text) throws ImportRejectedException {
        return ImportSource.of(kind, Path.of("tracker.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Header header(ImportKind kind, String headerLine) {
        List<ImportProblem> problems = new ArrayList<>();
        Header header = Header.match(new CsvRecord(1, List.of(headerLine.split(",", -1))), kind, problems);
        assertThat(problems).as("problems with " + headerLine).isEmpty();
        return header;
    }

    static Stream<Arguments> everyNameOfEveryColumn() {
        return Stream.of(ImportKind.values()).flatMap(kind -> kind.columns().stream()
                .flatMap(column -> column.names().stream().map(name -> Arguments.of(kind, column, name))));
    }

    @ParameterizedTest(name = "{0}: \"{2}\"")
    @MethodSource("everyNameOfEveryColumn")
    void everyNameOfAColumnFindsIt(ImportKind kind, ImportColumn column, String name) {
        String required = kind.columns().stream().filter(c -> c.required() && c != column)
                .map(ImportColumn::label).reduce((a, b) -> a + "," + b).orElse("");
        Header header = header(kind, required + "," + name);
        assertThat(header.positions()).containsEntry(column, kind.columns().stream()
                .filter(c -> c.required() && c != column).toList().size());
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void noTwoColumnsOfAFileShareAName(ImportKind kind) {
        Map<String, ImportColumn> seen = new HashMap<>();
        for (ImportColumn column : kind.columns()) {
            for (String name : column.names()) {
                ImportColumn other = seen.putIfAbsent(ImportColumn.normalise(name), column);
                assertThat(other == null || other == column).as(name + " means both " + other + " and " + column)
                        .isTrue();
            }
        }
    }

    @Test
    void caseSpacesUnderscoresHyphensAndPunctuationDoNotMatter() {
        Header header = header(ImportKind.STAFF,
                "EMPLOYEE_NO.,first-name,  SURNAME ,Job Role,team:,Date Started,A.S.Y.E. start,Date-Left");
        assertThat(header.positions()).hasSize(8);
        assertThat(header.heading(StaffColumn.EMPLOYEE_NUMBER)).isEqualTo("EMPLOYEE_NO.");
        assertThat(header(ImportKind.STAFF, "Employee #,Forenames,Last name,Role,Team,Employment start")
                .has(StaffColumn.EMPLOYEE_NUMBER)).isTrue();
        assertThat(header(ImportKind.SESSIONS, "Payroll Number,Supervision Date,Session Type,OUTCOME,Signed")
                .positions()).containsKeys(SessionColumn.EMPLOYEE_NUMBER, SessionColumn.DATE, SessionColumn.KIND,
                SessionColumn.STATUS, SessionColumn.SIGNED_ON);
    }

    @Test
    void columnsMayComeInAnyOrder() throws Exception {
        ImportSource source = source(ImportKind.STAFF, "Start date,Team,Role,Surname,Forename,Employee number\n"
                + "01/09/2020,Team A,Social Worker,Jones,Siân,E1\n");
        ImportRow row = new ImportRow(source.rows().get(0), source.header(), new ArrayList<>());
        assertThat(row.text(StaffColumn.EMPLOYEE_NUMBER)).isEqualTo("E1");
        assertThat(row.text(StaffColumn.FORENAMES)).isEqualTo("Siân");
        assertThat(row.has(StaffColumn.LEAVING_DATE)).isFalse();
    }

    @Test
    void missingRequiredColumnsAreNamedTogetherWithTheHeadingsFound() {
        assertThatThrownBy(() -> source(ImportKind.STAFF, "Emp ref,Name,Surname,Team,Start date,Notes\nx,y,z,t,s,n\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.scope()).isEqualTo(ImportRejectedException.Scope.HEADER);
                    assertThat(e.getMessage()).isEqualTo("tracker.csv was not imported: its header row has problems."
                            + " Nothing was changed.");
                    assertThat(e.problems()).singleElement().hasToString("line 1: Required columns are missing:"
                            + " \"Employee number\", \"Forename\", \"Role\". The headings found on line 1 are:"
                            + " \"Emp ref\", \"Name\", \"Surname\", \"Team\", \"Start date\", \"Notes\". Rename a"
                            + " heading to a name the README lists, or add the column.");
                });
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkippedAndLineNumbersStayPhysical() throws Exception {
        ImportSource source = source(ImportKind.STAFF, "\n,,,\n" + STAFF_HEADER + "\nE1,A,B,Social Worker,T,01/01/2020\n");
        assertThat(source.header().line()).isEqualTo(3);
        assertThat(source.rows()).extracting(CsvRecord::line).containsExactly(4);
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        assertThatThrownBy(() -> source(ImportKind.SESSIONS, "Employee number,Date,Session date,Kind,Status\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().hasToString("line 1: Columns \"Date\" and \"Session date\" both mean"
                                + " \"Date\". Delete or rename one of them."));
    }

    @Test
    void anAsyeColumnGivenTwiceKeepsItsCapitals() {
        assertThatThrownBy(() -> source(ImportKind.STAFF, STAFF_HEADER + ",ASYE start,ASYE date\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).containsExactly("Columns \"ASYE start\" and \"ASYE date\""
                                + " both mean \"ASYE start date\". Delete or rename one of them."));
    }

    @Test
    void extraColumnsAreIgnoredWithANote() throws Exception {
        ImportSource source = source(ImportKind.STAFF, STAFF_HEADER + ",Notes,,Line manager\n");
        assertThat(source.notes()).containsExactly(
                "These columns are not imported and were ignored: \"Notes\", \"Line manager\".");
    }

    @Test
    void valuesWithNoHeadingAreIgnoredWithANote() throws Exception {
        ImportSource source = source(ImportKind.STAFF, STAFF_HEADER + "\n"
                + "E1,A,B,Social Worker,T,01/01/2020\n"
                + "E2,A,B,Social Worker,T,01/01/2020,,stray note\n"
                + "E3,A,B,Social Worker,T,01/01/2020,,\n");
        assertThat(source.notes()).containsExactly("Values to the right of the last heading were ignored on line(s) 3.");
    }

    @Test
    void aSessionsFileImportedAsStaffSaysSo() {
        assertThatThrownBy(() -> source(ImportKind.STAFF, "Employee number,Date,Kind,Status\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message)
                        .contains("These headings are those of a sessions file, not a staff file. Import it as"
                                + " sessions instead."));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> source(ImportKind.SESSIONS, "\r\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(ImportProblem::message).asString().startsWith("The file is empty."));
    }

    @Test
    void aHeaderWithNoRowsIsAnEmptyImport() throws Exception {
        assertThat(source(ImportKind.STAFF, STAFF_HEADER + "\r\n").rowCount()).isZero();
    }
}
