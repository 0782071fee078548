package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningIdentityTest {
    private static final Instant NOW = Instant.parse("2026-11-23T17:05:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final char[] PASSWORD = "a long database passphrase".toCharArray();

    @TempDir
    Path folder;

    @Test
    void generatesAFiveYearRsa2048CertificateInThePersonsName() throws Exception {
        X509Certificate certificate = TestIdentities.SUPERVISOR.certificate();

        assertThat(TestIdentities.SUPERVISOR.personName()).isEqualTo("Alex Morgan");
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("O=Supervision Desk,CN=Alex Morgan");
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(certificate.getNotAfter().toInstant())
                .isEqualTo(Instant.parse("2031-01-05T09:00:00Z"));
        assertThat(certificate.getKeyUsage()[0]).as("digital signature").isTrue();
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void keepsANameWithACommaWhole() {
        SigningIdentity identity = SigningIdentity.generate("O'Brien, Jo", CLOCK);

        assertThat(identity.personName()).isEqualTo("O'Brien, Jo");
    }

    @Test
    void roundTripsThroughPkcs12() throws Exception {
        byte[] saved = TestIdentities.SUPERVISEE.toPkcs12(PASSWORD);

        SigningIdentity loaded = SigningIdentity.fromPkcs12(saved, PASSWORD);

        assertThat(loaded.certificate()).isEqualTo(TestIdentities.SUPERVISEE.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(TestIdentities.SUPERVISEE.privateKey().getEncoded());
        assertThat(loaded.personName()).isEqualTo("Priya Shah");
    }

    @Test
    void aWrongPasswordSaysSo() {
        byte[] saved = TestIdentities.SUPERVISEE.toPkcs12(PASSWORD);

        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(saved, "not the passphrase".toCharArray()))
                .isInstanceOfSatisfying(SigningIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningIdentityException.Reason.WRONG_PASSWORD))
                .hasMessage("The password for the certificate file is not right. Check it and try again.");
    }

    @Test
    void aFileThatIsNotPkcs12SaysSo() {
        assertThatThrownBy(() -> SigningIdentity.fromPkcs12("-----BEGIN CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII), PASSWORD))
                .isInstanceOfSatisfying(SigningIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningIdentityException.Reason.NOT_PKCS12))
                .hasMessageContaining("not a PKCS#12 certificate file");
        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(new byte[0], PASSWORD))
                .isInstanceOf(SigningIdentityException.class).hasMessageContaining("not a PKCS#12");
    }

    @Test
    void aCertificateWithoutItsPrivateKeyCannotSign() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("colleague", TestIdentities.SUPERVISOR.certificate());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, PASSWORD);

        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(bytes.toByteArray(), PASSWORD))
                .isInstanceOfSatisfying(SigningIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningIdentityException.Reason.NO_PRIVATE_KEY))
                .hasMessageContaining("holds no private key");
    }

    @Test
    void importsAnOrganisationIssuedFileWithItsChain() throws Exception {
        Path file = folder.resolve("alex.morgan.p12");
        Files.write(file, organisationIssued("Alex Morgan", "org-password".toCharArray(), NOW.minusSeconds(86_400 * 30L)));

        SigningIdentity identity = SigningIdentity.importFrom(file, "org-password".toCharArray(), CLOCK);

        assertThat(identity.personName()).isEqualTo("Alex Morgan");
        assertThat(identity.chain()).hasSize(2);
        assertThat(identity.chain().get(1).getSubjectX500Principal().getName()).contains("Anytown Council Signing CA");
        byte[] rendered = new RecordPdfRenderer().render(SampleSessionRecord.forRemoteSigning());
        byte[] signed = new RecordSigner(PdfResources.shared(), CLOCK).sign(rendered, identity,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD));
        assertThat(new PdfVerifier().verify(signed).valid()).isTrue();
    }

    @Test
    void refusesToImportAnExpiredCertificate() throws Exception {
        Path file = folder.resolve("old.p12");
        Files.write(file, organisationIssued("Alex Morgan", PASSWORD, Instant.parse("2019-01-01T00:00:00Z")));

        assertThatThrownBy(() -> SigningIdentity.importFrom(file, PASSWORD, CLOCK))
                .isInstanceOfSatisfying(SigningIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningIdentityException.Reason.NOT_VALID_NOW))
                .hasMessageContaining("expired on 01/01/2020");
    }

    @Test
    void aMissingFileSaysWhichFile() {
        assertThatThrownBy(() -> SigningIdentity.importFrom(folder.resolve("missing.p12"), PASSWORD, CLOCK))
                .isInstanceOf(SigningIdentityException.class).hasMessageContaining("missing.p12");
    }

    /** A PKCS#12 as an IT department would issue it: the person's key and certificate, and the CA's. */
    private static byte[] organisationIssued(String name, char[] password, Instant issued) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair caKeys = generator.generateKeyPair();
        KeyPair personKeys = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=Anytown Council Signing CA,O=Anytown Council");
        Date from = Date.from(issued);
        Date to = Date.from(issued.plusSeconds(365L * 86_400));
        var caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, from, to, caName, caKeys.getPublic());
        caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(
                caBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        var personBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, from, to,
                new X500Name("CN=" + name + ",OU=Children's Services,O=Anytown Council"), personKeys.getPublic());
        X509Certificate person = new JcaX509CertificateConverter().getCertificate(
                personBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("1", personKeys.getPrivate(), password, new Certificate[] {person, ca});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        return bytes.toByteArray();
    }
}
