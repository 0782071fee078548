package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.pdf.SigningIdentityException;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SigningIdentityDao;
import uk.supervisiondesk.store.SigningIdentityRow;

/** The user's signing identity: made once, kept in the encrypted database, or imported from the organisation. */
class SigningIdentitiesTest {
    @TempDir
    Path dir;

    @Test
    void madeOnFirstUseThenTheSameOneEvenAfterReopening() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        SigningIdentity first;
        try (DeskDatabase db = DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            SigningIdentities identities = new SigningIdentities(db, FilingDesk.TODAY);
            assertThat(identities.current()).isEmpty();
            first = identities.ownIdentity("Alex Morgan", FilingDesk.TODAY);
            assertThat(first.personName()).isEqualTo("Alex Morgan");
            assertThat(identities.ownIdentity("Someone Else", FilingDesk.TODAY).certificate())
                    .isEqualTo(first.certificate());
            assertThat(identities.describeCurrent()).hasValueSatisfying(s -> {
                assertThat(s.source()).isEqualTo(SigningIdentities.Source.GENERATED);
                assertThat(s.personName()).isEqualTo("Alex Morgan");
            });
            assertThat(db.dao(AuditDao.class).all()).anySatisfy(e -> {
                assertThat(e.recordType()).isEqualTo("signing-identity");
                assertThat(e.detail()).isEqualTo("signing identity generated");
            });
        }
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            SigningIdentities reopened = new SigningIdentities(db, FilingDesk.TODAY);
            assertThat(reopened.current()).hasValueSatisfying(id -> {
                assertThat(id.certificate()).isEqualTo(first.certificate());
                assertThat(id.privateKey()).isEqualTo(first.privateKey());
            });
        }
    }

    @Test
    void theStoredPkcs12IsProtectedByTheDatabasesSecretNotLeftOpen() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            new SigningIdentities(db, FilingDesk.TODAY).ownIdentity("Alex Morgan", FilingDesk.TODAY);
            SigningIdentityRow row = db.dao(SigningIdentityDao.class).inUse().orElseThrow();
            byte[] secret = db.dao(SigningIdentityDao.class).secret().orElseThrow();

            assertThat(secret).hasSize(32);
            assertThatThrownBy(() -> SigningIdentity.fromPkcs12(row.pkcs12(), new char[0]))
                    .isInstanceOf(SigningIdentityException.class);
            assertThatThrownBy(() -> SigningIdentity.fromPkcs12(row.pkcs12(), PASSPHRASE))
                    .isInstanceOf(SigningIdentityException.class);
            char[] password = java.util.Base64.getEncoder().encodeToString(secret).toCharArray();
            assertThat(SigningIdentity.fromPkcs12(row.pkcs12(), password).personName()).isEqualTo("Alex Morgan");
        }
    }

    @Test
    void anExpiredIdentityIsReplacedOnNextUse() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            SigningIdentities identities = new SigningIdentities(db, FilingDesk.TODAY);
            SigningIdentity first = identities.ownIdentity("Alex Morgan", FilingDesk.TODAY);
            Clock sixYearsOn = Clock.fixed(Instant.parse("2032-11-23T10:00:00Z"), FilingDesk.LONDON);

            SigningIdentity renewed = identities.ownIdentity("Alex Morgan", sixYearsOn);

            assertThat(renewed.certificate()).isNotEqualTo(first.certificate());
            assertThat(db.dao(SigningIdentityDao.class).count()).isEqualTo(2);
        }
    }

    @Test
    void anOrganisationsCertificateIsImportedAndUsedFromThenOn() throws Exception {
        SigningIdentity issued = SigningIdentity.generate("Alex Morgan (Sefton Council)", FilingDesk.TODAY);
        char[] orgPassword = "issued by IT 2026".toCharArray();
        Path p12 = Files.write(dir.resolve("alex.p12"), issued.toPkcs12(orgPassword));
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE, TEST_KEY_ITERATIONS,
                null)) {
            SigningIdentities identities = new SigningIdentities(db, FilingDesk.TODAY);
            identities.ownIdentity("Alex Morgan", FilingDesk.TODAY);

            identities.importOrganisationIdentity(p12, orgPassword);

            assertThat(identities.current().orElseThrow().certificate()).isEqualTo(issued.certificate());
            assertThat(identities.ownIdentity("Alex Morgan", FilingDesk.TODAY).certificate())
                    .isEqualTo(issued.certificate());
            assertThat(identities.describeCurrent().orElseThrow().source()).isEqualTo(SigningIdentities.Source.ORGANISATION);
        }
    }

    @Test
    void aWrongPasswordOrADamagedFileIsRefusedAndNothingChanges() throws Exception {
        SigningIdentity issued = SigningIdentity.generate("Alex Morgan", FilingDesk.TODAY);
        Path p12 = Files.write(dir.resolve("alex.p12"), issued.toPkcs12("right".toCharArray()));
        Path damaged = Files.write(dir.resolve("damaged.pfx"), "not a certificate".getBytes());
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE, TEST_KEY_ITERATIONS,
                null)) {
            SigningIdentities identities = new SigningIdentities(db, FilingDesk.TODAY);

            assertThatThrownBy(() -> identities.importOrganisationIdentity(p12, "wrong".toCharArray()))
                    .isInstanceOf(SigningIdentityException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> identities.importOrganisationIdentity(damaged, "right".toCharArray()))
                    .isInstanceOf(SigningIdentityException.class).hasMessageContaining("not a PKCS#12");
            assertThat(identities.current()).isEmpty();
        }
    }
}
