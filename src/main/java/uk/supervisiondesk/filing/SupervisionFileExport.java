package uk.supervisiondesk.filing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.supervisiondesk.calendar.IcsWriter;
import uk.supervisiondesk.calendar.PlannedSession;
import uk.supervisiondesk.calendar.SupervisionCalendar;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionFileItem;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.export.ExportLayout;
import uk.supervisiondesk.export.FilePlacement;
import uk.supervisiondesk.export.FlatLayout;
import uk.supervisiondesk.export.NewFolders;
import uk.supervisiondesk.export.SupervisionFileLayout;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.pdf.TabularReport;
import uk.supervisiondesk.pdf.TabularReportRenderer;
import uk.supervisiondesk.policy.pack.SupervisionFileOrder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Files records into an export folder laid out by an {@link ExportLayout}: for a shared library
 * the policy's order of the supervision file ({@link SupervisionFileLayout}), e.g. {@code Bloggs,
 * Jo (E123)/04 Supervision records/2026-11-20 Individual supervision v1.pdf}, with the scan of
 * paper signatures beside its record and the agreement's dates as a calendar (.ics, stable event
 * ids); for the command line's plain layout, {@link FlatLayout}. Files are placed by
 * {@link FilePlacement}: never half-written, never replacing a different file, read back and
 * checked. The calendar and the whole file as one PDF are regenerated documents: a newer one
 * replaces the app's own earlier copy while nobody has changed it. Every placed file is remembered
 * ({@link ExportLedger}), so "everything new" skips what is filed already and the dashboard can
 * show what is not. An export that fails or is cancelled removes the folders it made and left empty.
 */
public final class SupervisionFileExport {
    /** What the agreement calls a formal session in the calendar, as the app's calendar export does. */
    private static final String FORMAL = "Supervision";

    private final DeskDatabase database;
    private final Clock clock;
    private final RecordFiling filing;
    private final SupervisionFileOrder order;
    private final ExportLayout layout;
    private final FilePlacement placement;
    private final ExportLedger ledger;

    /** Told of each file as it is done; asked before each whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void done(int filesDone, int filesInAll, String fileName) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** The export was stopped before it finished; every file placed so far is whole. */
    public static final class CancelledException extends RuntimeException {
        private final Summary partSummary;

        CancelledException(Summary partSummary) {
            super("The export was cancelled after " + partSummary.written() + " new files; no file is half-written.");
            this.partSummary = partSummary;
        }

        public Summary partSummary() {
            return partSummary;
        }
    }

    /**
     * @param records     record versions exported (or found already there)
     * @param supervisees people with at least one record exported
     * @param written     files added or updated
     * @param unchanged   files already there, identical
     * @param scans       scans of paper signatures among the files
     * @param renamed     files placed under a new version name because a different file had theirs
     * @param replaced    regenerated documents (calendar, whole file) that replaced the app's own earlier copy
     */
    public record Summary(int records, int supervisees, int written, int unchanged, int scans, List<Path> renamed,
                          List<Path> replaced, List<Path> newFiles) {
        public Summary {
            renamed = List.copyOf(renamed);
            replaced = List.copyOf(replaced);
            newFiles = List.copyOf(newFiles);
        }
    }

    /**
     * @param order  the policy's order of the supervision file, for the whole file as one PDF
     * @param layout where each file goes
     * @param opener how temporary files are opened (tests give one that fills up like a full disk)
     */
    public SupervisionFileExport(DeskDatabase database, Clock clock, RecordFiling filing, SupervisionFileOrder order,
                                 ExportLayout layout, FilePlacement.ChannelOpener opener) {
        this.database = database;
        this.clock = clock;
        this.filing = filing;
        this.order = order;
        this.layout = layout;
        this.placement = opener == null ? new FilePlacement(layout.suffix())
                : new FilePlacement(layout.suffix(), opener);
        this.ledger = new ExportLedger(database);
    }

    /** The supervision file in the policy's order, for a SharePoint library or a shared drive. */
    public SupervisionFileExport(DeskDatabase database, Clock clock, RecordFiling filing, SupervisionFileOrder order) {
        this(database, clock, filing, order, new SupervisionFileLayout(order), null);
    }

    /** The command line's plain folder per person ({@link FlatLayout}); no whole file as one PDF. */
    public static SupervisionFileExport flat(DeskDatabase database, Clock clock, RecordFiling filing) {
        return new SupervisionFileExport(database, clock, filing, null, new FlatLayout(), null);
    }

    /** Everyone's supervision file, or only one person's (by employee number). */
    public Summary exportAll(Path root, Optional<String> employeeNumber, boolean onlyNew, Progress progress) {
        List<Supervisee> staff = new StaffRegister(database, clock).findAll();
        if (employeeNumber.isPresent()) {
            String wanted = employeeNumber.get().strip();
            staff = staff.stream().filter(s -> s.employeeNumber().equalsIgnoreCase(wanted)).toList();
            if (staff.isEmpty()) {
                throw new IllegalArgumentException("No one on the register has the employee number " + wanted + ".");
            }
        }
        return run(root, staff, onlyNew, null, false, progress);
    }

    /**
     * One supervisee's whole file, and the whole file as one PDF ({@link WholeFilePdf}) in their
     * folder, e.g. {@code Supervision file 2026-11-23.pdf}.
     */
    public Summary exportSupervisee(Path root, Supervisee person, Progress progress) {
        if (order == null) {
            throw new IllegalStateException("The whole file as one PDF needs the policy's order of the file.");
        }
        return run(root, List.of(person), false, null, true, progress);
    }

    /** One record (every version of it), e.g. from the record's signing strip. */
    public Summary exportRecord(Path root, SupervisionRecord record) {
        Supervisee person = new StaffRegister(database, clock).findById(record.superviseeId()).orElseThrow();
        return run(root, List.of(person), false, record.id(), false, Progress.NONE);
    }

    /**
     * Completed records whose current version is not in any export folder yet, by supervisee id:
     * what the dashboard shows as "not yet filed".
     */
    public static java.util.Map<Long, Integer> notYetFiled(DeskDatabase database) {
        return new RecordBook(database, Clock.systemUTC()).notYetFiled();
    }

    /**
     * One file to place. A record's filed copy is fixed: its size and hash are known. A remade
     * document (calendar, sheets, whole file) has instead {@code source}, the hash of what it is
     * made from, and is made only if that changed since it was last placed.
     */
    private record Planned(Supervisee person, SupervisionRecord record, int version, String kind, Path target,
                           long size, String sha256, Supplier<byte[]> content, SupervisionFileItem item,
                           String source) {
        static Planned fixed(Supervisee person, SupervisionRecord record, int version, String kind, Path target,
                             long size, String sha256, Supplier<byte[]> content, SupervisionFileItem item) {
            return new Planned(person, record, version, kind, target, size, sha256, content, item, null);
        }

        static Planned remade(Supervisee person, SupervisionRecord record, String kind, Path target, String source,
                              Supplier<byte[]> content, SupervisionFileItem item) {
            return new Planned(person, record, record == null ? 0 : record.version(), kind, target, -1, null,
                    memoised(content), item, source);
        }

        boolean isRemade() {
            return source != null;
        }
    }

    /** What became of a planned file, with the size and hash of the file now there. */
    private record Outcome(FilePlacement.Written written, long size, String sha256) {
    }

    private static Supplier<byte[]> memoised(Supplier<byte[]> make) {
        return new Supplier<>() {
            private byte[] made;

            @Override
            public byte[] get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    private Summary run(Path root, Collection<Supervisee> people, boolean onlyNew, Long onlyRecord, boolean wholeFile,
                        Progress progress) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("The export folder " + root + " is not there. If it is on a "
                    + "shared drive or a SharePoint library, check the drive is connected and OneDrive is running, or "
                    + "choose another folder in Settings. Nothing was written."));
        }
        Tally tally = new Tally();
        List<Planned> plan = new ArrayList<>();
        for (Supervisee person : people) {
            List<Planned> own = plan(root, person, onlyNew, onlyRecord, tally);
            plan.addAll(own);
            if (wholeFile) {
                plan.add(planWholeFile(root, person, own));
            }
        }
        NewFolders folders = new NewFolders();
        try {
            int done = 0;
            for (Planned item : plan) {
                if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new CancelledException(tally.summary());
                }
                Outcome result;
                try {
                    result = place(root, item, folders);
                } catch (ClosedByInterruptException | InterruptedIOException e) {
                    throw new CancelledException(tally.summary());
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException("Could not write " + item.target() + " ("
                            + e.getMessage() + "). Check the folder is there, you may write to it and the drive has "
                            + "space, then export again. No half-written file was left; files exported before this "
                            + "one are complete.", e));
                }
                tally.count(root, item, result);
                progress.done(++done, plan.size(), result.written().path().getFileName().toString());
            }
        } catch (RuntimeException e) {
            folders.removeEmpty();
            throw e;
        }
        return tally.summary();
    }

    private Outcome place(Path root, Planned item, NewFolders folders) throws IOException {
        Path folder = item.target().getParent();
        String name = item.target().getFileName().toString();
        folders.make(folder);
        if (!item.isRemade()) {
            return new Outcome(placement.place(folder, name, item.size(), item.sha256(), item.content()), item.size(),
                    item.sha256());
        }
        // The app's own earlier copy: at the name, or at a " (2)" name if someone else's file had it.
        Optional<ExportLedger.Placed> ours = Optional.empty();
        for (ExportLedger.Placed placed : ledger.placedOfKind(root, item.person().id(), item.kind())) {
            Path at = root.resolve(placed.relativePath());
            if (placement.isNameOrVariant(at, item.target()) && placement.holds(at, placed.size(), placed.sha256())) {
                ours = Optional.of(placed);
                break;
            }
        }
        if (ours.isPresent()) {
            Path at = root.resolve(ours.get().relativePath());
            if (item.source().equals(ours.get().sourceSha256())) {
                return new Outcome(new FilePlacement.Written(at, false, !at.equals(item.target()), false),
                        ours.get().size(), ours.get().sha256());
            }
            byte[] bytes = item.content().get();
            return new Outcome(placement.replace(at, bytes), bytes.length, RecordFiles.sha256(bytes));
        }
        byte[] bytes = item.content().get();
        String sha = RecordFiles.sha256(bytes);
        return new Outcome(placement.place(folder, name, bytes.length, sha, () -> bytes), bytes.length, sha);
    }

    private List<Planned> plan(Path root, Supervisee person, boolean onlyNew, Long onlyRecord, Tally tally) {
        Set<String> exported = onlyNew ? ledger.pdfsPlaced(root, person.id()) : Set.of();
        List<Planned> plan = new ArrayList<>();
        RecordBook book = new RecordBook(database, clock);
        SupervisionRecord agreement = null;
        for (SupervisionRecord record : book.forSupervisee(person.id())) {
            if (onlyRecord != null && !onlyRecord.equals(record.id())) {
                continue;
            }
            Optional<SupervisionFileItem> item = SupervisionFileItem.fromKey(record.recordType());
            if (item.isEmpty()) {
                continue;
            }
            // The calendar follows the newest completed agreement and the sessions booked since, so it is
            // made on every export, "everything new" too, even when the agreement itself is filed already.
            if (item.get() == SupervisionFileItem.AGREEMENT && record.status() == RecordStatus.COMPLETE
                    && (agreement == null || record.recordDate().isAfter(agreement.recordDate()))) {
                agreement = record;
            }
            for (RecordVersion version : filing.versions(record.id())) {
                if (exported.contains(record.id() + "/" + version.version())) {
                    continue;
                }
                if (!version.isCurrent()) {
                    version.standing().filter(FiledDocument::hasPdf).ifPresent(copy ->
                            planCopy(plan, root, person, record, item.get(), version.version(), () -> copy, tally));
                } else if (record.status() == RecordStatus.COMPLETE) {
                    planCopy(plan, root, person, record, item.get(), record.version(),
                            () -> currentCopy(record, version), tally);
                }
            }
        }
        if (agreement != null && (onlyRecord == null || onlyRecord.equals(agreement.id()))) {
            planCalendar(plan, root, person, agreement);
        }
        if (onlyRecord == null) {
            planSheets(plan, root, person);
        }
        return plan;
    }

    private SigningIdentity supervisor;

    /** The copy that stands for the current version, sealing one if nobody has signed it yet. */
    private FiledDocument currentCopy(SupervisionRecord record, RecordVersion version) {
        Optional<FiledDocument> filed = RecordFiling.exportableCopy(record, version.filed());
        if (filed.isPresent()) {
            return filed.get();
        }
        if (supervisor == null) {
            supervisor = filing.ownIdentity(record);
        }
        SigningIdentity identity = supervisor;
        return database.jdbi().inTransaction(h -> filing.sealedCopy(h, record, identity, clock));
    }

    private void planCopy(List<Planned> plan, Path root, Supervisee person, SupervisionRecord record,
                          SupervisionFileItem item, int version, Supplier<FiledDocument> copyOf, Tally tally) {
        FiledDocument copy = copyOf.get();
        tally.records++;
        Path pdf = pathOf(root, person, item, record.recordDate(), version, "pdf");
        RecordFiles files = filing.files();
        plan.add(Planned.fixed(person, record, version, ExportLedger.PDF, pdf, copy.pdfSize(), copy.pdfSha256(),
                () -> files.pdf(copy.id()).orElseThrow(), item));
        if (copy.hasScan()) {
            String scanName = layout.scanFileName(pdf.getFileName().toString(), PaperScan.extensionFor(copy.scanMime()));
            plan.add(Planned.fixed(person, record, version, ExportLedger.SCAN, pdf.resolveSibling(scanName),
                    copy.scanSize(), copy.scanSha256(), () -> files.scan(copy.id()).orElseThrow(), item));
        }
    }

    /**
     * The agreement's dates for the year and the sessions booked since as one calendar file.
     * DTSTAMP is the agreement's own time, so the same dates give the same file (skipped), while
     * a change gives a new one whose events keep their ids and so update, not duplicate.
     */
    @SuppressWarnings("unchecked")
    private void planCalendar(List<Planned> plan, Path root, Supervisee person, SupervisionRecord agreement) {
        Optional<Path> place = remadeDocument(root, person, SupervisionFileItem.CALENDAR, "ics");
        if (place.isEmpty()) {
            return;
        }
        Object schedule = agreement.values().get("schedule");
        List<Object> dates = schedule instanceof List<?> list ? (List<Object>) list : List.of();
        String venue = agreement.text("venue");
        String supervisorName = agreement.values().get("supervisor") instanceof String s && !s.isBlank() ? s
                : person.employment().supervisorName();
        // The agreed dates and every session booked on the sessions sheet. A formal session keeps the
        // agreement's kind, "Supervision", so booking it on an agreed date updates that event, not adds one.
        java.util.Map<String, PlannedSession> byUid = new java.util.LinkedHashMap<>();
        for (Object date : dates) {
            LocalDate day = LocalDate.parse(String.valueOf(date));
            byUid.putIfAbsent(day + "|" + FORMAL, PlannedSession.allDay(day, FORMAL, venue));
        }
        for (var entry : new uk.supervisiondesk.store.SessionLog(database, clock).forSupervisee(person.id())) {
            var session = entry.session();
            if (session.outcome() == uk.supervisiondesk.domain.SessionOutcome.PLANNED) {
                String kind = session.kind() == uk.supervisiondesk.domain.SessionKind.INDIVIDUAL ? FORMAL
                        : session.kind().displayName();
                byUid.putIfAbsent(session.date() + "|" + kind, PlannedSession.allDay(session.date(), kind, venue));
            }
        }
        if (byUid.isEmpty()) {
            return;
        }
        List<PlannedSession> sessions = List.copyOf(byUid.values());
        SupervisionCalendar calendar = new SupervisionCalendar(person.fullName(), person.employeeNumber(),
                supervisorName, sessions);
        Clock stamp = Clock.fixed(agreement.updatedAt() != null ? agreement.updatedAt()
                : agreement.recordDate().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        byte[] ics = new IcsWriter(stamp).writeBytes(calendar);
        plan.add(Planned.remade(person, agreement, ExportLedger.CALENDAR, place.get(), RecordFiles.sha256(ics),
                () -> ics, SupervisionFileItem.CALENDAR));
    }

    /**
     * The front sheet and the monitoring sheet, in the sections the policy gives them. Each is
     * judged changed by its contents as a table, and drawn as a PDF only when it has changed.
     */
    private void planSheets(List<Planned> plan, Path root, Supervisee person) {
        String authority = filing.letterhead().authorityName();
        var sessions = new uk.supervisiondesk.store.SessionLog(database, clock).forSupervisee(person.id());
        planSheet(plan, root, person, SupervisionFileItem.FRONT_SHEET, ExportLedger.FRONT_SHEET,
                FileSheets.frontSheet(person, authority));
        planSheet(plan, root, person, SupervisionFileItem.MONITORING_SHEET, ExportLedger.MONITORING_SHEET,
                FileSheets.monitoringSheet(person, sessions, authority));
    }

    private void planSheet(List<Planned> plan, Path root, Supervisee person, SupervisionFileItem item, String kind,
                           TabularReport sheet) {
        remadeDocument(root, person, item, "pdf").ifPresent(place -> plan.add(Planned.remade(person, null, kind,
                place, RecordFiles.sha256(sheet.toString().getBytes(StandardCharsets.UTF_8)),
                () -> new TabularReportRenderer().render(sheet), item)));
    }

    private Optional<Path> remadeDocument(Path root, Supervisee person, SupervisionFileItem item, String extension) {
        try {
            return layout.remadeDocument(root, person, item, extension);
        } catch (ExportLayout.PathTooLongException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /**
     * The sheets and the current version of every record, in the policy's order, as one PDF beside
     * the section folders. It is made only when one of them, or the day, has changed.
     */
    private Planned planWholeFile(Path root, Supervisee person, List<Planned> own) {
        List<Planned> parts = own.stream()
                .filter(p -> p.item() != null && p.item() != SupervisionFileItem.CALENDAR)
                .filter(p -> p.isRemade() || (p.kind().equals(ExportLedger.PDF) && p.version() == p.record().version()))
                .sorted(Comparator.comparingInt((Planned p) -> order.sectionOf(p.item()).number())
                        .thenComparing(p -> p.record() == null ? LocalDate.MIN : p.record().recordDate()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        StringBuilder source = new StringBuilder(today.toString());
        parts.forEach(p -> source.append('|').append(title(p)).append('|')
                .append(p.isRemade() ? p.source() : p.sha256()));
        Path target;
        try {
            target = layout.wholeFile(root, person, today);
        } catch (ExportLayout.PathTooLongException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return Planned.remade(person, null, ExportLedger.WHOLE_FILE, target,
                RecordFiles.sha256(source.toString().getBytes(StandardCharsets.UTF_8)),
                () -> WholeFilePdf.make(person.fullName(), today, order, parts.stream()
                        .map(p -> new WholeFilePdf.Entry(order.sectionOf(p.item()), title(p), p.content().get()))
                        .toList()), null);
    }

    /** "2026-11-20 Individual supervision v1", or a sheet's own title. */
    private static String title(Planned p) {
        return p.record() == null ? p.item().title()
                : p.record().recordDate() + " " + p.item().title() + " v" + p.version();
    }

    private Path pathOf(Path root, Supervisee person, SupervisionFileItem item, LocalDate date, int version,
                        String extension) {
        try {
            return layout.recordFile(root, person, item, date, version, extension);
        } catch (ExportLayout.PathTooLongException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    private final class Tally {
        int records;
        int written;
        int unchanged;
        int scans;
        final Set<Long> supervisees = new java.util.HashSet<>();
        final List<Path> renamed = new ArrayList<>();
        final List<Path> replaced = new ArrayList<>();
        final List<Path> newFiles = new ArrayList<>();

        Summary summary() {
            return new Summary(records, supervisees.size(), written, unchanged, scans, renamed, replaced, newFiles);
        }

        void count(Path root, Planned item, Outcome outcome) {
            FilePlacement.Written result = outcome.written();
            remember(root, item, outcome);
            if (item.kind().equals(ExportLedger.PDF)) {
                supervisees.add(item.person().id());
            } else if (item.kind().equals(ExportLedger.SCAN)) {
                scans++;
            }
            if (result.renamed() && result.isNew()) {
                renamed.add(result.path());
            }
            if (result.replaced()) {
                replaced.add(result.path());
            }
            if (result.isNew()) {
                written++;
                newFiles.add(result.path());
            } else {
                unchanged++;
            }
        }

        private void remember(Path root, Planned item, Outcome outcome) {
            FilePlacement.Written result = outcome.written();
            ExportLedger.Entry entry = new ExportLedger.Entry(item.person().id(),
                    item.record() == null ? null : item.record().id(), item.record() == null ? null : item.version(),
                    item.kind(), ExportLedger.relative(root, result.path()), outcome.sha256(), outcome.size(),
                    item.source());
            database.jdbi().useTransaction(h -> {
                ledger.remember(h, root, entry, clock.instant());
                if (!result.isNew()) {
                    return;
                }
                // Only the file name (date, type, version): the folder carries the person's name.
                String detail = "exported " + (item.record() == null ? "the " + item.kind().replace('-', ' ')
                        : "version " + item.version() + " (" + item.kind() + ")") + ": " + result.path().getFileName();
                h.attach(AuditDao.class).append(new AuditEvent(AuditAction.EXPORT, item.record() == null
                        ? "supervisee" : "record", item.record() == null ? item.person().id() : item.record().id(),
                        item.person().id(), detail), clock);
            });
        }
    }
}
