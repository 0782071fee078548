package uk.supervisiondesk.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row being read: its cells by column, and the problems found in it so far. Each problem
 * names the column as the file heads it and quotes what was found, so it can be put right in Excel.
 */
final class ImportRow {
    /** Ends the date messages, which end without a full stop as the README shows them. */
    static final String DATE_HINT = "(use dd/mm/yyyy or yyyy-mm-dd)";
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Earlier or later years are typing slips (0224 for 2024), not dates anyone's employment has. */
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2099;
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}");

    private final CsvRecord record;
    private final Header header;
    private final List<ImportProblem> problems;
    private final Set<ImportColumn> badColumns = new HashSet<>();
    private boolean hasProblems;

    /** @param problems where this row's problems go, shared by every row of the file */
    ImportRow(CsvRecord record, Header header, List<ImportProblem> problems) {
        this.record = record;
        this.header = header;
        this.problems = problems;
    }

    int line() {
        return record.line();
    }

    boolean has(ImportColumn column) {
        return header.has(column);
    }

    String text(ImportColumn column) {
        return header.text(record, column);
    }

    /** The column's heading as this file spells it. */
    String heading(ImportColumn column) {
        return header.heading(column);
    }

    /** The cell's text, or null (with a problem) when it is empty. */
    String required(ImportColumn column, String why) {
        String text = text(column);
        if (text.isEmpty()) {
            problem(column, "Column \"" + heading(column) + "\" is empty; " + why + ".");
            return null;
        }
        return text;
    }

    /** The date in the cell; null when it is empty, or not a date (then with a problem). */
    LocalDate date(ImportColumn column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Matcher uk = UK_DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            LocalDate date = uk.matches() ? LocalDate.of(number(uk, 3), number(uk, 2), number(uk, 1))
                    : iso.matches() ? LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3))
                    : null;
            if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
                problem(column, "Date \"" + text + "\" in column \"" + heading(column) + "\" has the year "
                        + date.getYear() + ", which must be a typing slip. Check the year.");
                return null;
            }
            if (date != null) {
                return date;
            }
        } catch (DateTimeException e) {
            problem(column, "Date \"" + text + "\" in column \"" + heading(column) + "\" is not a real date "
                    + DATE_HINT);
            return null;
        }
        if (SHORT_YEAR.matcher(text).matches()) {
            problem(column, "Date \"" + text + "\" in column \"" + heading(column) + "\" needs a four-digit year "
                    + DATE_HINT);
        } else {
            problem(column, "\"" + text + "\" in column \"" + heading(column) + "\" is not a date " + DATE_HINT);
        }
        return null;
    }

    /** A required date: null (with a problem) when empty or not a date. */
    LocalDate requiredDate(ImportColumn column, String why) {
        if (text(column).isEmpty()) {
            required(column, why);
            return null;
        }
        return date(column);
    }

    void problem(ImportColumn column, String message) {
        badColumns.add(column);
        problem(message);
    }

    void problem(String message) {
        hasProblems = true;
        problems.add(new ImportProblem(line(), message));
    }

    boolean hasProblems() {
        return hasProblems;
    }

    /** Whether a problem has already been reported against this column, so a rule need not repeat it. */
    boolean isBad(ImportColumn column) {
        return badColumns.contains(column);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
