package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.SigningIdentityDao;

/** Sample data's completed records are signed as their monitoring-sheet rows say, in realistic proportions. */
class SampleSignaturesTest {
    @TempDir
    Path dir;

    @Test
    void sessionRecordsAreSignedAsTheMonitoringSheetSaysAndAgreementsWhenMade() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            PolicyInUse policy = PolicyInUse.load(new PolicySettings(db, FilingDesk.TODAY), new PolicyPackLoader());
            LocalDate today = LocalDate.now(FilingDesk.TODAY);
            new SampleDataLoader(db, FilingDesk.TODAY).load(7, 14, 1, today, policy.pack(), policy.calendar());

            RecordBook book = new RecordBook(db, FilingDesk.TODAY);
            Map<Long, FiledDocument> standing = new RecordFiles(db, FilingDesk.TODAY).standingForCurrentVersions();
            Map<Long, SessionEntry> sessions = new SessionLog(db, FilingDesk.TODAY).bySupervisee().values().stream()
                    .flatMap(l -> l.stream()).collect(Collectors.toMap(SessionEntry::id, e -> e));
            Map<SigningMode, Integer> modes = new EnumMap<>(SigningMode.class);
            standing.values().forEach(d -> modes.merge(d.signing(), 1, Integer::sum));
            int sessionRecords = 0;
            for (SupervisionRecord record : book.ofType("individual")) {
                if (record.sessionId() == null) {
                    continue;
                }
                sessionRecords++;
                var session = sessions.get(record.sessionId()).session();
                FiledDocument filed = standing.get(record.id());
                if (session.signedOn() != null) {
                    assertThat(filed.signing().signedByBoth()).as("record " + record.id()).isTrue();
                    assertThat(filed.signedOn()).isEqualTo(session.signedOn());
                } else if (session.sharedOn() != null) {
                    assertThat(filed.signing()).isEqualTo(SigningMode.REMOTE_PENDING);
                } else {
                    assertThat(filed).as("not shared yet, so not signed").isNull();
                }
            }
            for (SupervisionRecord agreement : book.ofType("agreement")) {
                assertThat(standing.get(agreement.id()).signing().signedByBoth()).isTrue();
            }

            assertThat(sessionRecords).isGreaterThan(12);
            int signed = modes.getOrDefault(SigningMode.IN_PERSON, 0) + modes.getOrDefault(SigningMode.REMOTE_COMPLETE, 0)
                    + modes.getOrDefault(SigningMode.PAPER, 0);
            assertThat(modes.getOrDefault(SigningMode.IN_PERSON, 0)).as("mostly in person: " + modes)
                    .isGreaterThan(signed / 2);
            assertThat(modes.get(SigningMode.REMOTE_COMPLETE)).as("some remotely: " + modes).isPositive();
            assertThat(modes.get(SigningMode.PAPER)).as("a few on paper: " + modes).isPositive()
                    .isLessThan(modes.get(SigningMode.IN_PERSON));
            assertThat(db.dao(SigningIdentityDao.class).count()).as("the user's own identity is left alone").isZero();

            RecordFiling filing = new RecordFiling(db, FilingDesk.TODAY, new SigningIdentities(db, FilingDesk.TODAY),
                    FilingDesk.TEMPLATES, () -> new FilingLetterhead("Anytown", "Anytown", ""));
            for (SigningMode mode : new SigningMode[] {SigningMode.IN_PERSON, SigningMode.REMOTE_COMPLETE,
                    SigningMode.PAPER}) {
                FiledDocument one = standing.values().stream().filter(d -> d.signing() == mode).findFirst().orElseThrow();
                byte[] pdf = filing.filedPdf(one.recordId(), one.version()).orElseThrow();
                assertThat(new PdfVerifier().verify(pdf).valid()).as(mode.name()).isTrue();
                assertThat(filing.isLocked(one.recordId())).isTrue();
            }
        }
    }
}
