package uk.supervisiondesk.policy.calendar;

import java.util.List;

/** A bank holiday file that could not be read; each problem reads "file:line: what is wrong". */
public class BankHolidayFileException extends Exception {
    private final transient List<String> problems;

    public BankHolidayFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
