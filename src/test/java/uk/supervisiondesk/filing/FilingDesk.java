package uk.supervisiondesk.filing;

import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.pdf.PdfResources;
import uk.supervisiondesk.pdf.RecordSigner;
import uk.supervisiondesk.pdf.SampleSessionRecord;
import uk.supervisiondesk.pdf.SignatureRequest;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.testing.TestData;

/**
 * A real encrypted database with one supervisee, one held session and its completed record,
 * ready to be signed. Today is Monday 23/11/2026; the session was on Friday 20/11/2026.
 */
final class FilingDesk implements AutoCloseable {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), LONDON);
    static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 20);
    static final TemplateLoader TEMPLATES = new TemplateLoader();
    /** The supervisee's own certificate, as their PDF reader would hold it (RSA keys are slow to make). */
    static final SigningIdentity SUPERVISEE_ID = SigningIdentity.generate("Jo Bloggs",
            Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), LONDON));

    final DeskDatabase db;
    final RecordBook book;
    final SessionLog log;
    final SigningIdentities identities;
    final RecordFiling filing;
    final Supervisee jo;
    final SessionEntry session;
    final SupervisionRecord record;

    FilingDesk(Path dir) throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        book = new RecordBook(db, TODAY);
        log = new SessionLog(db, TODAY);
        identities = new SigningIdentities(db, TODAY);
        filing = new RecordFiling(db, TODAY, identities, TEMPLATES,
                () -> new FilingLetterhead("Sefton Council Children's Services", "Sefton Council Children's Services",
                        "Alex Morgan"));
        jo = new StaffRegister(db, TODAY).save(TestData.socialWorker("E1042", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
        session = log.save(new SessionEntry(null, jo.id(), SupervisionSession.held(SESSION_DAY, SessionKind.INDIVIDUAL)));
        record = completed("individual", session);
    }

    /** A completed record of a shipped form with every field filled, linked to the session if one is given. */
    SupervisionRecord completed(String templateKey, SessionEntry linked) throws Exception {
        RecordTemplate template = TEMPLATES.bundled(templateKey);
        SupervisionRecord draft = book.create(new SupervisionRecord(null, jo.id(), template.key(), template.recordType(),
                SESSION_DAY, null, RecordStatus.DRAFT, 1, FilledRecords.values(template), null));
        List<ActionItem> actions = FilledRecords.actions(jo.id(), draft.id());
        return book.complete(draft, actions, List.of(), linked);
    }

    SessionEntry sessionNow() {
        return log.forSupervisee(jo.id()).stream().filter(e -> e.id().equals(session.id())).findFirst().orElseThrow();
    }

    List<AuditEntryRow> auditOf(long recordId) {
        return db.dao(AuditDao.class).all().stream().filter(e -> e.recordId() != null && e.recordId() == recordId
                && e.recordType().equals("record")).toList();
    }

    static byte[] drawing(String who) {
        return SampleSessionRecord.drawnSignature(who);
    }

    /** What the supervisee's PDF reader does: sign the empty field in a new revision. */
    static byte[] signedBySupervisee(byte[] sent, Clock when) throws Exception {
        return new RecordSigner(PdfResources.shared(), when).sign(sent, SUPERVISEE_ID,
                SignatureRequest.agreeing(SignatureMarks.SUPERVISEE_FIELD));
    }

    @Override
    public void close() {
        db.close();
    }
}
