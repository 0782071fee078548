package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/**
 * A leaver's file is archived (decision 0010): nothing in it is signed, taken back in, printed
 * for signing or corrected, whichever screen or command asks. Exporting what is there still works,
 * and an unsigned record exports marked as not signed.
 */
class ArchivedFileSigningTest {
    private static final LocalDate LEFT_ON = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    private FilingDesk desk;
    /** Sent to Jo for signing before they left; the copy she signed comes back after. */
    private byte[] sent;
    /** Signed by both before Jo left. */
    private SupervisionRecord signed;
    /** Completed, never signed. */
    private SupervisionRecord unsigned;
    private Path scan;

    @BeforeEach
    void jobsDoneBeforeJoLeft() throws Exception {
        desk = new FilingDesk(dir);
        sent = desk.filing.prepareRemote(desk.record);
        signed = desk.completed("individual", null);
        desk.filing.signInPerson(signed, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", FilingDesk.SESSION_DAY);
        unsigned = desk.completed("individual", null);
        scan = Files.write(dir.resolve("scan.pdf"), desk.filing.printForPaper(unsigned));
        leave(LEFT_ON);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void leave(LocalDate day) {
        Supervisee jo = new StaffRegister(desk.db, FilingDesk.TODAY).findById(desk.jo.id()).orElseThrow();
        TestData.leftOn(desk.db, FilingDesk.TODAY, jo, day);
    }

    private void assertArchivedRefusal(ThrowingCallable attempt) {
        int trail = desk.db.dao(AuditDao.class).all().size();
        assertThatThrownBy(attempt).isInstanceOfSatisfying(FilingRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(FilingRefusedException.Reason.ARCHIVED);
            assertThat(e.getMessage()).contains("archived when they left on 22/11/2026", "Staff screen")
                    .doesNotContain("Bloggs");
        });
        assertThat(desk.db.dao(AuditDao.class).all()).as("nothing was recorded").hasSize(trail);
    }

    private List<FiledDocument> filed(SupervisionRecord r) {
        return desk.filing.files().filed(r.id(), r.version());
    }

    @Test
    void nothingInAnArchivedFileIsSignedTakenBackInPrintedForSigningOrCorrected() throws Exception {
        List<FiledDocument> before = filed(unsigned);
        assertArchivedRefusal(() -> desk.filing.signInPerson(unsigned, FilingDesk.drawing("Alex"),
                FilingDesk.drawing("Jo"), "Jo Bloggs", "Alex Morgan", FilingDesk.SESSION_DAY));
        assertArchivedRefusal(() -> desk.filing.prepareRemote(unsigned));
        assertArchivedRefusal(() -> desk.filing.printForPaper(unsigned));
        assertArchivedRefusal(() -> desk.filing.recordPaper(unsigned, FilingDesk.SESSION_DAY, scan));
        assertThat(filed(unsigned)).isEqualTo(before);

        byte[] returned = FilingDesk.signedBySupervisee(sent, SigningRemotelyTest.SUPERVISEE_SIGNS);
        assertArchivedRefusal(() -> desk.filing.importRemote(desk.record, returned));
        assertThat(desk.filing.state(desk.record.id()).awaitingSupervisee()).as("still waiting, as when Jo left")
                .isTrue();

        assertArchivedRefusal(() -> desk.filing.correct(signed, "The date of the visit was wrong"));
        assertThat(desk.filing.versions(signed.id())).hasSize(1);
    }

    @Test
    void whatIsThereStillExportsAndAnUnsignedRecordSaysItIsNotSigned() {
        SigningIdentity identity = desk.filing.ownIdentity(unsigned);
        FiledDocument copy = desk.db.jdbi().inTransaction(h -> desk.filing.sealedCopy(h, unsigned, identity,
                FilingDesk.TODAY));
        assertThat(copy.signing()).isEqualTo(SigningMode.UNSIGNED);
        String text = PdfText.of(desk.filing.files().pdf(copy.id()).orElseThrow());
        assertThat(text).contains("Complete, not yet signed");

        // The signed record exports as it was signed; both preview.
        FiledDocument signedCopy = desk.db.jdbi().inTransaction(h -> desk.filing.sealedCopy(h, signed, identity,
                FilingDesk.TODAY));
        assertThat(signedCopy.signing()).isEqualTo(SigningMode.IN_PERSON);
        assertThat(PdfText.of(desk.filing.preview(unsigned.id(), false))).contains("Complete, not yet signed");
        assertThat(desk.filing.filedPdf(signed.id(), 1)).isPresent();
    }

    @Test
    void puttingBackTheLeavingDateOpensTheFileAgain() {
        Consumer<LocalDate> leaveOn = this::leave;
        leaveOn.accept(LocalDate.of(2027, 3, 31));
        assertThat(desk.filing.prepareRemote(unsigned)).isNotEmpty();
        assertThat(desk.filing.state(unsigned.id()).awaitingSupervisee()).isTrue();
    }
}
