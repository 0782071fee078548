package uk.supervisiondesk.pdf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Signing identities and a fixed clock shared by the tests (RSA keys are slow to make). */
final class TestIdentities {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant SUPERVISOR_SIGNS = Instant.parse("2026-11-23T17:05:00Z");
    static final Instant SUPERVISEE_SIGNS = Instant.parse("2026-11-25T09:30:00Z");
    static final Clock SUPERVISOR_CLOCK = Clock.fixed(SUPERVISOR_SIGNS, LONDON);
    static final Clock SUPERVISEE_CLOCK = Clock.fixed(SUPERVISEE_SIGNS, LONDON);

    static final SigningIdentity SUPERVISOR = SigningIdentity.generate(SampleSessionRecord.SUPERVISOR,
            Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), LONDON));
    static final SigningIdentity SUPERVISEE = SigningIdentity.generate(SampleSessionRecord.SUPERVISEE,
            Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), LONDON));

    private TestIdentities() {
    }

    static RecordSigner signerAt(Clock clock) {
        return new RecordSigner(PdfResources.shared(), clock);
    }

    /** A remote record the supervisor has signed, its supervisee field still empty. */
    static byte[] signedBySupervisor() throws Exception {
        byte[] rendered = new RecordPdfRenderer().render(SampleSessionRecord.forRemoteSigning());
        return signerAt(SUPERVISOR_CLOCK).sign(rendered, SUPERVISOR,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD).at("Example House, Anytown"));
    }
}
