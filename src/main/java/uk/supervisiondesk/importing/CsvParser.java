package uk.supervisiondesk.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 describes: fields separated by commas; a field in double
 * quotes may hold commas, line breaks and doubled quotes. Lines may end CRLF, LF or a lone CR (old
 * Mac Excel). Two leniencies for hand-edited files: a quote inside an unquoted field is kept as a
 * character (5'10"), and spaces after a closing quote are skipped. Blank lines at the end are dropped.
 */
public final class CsvParser {
    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_CLOSING_QUOTE }

    private final String text;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private State state = State.FIELD_START;
    private int line = 1;
    private int recordLine = 1;
    private int quoteOpenedOn;
    private boolean recordStarted;

    private CsvParser(String text) {
        this.text = text;
    }

    public static List<CsvRecord> parse(String text) throws CsvFormatException {
        return new CsvParser(text).run();
    }

    private List<CsvRecord> run() throws CsvFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++; // CRLF is one line break
            }
            if (state == State.QUOTED) {
                i = inQuotes(c, lineBreak, i);
            } else if (lineBreak) {
                endRecord();
                line++;
                recordLine = line;
            } else {
                outsideQuotes(c);
            }
        }
        if (state == State.QUOTED) {
            throw new CsvFormatException(quoteOpenedOn, "A quoted value that starts on line " + quoteOpenedOn
                    + " has no closing quote, so the rest of the file would be read as one value. Add the missing"
                    + " \" or save the file again from the spreadsheet.");
        }
        if (recordStarted) {
            endRecord();
        }
        while (!records.isEmpty() && records.get(records.size() - 1).isBlank()) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    /** @return the index of the last character used */
    private int inQuotes(char c, boolean lineBreak, int i) {
        if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                return i + 1;
            }
            state = State.AFTER_CLOSING_QUOTE;
        } else if (lineBreak) {
            field.append('\n');
            line++;
        } else {
            field.append(c);
        }
        return i;
    }

    private void outsideQuotes(char c) throws CsvFormatException {
        recordStarted = true;
        if (c == ',') {
            endField();
        } else if (state == State.FIELD_START && c == '"') {
            state = State.QUOTED;
            quoteOpenedOn = line;
        } else if (state == State.AFTER_CLOSING_QUOTE) {
            if (c != ' ' && c != '\t') {
                throw new CsvFormatException(line, "Value " + (fields.size() + 1) + " has text after its closing"
                        + " quote. A quote inside a quoted value must be doubled (\"\"), or save the file again"
                        + " from the spreadsheet.");
            }
        } else {
            field.append(c);
            state = State.UNQUOTED;
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        state = State.FIELD_START;
    }

    private void endRecord() {
        endField();
        records.add(new CsvRecord(recordLine, fields));
        fields = new ArrayList<>();
        recordStarted = false;
    }
}
