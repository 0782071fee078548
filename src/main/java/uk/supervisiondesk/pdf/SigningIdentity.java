package uk.supervisiondesk.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import uk.supervisiondesk.domain.UkDates;

/**
 * A person's means of signing: their private key and certificate chain (own certificate first).
 * Either generated on first use (self-issued, RSA-2048, five years) or imported from a PKCS#12
 * file the organisation issued. Kept as PKCS#12 bytes protected by a password; the app stores
 * those bytes in its encrypted database under the database passphrase.
 */
public final class SigningIdentity {
    public static final String ORGANISATION = "Supervision Desk";
    static final int KEY_BITS = 2048;
    static final int VALID_YEARS = 5;
    private static final String ALIAS = "signing";
    private static final String KEYSTORE_TYPE = "PKCS12";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a signing identity needs its certificate");
        }
    }

    /**
     * A new key pair and self-issued certificate for the person: subject CN=their name,
     * O=Supervision Desk, valid from now for five years, for digital signatures only.
     */
    public static SigningIdentity generate(String personName, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, new SecureRandom());
            return generate(personName, clock, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            // The JDK always has RSA; reaching this means a broken runtime.
            throw new IllegalStateException("Could not create a signing key: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #generate(String, Clock)}, with a key pair made elsewhere. For sample data and
     * tests only, where a fresh RSA key for every fictional person costs seconds and proves nothing:
     * a real person's identity always gets a key of its own.
     */
    public static SigningIdentity generate(String personName, Clock clock, KeyPair keys) {
        RecordHeader.requireText(personName, "personName");
        try {
            // The builder escapes commas and the like, so "O'Brien, Jo" stays one name.
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, personName.strip())
                    .addRDN(BCStyle.O, ORGANISATION)
                    .build();
            Instant now = clock.instant();
            // A minute's grace, so a laptop clock a little behind the signing one does not
            // find the certificate "not yet valid".
            Date notBefore = Date.from(now.minusSeconds(60));
            Date notAfter = Date.from(ZonedDateTime.ofInstant(now, ZoneId.of("UTC")).plusYears(VALID_YEARS).toInstant());
            BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject, serial, notBefore, notAfter, subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new SigningIdentity(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            // The JDK always has RSA and SHA-256; reaching this means a broken runtime.
            throw new IllegalStateException("Could not create a signing key: " + e.getMessage(), e);
        }
    }

    /** Reads PKCS#12 bytes this app saved, or an organisation issued. */
    public static SigningIdentity fromPkcs12(byte[] pkcs12, char[] password) throws SigningIdentityException {
        KeyStore store = readStore(pkcs12, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] certificates = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && certificates != null && certificates.length > 0) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : certificates) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new SigningIdentity(privateKey, chain);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningIdentityException(SigningIdentityException.Reason.UNREADABLE,
                    "The certificate file could not be read: " + e.getMessage(), e);
        }
        throw new SigningIdentityException(SigningIdentityException.Reason.NO_PRIVATE_KEY,
                "This certificate file holds no private key, so it cannot be used to sign. Ask for the "
                        + "file that includes your private key (usually a .p12 or .pfx you were given a password for).",
                null);
    }

    /**
     * Imports an organisation-issued PKCS#12 file (.p12 or .pfx), checking it can sign today.
     *
     * @param clock today, for the validity check
     */
    public static SigningIdentity importFrom(Path file, char[] password, Clock clock) throws SigningIdentityException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningIdentityException(SigningIdentityException.Reason.UNREADABLE,
                    "The certificate file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        SigningIdentity identity = fromPkcs12(bytes, password);
        identity.checkValidAt(clock.instant());
        return identity;
    }

    /** Throws unless the certificate is within its validity dates at the instant. */
    public void checkValidAt(Instant instant) throws SigningIdentityException {
        try {
            certificate().checkValidity(Date.from(instant));
        } catch (CertificateExpiredException e) {
            throw new SigningIdentityException(SigningIdentityException.Reason.NOT_VALID_NOW,
                    "The certificate for " + personName() + " expired on " + validityDate(certificate().getNotAfter())
                            + ". Ask for a new one, or create a new signing identity.", e);
        } catch (CertificateNotYetValidException e) {
            throw new SigningIdentityException(SigningIdentityException.Reason.NOT_VALID_NOW,
                    "The certificate for " + personName() + " is not valid until "
                            + validityDate(certificate().getNotBefore()) + ". Check the computer's date.", e);
        }
    }

    /** Saves as PKCS#12 bytes protected by the password (the JDK's AES-256 based protection). */
    public byte[] toPkcs12(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(null, null);
            store.setKeyEntry(ALIAS, privateKey, password, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not save the signing identity: " + e.getMessage(), e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signer's certificate first, then any issuing certificates. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The name in the certificate (its CN), as verifiers will show it. */
    public String personName() {
        return CertificateNames.personName(certificate());
    }

    private static KeyStore readStore(byte[] pkcs12, char[] password) throws SigningIdentityException {
        try {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(new ByteArrayInputStream(pkcs12), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof BadPaddingException) {
                throw wrongPassword(e);
            }
            throw new SigningIdentityException(SigningIdentityException.Reason.NOT_PKCS12,
                    "This is not a PKCS#12 certificate file (.p12 or .pfx), or it is damaged.", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningIdentityException(SigningIdentityException.Reason.NOT_PKCS12,
                    "This is not a PKCS#12 certificate file (.p12 or .pfx), or it is damaged.", e);
        }
    }

    private static SigningIdentityException wrongPassword(Exception e) {
        return new SigningIdentityException(SigningIdentityException.Reason.WRONG_PASSWORD,
                "The password for the certificate file is not right. Check it and try again.", e);
    }

    private static String validityDate(Date date) {
        return UkDates.format(date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate());
    }
}
