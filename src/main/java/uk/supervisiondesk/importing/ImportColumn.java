package uk.supervisiondesk.importing;

import java.util.List;
import java.util.Locale;

/** A column an import understands: the name we call it and every header text that means it. */
public interface ImportColumn {
    /** The headers trackers use for the employee number, shared by both files. */
    List<String> EMPLOYEE_NUMBER_NAMES = List.of("Employee number", "Employee no", "Employee ID", "Emp no",
            "Emp number", "Employee #", "Payroll number", "Payroll no", "Staff number", "Staff no", "Staff ID");

    /** The name messages and the README use for the column. */
    String label();

    /** Every header that means this column, the label first; matched by {@link #normalise(String)}. */
    List<String> names();

    /** Whether a file without this column is refused. */
    boolean required();

    /**
     * How headers are compared: case, spaces, underscores, hyphens and punctuation do not count,
     * and "#" reads as "number", so "Employee No.", "EMPLOYEE_NO" and "employee-no" all match.
     */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("#", "number").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
