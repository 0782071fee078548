package uk.supervisiondesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.FiledCopies;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;

/**
 * The filed copies of records (PDFs, and scans of paper signatures) and their earlier versions.
 * Filed copies are only ever added. Methods taking a {@link Handle} work inside the caller's
 * transaction, so a copy, its audit entry and the monitoring sheet change together.
 */
public final class RecordFiles {
    private final DeskDatabase database;
    private final Clock clock;

    public RecordFiles(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Everything a record's PDF is made from, read in one transaction. */
    public record Contents(SupervisionRecord record, Supervisee supervisee, List<ActionItem> actions,
                           List<DisagreementRow> disagreements, String personalNote, Optional<SessionEntry> session,
                           String correctionReason) {
        public Contents {
            actions = List.copyOf(actions);
            disagreements = List.copyOf(disagreements);
        }
    }

    /** A scan of a record signed on paper, as attached. */
    public record Scan(byte[] bytes, String fileName, String mimeType) {
    }

    /**
     * @throws IllegalArgumentException when the record is no longer in the database
     */
    public Contents contents(Handle h, long recordId) {
        SupervisionRecord record = h.attach(RecordDao.class).byId(recordId).map(RecordRow::toRecord)
                .orElseThrow(() -> new IllegalArgumentException("The record " + recordId + " is no longer in the database."));
        Supervisee supervisee = h.attach(StaffDao.class).findById(record.superviseeId())
                .orElseThrow(() -> new IllegalArgumentException("The record's supervisee is no longer on the register."));
        List<ActionItem> actions = h.attach(ActionDao.class).ofRecord(recordId).stream().map(ActionRow::toItem).toList();
        RecordDao records = h.attach(RecordDao.class);
        Optional<SessionEntry> session = record.sessionId() == null ? Optional.empty()
                : h.attach(SessionDao.class).byId(record.sessionId()).map(SessionRow::toEntry);
        String reason = h.attach(FilingDao.class).versions(recordId).stream()
                .filter(v -> v.version() == record.version() - 1).map(RecordVersionRow::replacedBecause)
                .findFirst().orElse("");
        return new Contents(record, supervisee, actions, records.disagreements(recordId),
                records.personalNote(recordId).orElse(""), session, reason);
    }

    /** Adds a filed copy of the record's current version. */
    public FiledDocument file(Handle h, SupervisionRecord record, SigningMode signing, byte[] pdf, Scan scan,
                              LocalDate signedOn) {
        FilingDao dao = h.attach(FilingDao.class);
        long id = dao.insert(record.id(), record.version(), signing.name(), pdf, pdf == null ? null : sha256(pdf),
                pdf == null ? 0 : pdf.length, scan == null ? null : scan.bytes(), scan == null ? null : scan.fileName(),
                scan == null ? null : scan.mimeType(), scan == null ? null : sha256(scan.bytes()),
                scan == null ? 0 : scan.bytes().length, signedOn, valuesDigest(record), now());
        return dao.byId(id).orElseThrow().toDocument();
    }

    /** The copies filed for one version of a record, oldest first. */
    public List<FiledDocument> filed(Handle h, long recordId, int version) {
        return h.attach(FilingDao.class).ofVersion(recordId, version).stream().map(FiledDocumentRow::toDocument).toList();
    }

    public List<FiledDocument> filed(long recordId, int version) {
        return database.jdbi().withHandle(h -> filed(h, recordId, version));
    }

    /** The copy that stands for each record's current version, by record id. */
    public Map<Long, FiledDocument> standingForCurrentVersions() {
        Map<Long, List<FiledDocument>> byRecord = database.dao(FilingDao.class).ofCurrentVersions().stream()
                .map(FiledDocumentRow::toDocument)
                .collect(Collectors.groupingBy(FiledDocument::recordId));
        return byRecord.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> FiledCopies.standing(e.getValue()).orElseThrow()));
    }

    public Optional<byte[]> pdf(long filedId) {
        return database.dao(FilingDao.class).pdf(filedId);
    }

    public Optional<byte[]> pdf(Handle h, long filedId) {
        return h.attach(FilingDao.class).pdf(filedId);
    }

    public Optional<byte[]> scan(Handle h, long filedId) {
        return h.attach(FilingDao.class).scan(filedId);
    }

    public Optional<byte[]> scan(long filedId) {
        return database.dao(FilingDao.class).scan(filedId);
    }

    /** Every version of a record, oldest first, each with its filed copies. */
    public List<RecordVersion> versions(long recordId) {
        return database.jdbi().withHandle(h -> {
            SupervisionRecord current = h.attach(RecordDao.class).byId(recordId).map(RecordRow::toRecord)
                    .orElseThrow(() -> new IllegalArgumentException("The record " + recordId + " is no longer in the database."));
            List<RecordVersionRow> earlier = h.attach(FilingDao.class).versions(recordId);
            Map<Integer, List<FiledDocument>> filed = h.attach(FilingDao.class).ofRecord(recordId).stream()
                    .map(FiledDocumentRow::toDocument).collect(Collectors.groupingBy(FiledDocument::version));
            List<RecordVersion> versions = new ArrayList<>();
            String reason = "";
            for (RecordVersionRow row : earlier) {
                versions.add(new RecordVersion(recordId, row.version(), RecordStatus.valueOf(row.status()), reason,
                        row.replacedAt().toInstant(), filed.getOrDefault(row.version(), List.of())));
                reason = row.replacedBecause();
            }
            versions.add(new RecordVersion(recordId, current.version(), current.status(), reason, null,
                    filed.getOrDefault(current.version(), List.of())));
            return versions;
        });
    }

    /** An earlier version of a record as it stood when it was replaced. */
    public Optional<SupervisionRecord> earlierVersion(long recordId, int version) {
        return database.jdbi().withHandle(h -> {
            Optional<SupervisionRecord> current = h.attach(RecordDao.class).byId(recordId).map(RecordRow::toRecord);
            return current.flatMap(c -> h.attach(FilingDao.class).versions(recordId).stream()
                    .filter(v -> v.version() == version).findFirst()
                    .map(v -> new SupervisionRecord(recordId, c.superviseeId(), c.templateKey(), c.recordType(),
                            v.recordDate(), c.sessionId(), RecordStatus.valueOf(v.status()), v.version(),
                            RecordValuesJson.read(v.fieldValues()), v.replacedAt().toInstant())));
        });
    }

    /**
     * Keeps the record's current version as it stands and moves the record on to the next one,
     * a draft with the same values, to be corrected and signed again.
     */
    public SupervisionRecord startNextVersion(Handle h, SupervisionRecord stored, String reason) {
        h.attach(FilingDao.class).insertVersion(new RecordVersionRow(stored.id(), stored.version(),
                stored.status().name(), stored.recordDate(), RecordValuesJson.write(stored.values()), reason, now()));
        SupervisionRecord next = new SupervisionRecord(stored.id(), stored.superviseeId(), stored.templateKey(),
                stored.recordType(), stored.recordDate(), stored.sessionId(), RecordStatus.DRAFT, stored.version() + 1,
                stored.values(), null);
        h.attach(RecordDao.class).update(RecordRow.of(next));
        return h.attach(RecordDao.class).byId(stored.id()).map(RecordRow::toRecord).orElseThrow();
    }

    /**
     * Notes on the monitoring sheet that the session's record was shared and signed. A date
     * already there is kept: a correction signed later does not make the first signature late.
     */
    public void markSession(Handle h, long sessionId, LocalDate sharedOn, LocalDate signedOn) {
        Optional<SessionEntry> entry = h.attach(SessionDao.class).byId(sessionId).map(SessionRow::toEntry);
        if (entry.isEmpty()) {
            return;
        }
        var session = entry.get().session();
        LocalDate shared = session.sharedOn() != null ? session.sharedOn() : sharedOn;
        LocalDate signed = session.signedOn() != null ? session.signedOn() : signedOn;
        if (shared != null && signed != null && signed.isBefore(shared)) {
            shared = signed;
        }
        if (!java.util.Objects.equals(shared, session.sharedOn()) || !java.util.Objects.equals(signed, session.signedOn())) {
            new SessionLog(database, clock).save(h, new SessionEntry(entry.get().id(), entry.get().superviseeId(),
                    session.withRecord(shared, signed)));
        }
    }

    public void audit(Handle h, AuditAction action, SupervisionRecord record, String detail) {
        h.attach(AuditDao.class).append(new AuditEvent(action, RecordBook.RECORD_TYPE, record.id(),
                record.superviseeId(), detail), clock);
    }

    /**
     * Refuses to save a record whose current version someone has signed, or that has moved on
     * to a newer version since it was opened.
     *
     * @throws RecordLockedException with a message for the person editing it
     */
    static void requireEditable(Handle h, SupervisionRecord record) {
        SupervisionRecord stored = h.attach(RecordDao.class).byId(record.id()).map(RecordRow::toRecord).orElse(null);
        if (stored == null) {
            return; // the caller's own update reports a vanished record
        }
        if (stored.version() != record.version()) {
            throw new RecordLockedException("This record has changed since it was opened: it is now version "
                    + stored.version() + ". Close it and open it again; nothing was saved.");
        }
        List<FiledDocument> copies = h.attach(FilingDao.class).ofVersion(stored.id(), stored.version()).stream()
                .map(FiledDocumentRow::toDocument).toList();
        Optional<FiledDocument> signed = FiledCopies.standing(copies).filter(d -> d.signing().locksRecord());
        if (signed.isEmpty()) {
            return;
        }
        if (signed.get().signing().signedByBoth()) {
            throw new RecordLockedException("This record was signed by both of you"
                    + signed.get().signedOnDate().map(d -> " on " + UkDates.format(d)).orElse("")
                    + ", so it is locked and cannot be changed. To put something right, make a correction: a new "
                    + "version with the reason for it. The signed version is kept.");
        }
        throw new RecordLockedException("This record has been signed by the supervisor and sent to the supervisee "
                + "to sign, so it cannot be changed now. To change it, make a correction: a new version with the "
                + "reason for it.");
    }

    /** Whether an earlier version has been kept: such a record is never thrown away as a draft. */
    static boolean hasEarlierVersions(Handle h, long recordId) {
        return h.attach(FilingDao.class).earlierVersionCount(recordId) > 0;
    }

    /** A digest of the record's version and values, to tell whether a filed copy still shows it. */
    public static String valuesDigest(SupervisionRecord record) {
        return sha256((record.version() + "\n" + RecordValuesJson.write(record.values())).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
