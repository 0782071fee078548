package uk.supervisiondesk.filing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.pdf.SigningIdentityException;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.store.SigningIdentityDao;
import uk.supervisiondesk.store.SigningIdentityRow;

/**
 * The user's signing identity, kept in the encrypted database as PKCS#12 bytes protected by a
 * random secret stored beside it (docs/decisions/0008-signing-identities.md). Generated on first
 * use, or imported from a PKCS#12 file the organisation issued; the newest is the one in use and
 * earlier ones are kept. Once read, the identity is held in memory until the database closes.
 */
public final class SigningIdentities {
    static final String AUDIT_TYPE = "signing-identity";
    private static final int SECRET_BYTES = 32;

    /** Where an identity came from. */
    public enum Source { GENERATED, ORGANISATION }

    /** What the settings screen shows about the identity in use. */
    public record Summary(String personName, Source source, Instant validUntil, String certificateSha256) {
    }

    private final DeskDatabase database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private Long cachedId;
    private SigningIdentity cached;

    public SigningIdentities(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The identity in use; if there is none yet, or it can no longer sign, a new one is
     * generated for {@code personName} (valid from {@code now} for five years) and kept.
     */
    public synchronized SigningIdentity ownIdentity(String personName, Clock now) {
        return database.jdbi().inTransaction(h -> {
            Optional<SigningIdentityRow> inUse = h.attach(SigningIdentityDao.class).inUse();
            if (inUse.isPresent() && inUse.get().validUntil().toInstant().isAfter(now.instant())) {
                return load(h, inUse.get());
            }
            SigningIdentity generated = SigningIdentity.generate(personName, now);
            keep(h, generated, Source.GENERATED);
            return generated;
        });
    }

    /**
     * Imports the organisation's PKCS#12 file (.p12 or .pfx) and uses it from now on; the
     * organisation's password is needed only this once.
     *
     * @throws SigningIdentityException the file cannot be read, the password is wrong, it holds
     *     no private key, or its certificate is not valid today; the message says which
     */
    public synchronized SigningIdentity importOrganisationIdentity(Path file, char[] password)
            throws SigningIdentityException {
        SigningIdentity imported = SigningIdentity.importFrom(file, password, clock);
        database.jdbi().useTransaction(h -> keep(h, imported, Source.ORGANISATION));
        return imported;
    }

    /** The identity in use, if one has been made or imported. */
    public synchronized Optional<SigningIdentity> current() {
        return database.jdbi().inTransaction(h -> h.attach(SigningIdentityDao.class).inUse().map(row -> load(h, row)));
    }

    public Optional<Summary> describeCurrent() {
        return database.dao(SigningIdentityDao.class).inUse().map(row -> new Summary(row.personName(),
                Source.valueOf(row.source()), row.validUntil().toInstant(), row.certificateSha256()));
    }

    private void keep(Handle h, SigningIdentity identity, Source source) {
        SigningIdentityDao dao = h.attach(SigningIdentityDao.class);
        char[] password = password(h);
        byte[] pkcs12;
        try {
            pkcs12 = identity.toPkcs12(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        dao.retireAll();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long id = dao.insert(new SigningIdentityRow(null, source.name(), identity.personName(), fingerprint(identity),
                OffsetDateTime.ofInstant(identity.certificate().getNotAfter().toInstant(), ZoneOffset.UTC), pkcs12,
                true, at));
        h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CREATE, AUDIT_TYPE, id, null,
                source == Source.GENERATED ? "signing identity generated" : "organisation signing identity imported"),
                clock);
        cachedId = id;
        cached = identity;
    }

    private SigningIdentity load(Handle h, SigningIdentityRow row) {
        if (row.id().equals(cachedId)) {
            return cached;
        }
        char[] password = password(h);
        try {
            SigningIdentity identity = SigningIdentity.fromPkcs12(row.pkcs12(), password);
            cachedId = row.id();
            cached = identity;
            return identity;
        } catch (SigningIdentityException e) {
            throw new IllegalStateException("The signing identity kept in the database could not be read ("
                    + e.getMessage() + "). Import your organisation's certificate again, or restore a backup.", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The PKCS#12 password: the database's random signing secret, made on first use. */
    private char[] password(Handle h) {
        SigningIdentityDao dao = h.attach(SigningIdentityDao.class);
        byte[] secret = dao.secret().orElseGet(() -> {
            byte[] fresh = new byte[SECRET_BYTES];
            random.nextBytes(fresh);
            dao.insertSecret(fresh, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            return fresh;
        });
        try {
            return Base64.getEncoder().encodeToString(secret).toCharArray();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static String fingerprint(SigningIdentity identity) {
        try {
            return RecordFiles.sha256(identity.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate could not be read: " + e.getMessage(), e);
        }
    }
}
