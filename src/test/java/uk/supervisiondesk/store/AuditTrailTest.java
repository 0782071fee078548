package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.testing.TestData;

class AuditTrailTest {
    @TempDir
    Path dir;
    private DeskDatabase db;
    private AuditDao audit;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void open() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        audit = db.dao(AuditDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savingAFrontSheetRecordsWhatChangedButNotTheContent() {
        StaffRegister register = new StaffRegister(db, clock);
        Supervisee saved = register.save(TestData.fullSupervisee("E1", "Jo", "Bloggs"));
        PersonalDetails p = saved.personal();
        register.save(new Supervisee(saved.id(), "E1", new PersonalDetails(p.title(), p.forenames(), "Bloggs-Brown",
                p.previousNames(), p.dateOfBirth(), "1 New Road", p.homePhone(), p.mobilePhone()),
                saved.employment(), saved.emergencyContact(), saved.roleHistory()));

        List<AuditEntryRow> entries = audit.forSupervisee(saved.id());
        assertThat(entries).extracting(AuditEntryRow::action).containsExactly("create", "change");
        assertThat(entries.get(1).detail()).isEqualTo("fields: surname, home address");
        assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("Bloggs", "New Road"));
        assertThat(AuditTrailCheck.firstBrokenLink(audit.all())).isEmpty();
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        audit.append(new AuditEvent(AuditAction.EXPORT, "session", 4L, 1L, "to a folder"), clock);
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET detail = 'x'")))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry")))
                .hasMessageContaining("cannot be changed");
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void aRemovedOrAlteredEntryIsFoundAsTheFirstBrokenLink() {
        for (int i = 1; i <= 5; i++) {
            audit.append(new AuditEvent(AuditAction.CHANGE, "supervisee", (long) i, (long) i, "fields: team"), clock);
        }
        List<AuditEntryRow> all = audit.all();
        assertThat(AuditTrailCheck.firstBrokenLink(all)).isEmpty();

        AuditEntryRow third = all.get(2);
        AuditEntryRow altered = new AuditEntryRow(third.seq(), third.at(), third.action(), third.recordType(),
                third.recordId(), third.superviseeId(), "fields: nothing to see", third.previousHash(),
                third.entryHash());
        List<AuditEntryRow> tampered = new java.util.ArrayList<>(all);
        tampered.set(2, altered);
        assertThat(AuditTrailCheck.firstBrokenLink(tampered))
                .contains(new AuditTrailCheck.BrokenLink(3, "entry 3 has been altered"));

        List<AuditEntryRow> removed = new java.util.ArrayList<>(all);
        removed.remove(1);
        assertThat(AuditTrailCheck.firstBrokenLink(removed)).get()
                .extracting(AuditTrailCheck.BrokenLink::seq).isEqualTo(2L);
    }

    @Test
    void unlockingRecordsTheWrongAttemptsBeforeIt() throws Exception {
        db.close();
        DataFolder folder = new DataFolder(dir);
        Unlocker unlocker = new Unlocker(folder, clock, "desktop app");
        unlocker.unlock("wrong passphrase here".toCharArray());
        unlocker.unlock("another wrong one here".toCharArray());
        db = ((Unlocker.Opened) unlocker.unlock(PASSPHRASE)).database();
        audit = db.dao(AuditDao.class);

        assertThat(audit.all()).extracting(AuditEntryRow::action).containsExactly("failed-unlock", "unlock");
        assertThat(audit.all().get(0).detail()).startsWith("2 wrong passphrase(s)");
        assertThat(audit.all().get(1).detail()).isEqualTo("desktop app");
    }
}
