package uk.supervisiondesk.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.InPersonSignatures;
import uk.supervisiondesk.filing.PaperScan;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SignatureMarks;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.pdf.PdfResources;
import uk.supervisiondesk.pdf.RecordSigner;
import uk.supervisiondesk.pdf.SampleSessionRecord;
import uk.supervisiondesk.pdf.SignatureRequest;
import uk.supervisiondesk.pdf.SigningFailedException;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.pdf.UnreadablePdfException;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.templates.TemplateLoader;

/**
 * Signs the sample's completed records the way teams really do: a session record the
 * monitoring sheet shows as signed was mostly signed in person, sometimes remotely, now and then
 * on paper; one shared but not yet signed is waiting for the supervisee's remote signature.
 * Agreements are signed when they are made. The signatures use sample identities made here and
 * never stored, so the user's own signing identity is untouched.
 */
final class SampleSigning {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int KEYS = 3;

    private final RecordFiling filing;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final Random random;
    /** Valid from well before the oldest sample signature. */
    private final Clock identitiesMadeOn;
    private final Map<String, SigningIdentity> identities = new HashMap<>();
    /** A few RSA keys shared by the sample's people: a key each would cost seconds and show nothing. */
    private final List<KeyPair> keys = new ArrayList<>();
    private final Map<String, byte[]> drawings = new HashMap<>();
    private PaperScan scan;

    SampleSigning(DeskDatabase database, Clock clock, PolicyPack pack, WorkingDayCalendar calendar, long seed,
                  LocalDate today) {
        this.filing = new RecordFiling(database, clock, new SigningIdentities(database, clock), new TemplateLoader(),
                () -> new FilingLetterhead(pack.name(), pack.name(), ""));
        this.calendar = calendar;
        this.today = today;
        this.random = new Random(seed * 17 + 3);
        this.identitiesMadeOn = Clock.fixed(today.minusYears(3).atStartOfDay(LONDON).toInstant(), LONDON);
    }

    /** A session record, signed as its monitoring-sheet row says: signed, shared only, or neither. */
    void signSession(Handle h, SupervisionRecord record, Supervisee who, SessionEntry session) {
        LocalDate shared = session.session().sharedOn();
        LocalDate signed = session.session().signedOn();
        if (signed != null) {
            signBoth(h, record, who, shared == null ? signed : shared, signed);
        } else if (shared != null) {
            filing.prepareRemote(h, record, supervisorOf(who), at(shared));
        }
    }

    /** An agreement, signed by both when it was made (or within a few working days of it). */
    void signAgreement(Handle h, SupervisionRecord record, Supervisee who) {
        LocalDate made = record.recordDate();
        LocalDate signed = calendar.addWorkingDays(made, random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0);
        signBoth(h, record, who, made, signed.isAfter(today) ? made : signed);
    }

    private void signBoth(Handle h, SupervisionRecord record, Supervisee who, LocalDate shared, LocalDate signed) {
        int roll = random.nextInt(100);
        SigningIdentity supervisor = supervisorOf(who);
        if (roll < 68) {
            String name = supervisor.personName();
            filing.signInPerson(h, record, new InPersonSignatures(drawing(name), name, drawing(who.fullName()),
                    who.fullName(), signed), supervisor, at(signed));
        } else if (roll < 88) {
            var sent = filing.prepareRemote(h, record, supervisor, at(shared));
            byte[] returned = signedBy(who, filing.pdf(h, sent), at(signed));
            filing.importRemote(h, record, returned);
        } else {
            filing.recordPaper(h, record, signed, scan(), supervisor, at(signed));
        }
    }

    /** What the supervisee's PDF reader does when they sign the copy sent to them. */
    private byte[] signedBy(Supervisee who, byte[] sent, Clock when) {
        SigningIdentity identity = identityOf(who.fullName());
        try {
            return new RecordSigner(PdfResources.shared(), when).sign(sent, identity,
                    SignatureRequest.agreeing(SignatureMarks.SUPERVISEE_FIELD));
        } catch (SigningFailedException | UnreadablePdfException e) {
            throw new IllegalStateException("A sample record could not be signed: " + e.getMessage(), e);
        }
    }

    private SigningIdentity supervisorOf(Supervisee who) {
        String name = who.employment().supervisorName();
        return identityOf(name.isBlank() ? "Alex Morgan" : name);
    }

    /** A certificate in each person's name, as each would have their own. */
    private SigningIdentity identityOf(String name) {
        return identities.computeIfAbsent(name, n -> SigningIdentity.generate(n, identitiesMadeOn,
                key(identities.size() % KEYS)));
    }

    private KeyPair key(int index) {
        while (keys.size() <= index) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys.add(generator.generateKeyPair());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This Java runtime cannot make RSA keys", e);
            }
        }
        return keys.get(index);
    }

    /** Late afternoon on the day: after the session, as signing usually is. */
    private Clock at(LocalDate day) {
        LocalTime time = LocalTime.of(15, 0).plusMinutes(random.nextInt(150));
        return Clock.fixed(day.atTime(time).atZone(LONDON).toInstant(), LONDON);
    }

    private byte[] drawing(String name) {
        return drawings.computeIfAbsent(name, SampleSessionRecord::drawnSignature);
    }

    /** A small grey "photo" of a signed page: enough to show where a scan is kept. */
    private PaperScan scan() {
        if (scan == null) {
            BufferedImage page = new BufferedImage(170, 240, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = page.createGraphics();
            try {
                g.setColor(new Color(0xEE, 0xEE, 0xEE));
                g.fillRect(0, 0, 170, 240);
                g.setColor(new Color(0x55, 0x55, 0x55));
                for (int y = 30; y < 190; y += 9) {
                    g.drawLine(18, y, 18 + 60 + (y * 37) % 75, y);
                }
                g.setStroke(new BasicStroke(1.6f));
                g.drawLine(18, 215, 75, 208);
                g.drawLine(95, 215, 150, 211);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(page, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            scan = PaperScan.of(png.toByteArray(), "signed-record-scan.png");
        }
        return scan;
    }
}
