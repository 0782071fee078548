package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in tracker cells: dd/mm/yyyy as UK spreadsheets show them, or ISO; nothing else. */
class DateCellTest {
    private final List<ImportProblem> problems = new ArrayList<>();

    private LocalDate read(String cell) {
        List<ImportProblem> headerProblems = new ArrayList<>();
        Header header = Header.match(new CsvRecord(1, List.of("Employee number", "Forename", "Surname", "Role",
                "Team", "Start date")), ImportKind.STAFF, headerProblems);
        assertThat(headerProblems).isEmpty();
        ImportRow row = new ImportRow(new CsvRecord(7, List.of("E1", "A", "B", "Social Worker", "T", cell)), header,
                problems);
        return row.date(StaffColumn.EMPLOYMENT_START);
    }

    @ParameterizedTest
    @CsvSource({"01/09/2020, 2020-09-01", "1/9/2020, 2020-09-01", "31/12/1999, 1999-12-31",
            "29/02/2024, 2024-02-29", "2020-09-01, 2020-09-01", "' 04/03/2026 ', 2026-03-04"})
    void readsUkAndIsoDates(String cell, LocalDate expected) {
        assertThat(read(cell)).isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @Test
    void anEmptyCellIsNoDateAndNoProblem() {
        assertThat(read("")).isNull();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31/02/2024|Date \"31/02/2024\" in column \"Start date\" is not a real date (use dd/mm/yyyy or yyyy-mm-dd)",
            "29/02/2023|Date \"29/02/2023\" in column \"Start date\" is not a real date (use dd/mm/yyyy or yyyy-mm-dd)",
            "2024-13-01|Date \"2024-13-01\" in column \"Start date\" is not a real date (use dd/mm/yyyy or yyyy-mm-dd)",
            "01/09/20|Date \"01/09/20\" in column \"Start date\" needs a four-digit year (use dd/mm/yyyy or yyyy-mm-dd)",
            "01-09-2020|\"01-09-2020\" in column \"Start date\" is not a date (use dd/mm/yyyy or yyyy-mm-dd)",
            "2020/09/01|\"2020/09/01\" in column \"Start date\" is not a date (use dd/mm/yyyy or yyyy-mm-dd)",
            "1 Sept 2020|\"1 Sept 2020\" in column \"Start date\" is not a date (use dd/mm/yyyy or yyyy-mm-dd)",
            "44075|\"44075\" in column \"Start date\" is not a date (use dd/mm/yyyy or yyyy-mm-dd)",
            "01/09/0202|Date \"01/09/0202\" in column \"Start date\" has the year 202, which must be a typing slip."
                    + " Check the year."})
    void refusesAnythingElseSayingWhichColumnAndWhatWasFound(String cell, String message) {
        assertThat(read(cell)).isNull();
        assertThat(problems).containsExactly(new ImportProblem(7, message));
    }
}
