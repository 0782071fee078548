package uk.supervisiondesk.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Files every completed record as a PDF into a folder, for a SharePoint library or shared
 * drive: {@code <employee number>-<surname>/<date>-<type>-v<version>.pdf}, plus the scan beside a
 * record signed on paper. A signed copy goes out exactly as it was signed; a record nobody has
 * signed yet is sealed with the supervisor's certificate first. Earlier versions of corrected
 * records go out too, under their own version numbers. Files are never half-written and a
 * different file is never replaced (see {@link FilePlacement}); exporting again adds only what changed.
 * The personal note is never exported.
 */
public final class RecordExport {
    private final DeskDatabase database;
    private final Clock clock;
    private final RecordFiling filing;

    public RecordExport(DeskDatabase database, Clock clock, RecordFiling filing) {
        this.database = database;
        this.clock = clock;
        this.filing = filing;
    }

    /**
     * @param written     files added to the folder
     * @param unchanged   files that were already there, identical
     * @param scans       of all files, the scans of paper signatures
     * @param supervisees how many people's folders had something to export
     */
    public record Summary(int records, int written, int unchanged, int scans, int supervisees, List<Path> newFiles) {
        public Summary {
            newFiles = List.copyOf(newFiles);
        }
    }

    /**
     * @param employeeNumber only this supervisee's records; empty for everyone's
     * @throws IllegalArgumentException no supervisee has that employee number
     * @throws UncheckedIOException the folder cannot be written; nothing half-written is left
     */
    public Summary export(Path outDir, Optional<String> employeeNumber) {
        StaffRegister register = new StaffRegister(database, clock);
        List<Supervisee> staff = register.findAll();
        if (employeeNumber.isPresent()) {
            String wanted = employeeNumber.get().strip();
            staff = staff.stream().filter(s -> s.employeeNumber().equalsIgnoreCase(wanted)).toList();
            if (staff.isEmpty()) {
                throw new IllegalArgumentException("No one on the register has the employee number " + wanted + ".");
            }
        }
        RecordBook book = new RecordBook(database, clock);
        Tally tally = new Tally();
        SigningIdentity supervisor = null;
        for (Supervisee person : staff) {
            Path folder = outDir.resolve(FilePlacement.safeName(person.employeeNumber()) + "-"
                    + FilePlacement.safeName(person.personal().surname()));
            int before = tally.records;
            for (SupervisionRecord record : book.forSupervisee(person.id())) {
                for (RecordVersion version : filing.versions(record.id())) {
                    if (!version.isCurrent()) {
                        Optional<FiledDocument> standing = version.standing().filter(FiledDocument::hasPdf);
                        if (standing.isPresent()) {
                            export(folder, record, version.version(), standing.get(), tally);
                        }
                    } else if (record.status() == RecordStatus.COMPLETE) {
                        // Most records already have their copy: only a new one needs the key and a transaction.
                        Optional<FiledDocument> filed = RecordFiling.exportableCopy(record, version.filed());
                        if (filed.isEmpty() && supervisor == null) {
                            supervisor = filing.ownIdentity(record);
                        }
                        SigningIdentity identity = supervisor;
                        FiledDocument copy = filed.orElseGet(() -> database.jdbi().inTransaction(h ->
                                filing.sealedCopy(h, record, identity, clock)));
                        export(folder, record, record.version(), copy, tally);
                    }
                }
            }
            if (tally.records > before) {
                tally.supervisees++;
            }
        }
        return new Summary(tally.records, tally.written, tally.unchanged, tally.scans, tally.supervisees, tally.newFiles);
    }

    private void export(Path folder, SupervisionRecord record, int version, FiledDocument copy, Tally tally) {
        RecordFiles files = filing.files();
        String stem = record.recordDate() + "-" + FilePlacement.lowerSafeName(record.recordType()) + "-v" + version;
        tally.records++;
        tally.count(write(folder, stem + ".pdf", copy.pdfSize(), copy.pdfSha256(),
                () -> files.pdf(copy.id()).orElseThrow()), record, version, "PDF");
        if (copy.hasScan()) {
            tally.scans++;
            tally.count(write(folder, stem + "-paper-scan" + PaperScan.extensionFor(copy.scanMime()), copy.scanSize(),
                    copy.scanSha256(), () -> files.scan(copy.id()).orElseThrow()), record, version,
                    "scan of the paper signatures");
        }
    }

    private static FilePlacement.Written write(Path folder, String name, long size, String sha256,
                                              java.util.function.Supplier<byte[]> content) {
        try {
            return FilePlacement.write(folder, name, size, sha256, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + folder.resolve(name) + " (" + e.getMessage()
                    + "). Check the folder exists, you may write to it and there is space; files already exported "
                    + "are complete.", e);
        }
    }

    private final class Tally {
        int records;
        int written;
        int unchanged;
        int scans;
        int supervisees;
        final List<Path> newFiles = new ArrayList<>();

        void count(FilePlacement.Written result, SupervisionRecord record, int version, String what) {
            if (!result.isNew()) {
                unchanged++;
                return;
            }
            written++;
            newFiles.add(result.path());
            // Only once the file is in place; the file name (date, type, version) holds no personal data.
            database.jdbi().useTransaction(h -> filing.files().audit(h, AuditAction.EXPORT, record,
                    "exported version " + version + " as a " + what + ": " + result.path().getFileName()));
        }
    }
}
