package uk.supervisiondesk.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tracker file read and its header matched, before anything is compared with the database: a
 * file that is not CSV, or lacks a required column, is refused here without opening the data.
 */
public final class ImportSource {
    /** Far beyond any team's tracker; a bigger file is almost certainly the wrong one. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ImportKind kind;
    private final Path file;
    private final Header header;
    private final List<CsvRecord> rows;
    private final List<String> notes;

    private ImportSource(ImportKind kind, Path file, Header header, List<CsvRecord> rows, List<String> notes) {
        this.kind = kind;
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.notes = notes;
    }

    /**
     * @throws IOException             the file is missing or cannot be read
     * @throws ImportRejectedException it is not CSV, or its header row lacks a required column
     */
    public static ImportSource read(ImportKind kind, Path file) throws IOException, ImportRejectedException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportRejectedException(file, ImportRejectedException.Scope.NOT_CSV, List.of(new ImportProblem(1,
                    "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, far more than a tracker holds."
                            + " Check it is the right file.")));
        }
        return of(kind, file, Files.readAllBytes(file));
    }

    /** As {@link #read}, from bytes already in memory; {@code file} is the name used in messages. */
    public static ImportSource of(ImportKind kind, Path file, byte[] bytes) throws ImportRejectedException {
        CsvText text;
        List<CsvRecord> records;
        try {
            text = CsvText.decode(bytes);
            records = CsvParser.parse(text.content());
        } catch (CsvFormatException e) {
            throw new ImportRejectedException(file, ImportRejectedException.Scope.NOT_CSV,
                    List.of(new ImportProblem(e.line(), e.getMessage())));
        }
        Optional<CsvRecord> headerRecord = records.stream().filter(r -> !r.isBlank()).findFirst();
        if (headerRecord.isEmpty()) {
            throw new ImportRejectedException(file, ImportRejectedException.Scope.HEADER, List.of(new ImportProblem(1,
                    "The file is empty. It needs a header row naming the columns, then one row per "
                            + (kind == ImportKind.STAFF ? "member of staff." : "session."))));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Header header = Header.match(headerRecord.get(), kind, problems);
        if (!problems.isEmpty()) {
            ImportKind other = kind == ImportKind.STAFF ? ImportKind.SESSIONS : ImportKind.STAFF;
            List<ImportProblem> asOther = new ArrayList<>();
            Header.match(headerRecord.get(), other, asOther);
            if (asOther.isEmpty()) {
                problems.add(new ImportProblem(header.line(), "These headings are those of a " + other.noun()
                        + " file, not a " + kind.noun() + " file. Import it as " + other.noun() + " instead."));
            }
            throw new ImportRejectedException(file, ImportRejectedException.Scope.HEADER, problems);
        }
        List<CsvRecord> rows = records.stream()
                .filter(r -> r.line() > header.line() && !r.isBlank())
                .toList();
        return new ImportSource(kind, file, header, rows, notes(text, header, headerRecord.get(), rows));
    }

    private static List<String> notes(CsvText text, Header header, CsvRecord headerRecord, List<CsvRecord> rows) {
        List<String> notes = new ArrayList<>();
        if (text.isWindows1252()) {
            notes.add("The file is not UTF-8, so it was read as Windows-1252 (Excel's plain \"CSV\")."
                    + " Check that accented names came through.");
        }
        if (!header.ignored().isEmpty()) {
            notes.add("These columns are not imported and were ignored: " + Header.quotedList(header.ignored()) + ".");
        }
        int width = headerRecord.fields().size();
        String beyond = rows.stream()
                .filter(r -> r.fields().stream().skip(width).anyMatch(f -> !f.isBlank()))
                .map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
        if (!beyond.isEmpty()) {
            notes.add("Values to the right of the last heading were ignored on line(s) " + beyond + ".");
        }
        return List.copyOf(notes);
    }

    public ImportKind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /** The data rows, blank ones left out. */
    public int rowCount() {
        return rows.size();
    }

    public List<String> notes() {
        return notes;
    }

    List<CsvRecord> rows() {
        return rows;
    }

    Header header() {
        return header;
    }

    ImportRejectedException rejected(List<ImportProblem> problems) {
        return new ImportRejectedException(file, ImportRejectedException.Scope.ROWS, problems);
    }
}
