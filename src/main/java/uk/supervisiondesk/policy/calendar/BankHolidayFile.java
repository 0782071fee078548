package uk.supervisiondesk.policy.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads bank holidays from a small CSV file: a {@code date,name} header, then one
 * {@code yyyy-MM-dd,Name} a line; blank lines and lines starting with {@code #} are skipped.
 * The shipped list and any list a user adds share this shape so one reader serves both.
 */
public final class BankHolidayFile {
    /** Where the shipped England and Wales list sits on the classpath (top-level resources/calendar). */
    public static final String BUNDLED = "/uk/supervisiondesk/data/calendar/bank-holidays-england-wales.csv";

    private BankHolidayFile() {
    }

    public static List<BankHoliday> read(Path file) throws IOException, BankHolidayFileException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** The shipped list; a missing or broken copy is a packaging fault, so it fails loudly. */
    public static List<BankHoliday> bundled() {
        try (InputStream in = BankHolidayFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday list is missing from the application: " + BUNDLED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "calendar/bank-holidays-england-wales.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BankHolidayFileException e) {
            throw new IllegalStateException("The shipped bank holiday list is damaged: " + e.getMessage(), e);
        }
    }

    public static List<BankHoliday> read(Reader source, String fileName) throws IOException, BankHolidayFileException {
        List<BankHoliday> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (text.replace(" ", "").equalsIgnoreCase("date,name")) {
                    continue;
                }
            }
            parseLine(text, fileName, lineNumber, days, problems);
        }
        if (!problems.isEmpty()) {
            throw new BankHolidayFileException(problems);
        }
        return days;
    }

    private static void parseLine(String text, String fileName, int lineNumber,
                                  List<BankHoliday> days, List<String> problems) {
        int comma = text.indexOf(',');
        String datePart = comma < 0 ? text : text.substring(0, comma).strip();
        String name = comma < 0 ? "" : text.substring(comma + 1).strip();
        try {
            days.add(new BankHoliday(LocalDate.parse(datePart), name));
        } catch (DateTimeParseException e) {
            problems.add(fileName + ":" + lineNumber + ": '" + datePart
                    + "' is not a date; write it as yyyy-MM-dd, for example 2026-12-28");
        }
    }
}
