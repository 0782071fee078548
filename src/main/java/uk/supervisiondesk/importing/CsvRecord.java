package uk.supervisiondesk.importing;

import java.util.List;

/**
 * One record of a CSV file: its fields, unquoted, and the physical line it starts on, so a message
 * can point at the line a spreadsheet user sees in a text editor (a quoted field may span lines).
 */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or empty when the record is shorter (Excel drops trailing empty cells). */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** No field holds anything but spaces: an empty line, or a row of commas Excel saved from a formatted sheet. */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
