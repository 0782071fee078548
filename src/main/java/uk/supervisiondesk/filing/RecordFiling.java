package uk.supervisiondesk.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.FiledCopies;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.SignatureCheck;
import uk.supervisiondesk.pdf.SignatureRequest;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.store.ArchivedFiles;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.FileArchivedException;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.templates.TemplateLoader;

/**
 * Signing and filing records, three ways (docs/decisions/0003-signed-pdfs.md): in person (both
 * draw a signature, the supervisor's certificate seals the PDF), remotely (the supervisor signs,
 * the supervisee signs the returned copy in their own reader) and on paper (printed, signed by
 * hand, the scan kept). Each step is one transaction with its audit entry and, for a session
 * record, the shared and signed dates on the monitoring sheet. Once both have signed, the
 * record is locked; a correction makes a new version and keeps the old.
 *
 * <p>Rendering and signing take tens of milliseconds: call these from a background task, never
 * on the JavaFX thread.
 */
public final class RecordFiling {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DeskDatabase database;
    private final Clock clock;
    private final SigningIdentities identities;
    private final RecordFiles files;
    private final RecordPrinting printing;

    /** @param letterhead the authority, policy and user name as they are now (the policy can change) */
    public RecordFiling(DeskDatabase database, Clock clock, SigningIdentities identities, TemplateLoader templates,
                        Supplier<FilingLetterhead> letterhead) {
        this.database = database;
        this.clock = clock;
        this.identities = identities;
        this.files = new RecordFiles(database, clock);
        this.printing = new RecordPrinting(templates, letterhead);
    }

    /** The authority, policy and user name as they are now, for documents made at export. */
    FilingLetterhead letterhead() {
        return printing.letterhead();
    }

    /** Where a record's current version stands with signing. */
    public record SigningState(long recordId, int version, Optional<FiledDocument> standing) {
        /** Both have signed this version: it may no longer change. */
        public boolean isLocked() {
            return standing.map(d -> d.signing().signedByBoth()).orElse(false);
        }

        /** The supervisor has signed and sent it; the supervisee has not signed yet. */
        public boolean awaitingSupervisee() {
            return standing.map(d -> d.signing() == SigningMode.REMOTE_PENDING).orElse(false);
        }

        public Optional<LocalDate> signedOn() {
            return standing.flatMap(FiledDocument::signedOnDate);
        }
    }

    /** A supervisee's signature taken in from a returned PDF. */
    public record ImportedSignature(FiledDocument filed, String signerName, LocalDate signedOn) {
    }

    public SigningState state(long recordId) {
        return database.jdbi().withHandle(h -> {
            SupervisionRecord record = files.contents(h, recordId).record();
            return new SigningState(recordId, record.version(),
                    FiledCopies.standing(files.filed(h, recordId, record.version())));
        });
    }

    public boolean isLocked(long recordId) {
        return state(recordId).isLocked();
    }

    /**
     * Both drew their signature on screen and typed their name: renders the record with the
     * drawings in the signature blocks and seals it with the supervisor's certificate.
     *
     * @throws FilingRefusedException the record is a draft, already signed, or changed since it was opened
     */
    public FiledDocument signInPerson(SupervisionRecord record, byte[] supervisorPng, byte[] superviseePng,
                                      String superviseeTypedName, String supervisorTypedName, LocalDate date) {
        InPersonSignatures signed = new InPersonSignatures(supervisorPng, supervisorTypedName, superviseePng,
                superviseeTypedName, date);
        SigningIdentity identity = ownIdentity(record);
        return database.jdbi().inTransaction(h -> {
            requireNotArchived(h, record);
            return signInPerson(h, record, signed, identity, clock);
        });
    }

    /** As {@link #signInPerson(SupervisionRecord, byte[], byte[], String, String, LocalDate)}, in the caller's transaction. */
    public FiledDocument signInPerson(Handle h, SupervisionRecord record, InPersonSignatures signed,
                                      SigningIdentity supervisor, Clock signingClock) {
        RecordFiles.Contents contents = signable(h, record);
        requireDate(signed.signedOn(), contents.record(), signingClock);
        byte[] pdf = printing.render(contents, SignatureMarks.inPerson(signed), DocumentOptions.STANDARD);
        byte[] sealed = printing.sign(pdf, supervisor,
                new SignatureRequest(SignatureMarks.SEAL_FIELD, "Supervision record agreed and signed in person", ""),
                signingClock);
        FiledDocument filed = files.file(h, contents.record(), SigningMode.IN_PERSON, sealed, null, signed.signedOn());
        markSession(h, contents, signed.signedOn(), signed.signedOn());
        files.audit(h, AuditAction.SIGN, contents.record(), "signed in person by both; version " + record.version());
        return filed;
    }

    /**
     * The supervisor signs their field and the PDF goes to the supervisee with theirs empty. Asking
     * again returns the copy already sent.
     *
     * @return the PDF to send
     * @throws FilingRefusedException the record is a draft, already signed, or changed since it was opened
     */
    public byte[] prepareRemote(SupervisionRecord record) {
        SigningIdentity identity = ownIdentity(record);
        return database.jdbi().inTransaction(h -> {
            requireNotArchived(h, record);
            FiledDocument filed = prepareRemote(h, record, identity, clock);
            return files.pdf(h, filed.id()).orElseThrow();
        });
    }

    /** As {@link #prepareRemote(SupervisionRecord)}, in the caller's transaction. */
    public FiledDocument prepareRemote(Handle h, SupervisionRecord record, SigningIdentity supervisor,
                                       Clock signingClock) {
        RecordFiles.Contents contents = signable(h, record);
        Optional<FiledDocument> pending = FiledCopies.standing(files.filed(h, record.id(), record.version()))
                .filter(d -> d.signing() == SigningMode.REMOTE_PENDING);
        if (pending.isPresent()) {
            return pending.get();
        }
        byte[] pdf = printing.render(contents, SignatureMarks.remote(), DocumentOptions.STANDARD);
        byte[] signed = printing.sign(pdf, supervisor, SignatureRequest.agreeing(SignatureMarks.SUPERVISOR_FIELD),
                signingClock);
        FiledDocument filed = files.file(h, contents.record(), SigningMode.REMOTE_PENDING, signed, null, null);
        markSession(h, contents, LocalDate.now(signingClock), null);
        files.audit(h, AuditAction.SIGN, contents.record(), "signed by the supervisor and sent for the supervisee's "
                + "signature; version " + record.version());
        return filed;
    }

    /**
     * Takes in the copy the supervisee signed and returned: accepted only if it is the copy that
     * was sent, byte for byte, with the supervisee's signature added and both signatures valid.
     *
     * @throws FilingRefusedException with a plain message saying what is wrong with the file
     */
    public ImportedSignature importRemote(SupervisionRecord record, byte[] returned) {
        return database.jdbi().inTransaction(h -> {
            requireNotArchived(h, record);
            return importRemote(h, record, returned);
        });
    }

    /** As {@link #importRemote(SupervisionRecord, byte[])}, in the caller's transaction. */
    public ImportedSignature importRemote(Handle h, SupervisionRecord record, byte[] returned) {
        RecordFiles.Contents contents = signable(h, record);
        FiledDocument pending = FiledCopies.standing(files.filed(h, record.id(), record.version()))
                .filter(d -> d.signing() == SigningMode.REMOTE_PENDING)
                .orElseThrow(() -> new FilingRefusedException(FilingRefusedException.Reason.NOT_SENT,
                        "This record has not been sent for signing" + (record.version() > 1 ? " since it was corrected" : "")
                                + ", so there is nothing to take a signature back into. Send it for signing first."));
        byte[] sent = files.pdf(h, pending.id()).orElseThrow();
        SignatureCheck supervisee = RemoteReturnCheck.check(sent, returned, new PdfVerifier());
        LocalDate signedOn = signedOn(supervisee, record);
        FiledDocument filed = files.file(h, contents.record(), SigningMode.REMOTE_COMPLETE, returned, null, signedOn);
        markSession(h, contents, null, signedOn);
        files.audit(h, AuditAction.SIGN, contents.record(), "supervisee's signature taken in from the returned PDF "
                + "and verified; version " + record.version());
        return new ImportedSignature(filed, supervisee.signerName(), signedOn);
    }

    /**
     * The record with lines to sign by hand, to print. Nothing is filed until the signed copy's
     * scan comes back through {@link #recordPaper(SupervisionRecord, LocalDate, java.nio.file.Path)}.
     */
    public byte[] printForPaper(SupervisionRecord record) {
        return database.jdbi().inTransaction(h -> {
            requireNotArchived(h, record);
            RecordFiles.Contents contents = signable(h, record);
            byte[] pdf = printing.render(contents, SignatureMarks.onPaper("For signing on paper"), DocumentOptions.STANDARD);
            files.audit(h, AuditAction.PRINT, contents.record(), "printed for signing on paper; version " + record.version());
            return pdf;
        });
    }

    /**
     * Both signed a printout by hand: keeps the scan with the record, files a sealed copy that
     * says so, and marks the record signed on that day.
     *
     * @throws FilingRefusedException the scan cannot be read, or the date cannot be right
     */
    public FiledDocument recordPaper(SupervisionRecord record, LocalDate signedOn, java.nio.file.Path scanPath) {
        PaperScan scan = PaperScan.read(scanPath);
        SigningIdentity identity = ownIdentity(record);
        return database.jdbi().inTransaction(h -> {
            requireNotArchived(h, record);
            return recordPaper(h, record, signedOn, scan, identity, clock);
        });
    }

    /** As {@link #recordPaper(SupervisionRecord, LocalDate, java.nio.file.Path)}, in the caller's transaction. */
    public FiledDocument recordPaper(Handle h, SupervisionRecord record, LocalDate signedOn, PaperScan scan,
                                     SigningIdentity supervisor, Clock signingClock) {
        RecordFiles.Contents contents = signable(h, record);
        requireDate(signedOn, contents.record(), signingClock);
        byte[] pdf = printing.render(contents, SignatureMarks.signedOnPaper(signedOn), DocumentOptions.STANDARD);
        byte[] sealed = printing.sign(pdf, supervisor, new SignatureRequest(SignatureMarks.SEAL_FIELD,
                "Supervision record signed on paper; the scan is kept with it", ""), signingClock);
        FiledDocument filed = files.file(h, contents.record(), SigningMode.PAPER, sealed, scan.toStored(), signedOn);
        markSession(h, contents, signedOn, signedOn);
        files.audit(h, AuditAction.SIGN, contents.record(), "signed on paper, scan attached; version " + record.version());
        return filed;
    }

    /**
     * Starts a correction of a signed record: the signed version and its PDFs are kept, and the
     * record goes on as the next version, a draft with the same content, to be put right and
     * signed again.
     *
     * @throws IllegalArgumentException no reason was given
     * @throws FilingRefusedException nobody has signed this version (edit it directly), or it
     *     changed since it was opened
     */
    public SupervisionRecord correct(SupervisionRecord record, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the record is being corrected; the reason is kept with it.");
        }
        return database.jdbi().inTransaction(h -> {
            RecordFiles.Contents contents = current(h, record);
            requireNotArchived(h, contents.record());
            boolean signed = FiledCopies.standing(files.filed(h, record.id(), record.version()))
                    .map(d -> d.signing().locksRecord()).orElse(false);
            if (!signed) {
                throw new FilingRefusedException(FilingRefusedException.Reason.NOT_SIGNED, "Nobody has signed this "
                        + "record yet, so it can be changed as it is; no correction is needed.");
            }
            SupervisionRecord next = files.startNextVersion(h, contents.record(), reason.strip());
            files.audit(h, AuditAction.CHANGE, next, "correction started: version " + next.version()
                    + " replaces version " + record.version() + ", which is kept");
            return next;
        });
    }

    /**
     * The copy of the current version to file elsewhere: the one that stands for it if any,
     * else a copy sealed with the supervisor's certificate, with lines to sign, kept so the
     * same record always exports as the same file until it changes.
     *
     * @throws FilingRefusedException the record is a draft, or changed since it was read
     */
    public FiledDocument sealedCopy(Handle h, SupervisionRecord record, SigningIdentity supervisor, Clock signingClock) {
        RecordFiles.Contents contents = current(h, record);
        if (contents.record().status() != RecordStatus.COMPLETE) {
            throw new FilingRefusedException(FilingRefusedException.Reason.NOT_COMPLETE,
                    "This record is still a draft, so it is not filed yet.");
        }
        Optional<FiledDocument> standing = exportableCopy(contents.record(), files.filed(h, record.id(), record.version()));
        if (standing.isPresent()) {
            return standing.get();
        }
        byte[] pdf = printing.render(contents, SignatureMarks.onPaper("Complete, not yet signed"), DocumentOptions.STANDARD);
        byte[] sealed = printing.sign(pdf, supervisor, new SignatureRequest(SignatureMarks.SEAL_FIELD,
                "Supervision record as completed, sealed by the supervisor for filing", ""), signingClock);
        FiledDocument filed = files.file(h, contents.record(), SigningMode.UNSIGNED, sealed, null, null);
        files.audit(h, AuditAction.SIGN, contents.record(), "sealed by the supervisor for filing, not yet signed by "
                + "the supervisee; version " + record.version());
        return filed;
    }

    /**
     * The filed copy that already shows this version as it is: the one that stands for it if
     * anyone signed it, or an unsigned sealed copy made since the record last changed.
     */
    static Optional<FiledDocument> exportableCopy(SupervisionRecord record, List<FiledDocument> copies) {
        return FiledCopies.standing(copies).filter(FiledDocument::hasPdf)
                .filter(d -> d.signing() != SigningMode.UNSIGNED
                        || d.recordDigest().equals(RecordFiles.valuesDigest(record)));
    }

    /** Every version of the record, oldest first, with the copies filed for each. */
    public List<RecordVersion> versions(long recordId) {
        return files.versions(recordId);
    }

    /** An earlier version's content as it stood when a correction replaced it. */
    public Optional<SupervisionRecord> earlierVersion(long recordId, int version) {
        return files.earlierVersion(recordId, version);
    }

    /** The PDF that stands for a version: the last signed copy, else the last one made. */
    public Optional<byte[]> filedPdf(long recordId, int version) {
        return FiledCopies.standing(files.filed(recordId, version)).filter(FiledDocument::hasPdf)
                .flatMap(d -> files.pdf(d.id()));
    }

    /** The scan of a version signed on paper. */
    public Optional<PaperScan> scan(long recordId, int version) {
        return files.filed(recordId, version).stream().filter(FiledDocument::hasScan).reduce((a, b) -> b)
                .flatMap(d -> files.scan(d.id()).map(bytes -> PaperScan.of(bytes, d.scanName())));
    }

    /**
     * The record as it would print now, for the preview inside the app: the filed copy if one
     * stands for this version, else a fresh rendering with lines to sign. Nothing is filed.
     *
     * @param includePersonalNote print the personal note too, in its own marked section
     */
    public byte[] preview(long recordId, boolean includePersonalNote) {
        return database.jdbi().inTransaction(h -> {
            RecordFiles.Contents contents = files.contents(h, recordId);
            SupervisionRecord record = contents.record();
            Optional<FiledDocument> standing = FiledCopies.standing(files.filed(h, recordId, record.version()));
            if (!includePersonalNote && standing.isPresent() && standing.get().hasPdf()) {
                return files.pdf(h, standing.get().id()).orElseThrow();
            }
            DocumentOptions options = includePersonalNote
                    ? DocumentOptions.STANDARD.includingPersonalNote(contents.personalNote()) : DocumentOptions.STANDARD;
            return printing.render(contents, SignatureMarks.onPaper(record.status() == RecordStatus.DRAFT ? "Draft"
                    : "Complete, not yet signed"), options);
        });
    }

    /** The bytes of a filed PDF, in the caller's transaction. */
    public byte[] pdf(Handle h, FiledDocument filed) {
        return files.pdf(h, filed.id()).orElseThrow(() -> new IllegalArgumentException("Filed copy " + filed.id()
                + " has no PDF"));
    }

    RecordFiles files() {
        return files;
    }

    RecordPrinting printing() {
        return printing;
    }

    /** The user's own identity, made on first use in the name they go by. */
    SigningIdentity ownIdentity(SupervisionRecord record) {
        String name = database.jdbi().withHandle(h -> {
            RecordFiles.Contents contents = files.contents(h, record.id());
            return printing.signerName(contents);
        });
        return identities.ownIdentity(name, clock);
    }

    /** The stored record, as the caller saw it: same version. */
    private RecordFiles.Contents current(Handle h, SupervisionRecord record) {
        RecordFiles.Contents contents = files.contents(h, record.id());
        if (contents.record().version() != record.version()) {
            throw new FilingRefusedException(FilingRefusedException.Reason.CHANGED, "This record has changed since it "
                    + "was opened: it is now version " + contents.record().version() + ". Open it again.");
        }
        return contents;
    }

    /** The stored record, complete and not yet signed by both. */
    private RecordFiles.Contents signable(Handle h, SupervisionRecord record) {
        RecordFiles.Contents contents = current(h, record);
        if (contents.record().status() != RecordStatus.COMPLETE) {
            throw new FilingRefusedException(FilingRefusedException.Reason.NOT_COMPLETE,
                    "This record is still a draft. Complete it before it is signed.");
        }
        Optional<FiledDocument> signed = FiledCopies.standing(files.filed(h, record.id(), record.version()))
                .filter(d -> d.signing().signedByBoth());
        if (signed.isPresent()) {
            throw new FilingRefusedException(FilingRefusedException.Reason.ALREADY_SIGNED, "This record was already "
                    + "signed by both" + signed.get().signedOnDate().map(d -> " on " + UkDates.format(d)).orElse("")
                    + ". To change it, make a correction.");
        }
        return contents;
    }

    /**
     * A leaver's file is archived: nothing in it is signed, corrected or printed for signing. Export
     * and preview ({@link #sealedCopy}, {@link #preview}) stay open; see decision 0010. Checked by
     * each method that opens its own transaction; the variants taking a {@link Handle} write history
     * inside the caller's transaction (sample data signs records as they were signed before a
     * leaving date) and leave the check to their callers.
     */
    private void requireNotArchived(Handle h, SupervisionRecord record) {
        try {
            ArchivedFiles.requireOpen(h, record.superviseeId(), clock);
        } catch (FileArchivedException e) {
            throw new FilingRefusedException(FilingRefusedException.Reason.ARCHIVED, e.getMessage(), e);
        }
    }

    private static void requireDate(LocalDate signedOn, SupervisionRecord record, Clock signingClock) {
        if (signedOn.isAfter(LocalDate.now(signingClock))) {
            throw new FilingRefusedException(FilingRefusedException.Reason.BAD_DATE, "The date signed, "
                    + UkDates.format(signedOn) + ", is in the future. Enter the day it was signed.");
        }
        if (signedOn.isBefore(record.recordDate())) {
            throw new FilingRefusedException(FilingRefusedException.Reason.BAD_DATE, "The date signed, "
                    + UkDates.format(signedOn) + ", is before the record's own date, " + UkDates.format(record.recordDate())
                    + ". Check the date.");
        }
    }

    /** The day the supervisee signed, by their signature's time if it is believable, else today. */
    private LocalDate signedOn(SignatureCheck supervisee, SupervisionRecord record) {
        LocalDate today = LocalDate.now(clock);
        return supervisee.signingTime().map(t -> t.atZone(LONDON).toLocalDate())
                .filter(d -> !d.isAfter(today) && !d.isBefore(record.recordDate()))
                .orElse(today);
    }

    private void markSession(Handle h, RecordFiles.Contents contents, LocalDate sharedOn, LocalDate signedOn) {
        if (contents.record().sessionId() != null) {
            files.markSession(h, contents.record().sessionId(), sharedOn, signedOn);
        }
    }

    static boolean startsWith(byte[] whole, byte[] prefix) {
        return whole.length > prefix.length && Arrays.equals(whole, 0, prefix.length, prefix, 0, prefix.length);
    }
}
