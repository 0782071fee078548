package uk.supervisiondesk.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A realistic, plainly fictional individual supervision record of two to three pages, for the
 * PDF benchmark, tests and looking at the layout. Anytown Council and everyone in it are invented.
 */
public final class SampleSessionRecord {
    public static final String SUPERVISOR = "Alex Morgan";
    public static final String SUPERVISEE = "Priya Shah";
    public static final String EMPLOYEE_NUMBER = "SAMPLE-0042";
    public static final String SUPERVISOR_FIELD = "supervisor-signature";
    public static final String SUPERVISEE_FIELD = "supervisee-signature";
    public static final LocalDate SESSION_DATE = LocalDate.of(2026, 11, 23);

    private static final Party SUPERVISOR_PARTY = new Party("Supervisor", SUPERVISOR, "Team manager");
    private static final Party SUPERVISEE_PARTY = new Party("Supervisee", SUPERVISEE, "Social worker");

    private SampleSessionRecord() {
    }

    /** Both signed on the supervisor's laptop: drawn signatures in both blocks. */
    public static RecordDocument signedInPerson() {
        return record("Signed", List.of(
                new SignatureBlock(SUPERVISOR_PARTY, new DrawnSignature(drawnSignature(SUPERVISOR), SESSION_DATE)),
                new SignatureBlock(SUPERVISEE_PARTY, new DrawnSignature(drawnSignature(SUPERVISEE), SESSION_DATE))));
    }

    /** Sent for signing: an empty field for each, the supervisor's signed first. */
    public static RecordDocument forRemoteSigning() {
        return record("Awaiting signature", List.of(
                new SignatureBlock(SUPERVISOR_PARTY, new DigitalSignatureField(SUPERVISOR_FIELD)),
                new SignatureBlock(SUPERVISEE_PARTY, new DigitalSignatureField(SUPERVISEE_FIELD))));
    }

    private static RecordDocument record(String status, List<SignatureBlock> signatures) {
        RecordHeader header = new RecordHeader("Anytown Council Children's Services", "Individual supervision record",
                RecordType.INDIVIDUAL, SUPERVISEE, EMPLOYEE_NUMBER, SESSION_DATE, 1, status,
                "Anytown children's social care supervision policy (2026)", SUPERVISOR);
        List<ActionRow> lastActions = List.of(
                new ActionRow("Complete the chronology for case 40211-C", SUPERVISEE, LocalDate.of(2026, 11, 9), "Done"),
                new ActionRow("Book the two-day court skills course", SUPERVISEE, LocalDate.of(2026, 11, 20), "Booked for 14/01/2027"),
                new ActionRow("Arrange a co-worker for the 40388-C home visits", SUPERVISOR, LocalDate.of(2026, 11, 16), "Carried forward"));
        List<ActionRow> actions = List.of(
                new ActionRow("Update the child's plan for 40211-C after the core group and share it with the family",
                        SUPERVISEE, LocalDate.of(2026, 12, 4), "Open"),
                new ActionRow("Arrange a co-worker for the 40388-C home visits", SUPERVISOR, LocalDate.of(2026, 11, 30), "Open"),
                new ActionRow("Write a critical reflection on the strategy discussion for the CPD log",
                        SUPERVISEE, LocalDate.of(2026, 12, 18), "Open"),
                new ActionRow("Agree protected time on Thursday mornings for recording", "Both", null, "Open"));
        List<DocumentSection> sections = List.of(
                DocumentSection.of("Session",
                        new DateField("Date of session", SESSION_DATE),
                        new ShortTextField("Time and duration", "10:00, 1 hour 40 minutes"),
                        new ShortTextField("Venue", "Meeting room 2, Example House"),
                        new YesNoField("Held as planned", true),
                        new ShortTextField("Interruptions", "None")),
                DocumentSection.of("Agenda",
                        new LongTextField("Agreed agenda", "Review of last actions; workload and allocation; case discussion "
                                + "(40211-C, 40388-C); reflection on the strategy discussion of 12/11/2026; training; "
                                + "wellbeing; any other business.")),
                DocumentSection.of("Review of last actions", TableBlock.actions("Actions from the last session", lastActions)),
                DocumentSection.of("Workload",
                        new ShortTextField("Cases allocated", "17 (3 child protection, 6 child in need, 8 children in care)"),
                        new LongTextField("Discussion", paragraphs(
                                "Priya's caseload is at the top of the team's agreed range. Two new child in need cases "
                                        + "arrived last week and one child protection case is due in court in January. "
                                        + "We agreed that no further allocations will be made until the January hearing.",
                                "Recording is up to date except for two visits from last week."))),
                DocumentSection.of("Case discussion",
                        new LongTextField("Case 40211-C", paragraphs(
                                "Core group held on 18/11/2026. The plan is progressing: school attendance is now 92% and "
                                        + "the family are engaging with the parenting programme. Concerns remain about the "
                                        + "home conditions, which were unchanged at the last unannounced visit.",
                                "Decision: continue under the child protection plan; review at the next conference. The "
                                        + "decision and reasons are recorded on the child's file.")),
                        new LongTextField("Case 40388-C", paragraphs(
                                "Two missed appointments with the leaving care team. Because of the risks raised by the "
                                        + "housing officer, the next home visits need a co-worker; the manager will arrange this."))),
                DocumentSection.of("Reflective discussion",
                        new LongTextField("What happened, how it felt, what it means, what next", paragraphs(
                                "Priya described the strategy discussion on 12/11/2026, where partners disagreed about the "
                                        + "threshold for a section 47 enquiry. She felt her view was not heard at first and "
                                        + "that she had to hold her position under pressure from a senior colleague.",
                                "We explored what the disagreement was really about: the police were focused on evidence "
                                        + "for a criminal case while health and children's services were focused on the "
                                        + "child's daily experience. Priya recognised that naming this difference earlier "
                                        + "would have helped the meeting reach a shared view of risk.",
                                "Next time Priya will open with a two-minute summary of the child's lived experience and "
                                        + "the specific concern, then invite partners to say what they would need to see to "
                                        + "share that view. She will write this up as a critical reflection for her CPD.",
                                "We also talked about the emotional impact of the case and ways of leaving work at "
                                        + "work; Priya knows how to contact the employee assistance programme."))),
                DocumentSection.of("Performance and development",
                        new LongTextField("Learning and development", paragraphs(
                                "Court skills course booked for 14/01/2027; Priya will shadow a colleague at a final "
                                        + "hearing first.",
                                "One CPD entry reflected on with a peer is still needed before registration renewal.")),
                        new YesNoField("Training needs identified", true),
                        new DateField("Professional registration renewal", LocalDate.of(2027, 11, 30))),
                DocumentSection.of("Welfare",
                        new LongTextField("Wellbeing, leave and working pattern",
                                "Priya is well. She has 9 days of annual leave left and plans to take 5 before the end of "
                                        + "March. She asked about compressed hours from April, which we will discuss "
                                        + "with HR. No other concerns raised."),
                        new YesNoField("Any matters to escalate", false)),
                DocumentSection.of("Actions", TableBlock.actions("Actions agreed", actions)),
                DocumentSection.of("Next meeting",
                        new DateField("Date", LocalDate.of(2026, 12, 21)),
                        new ShortTextField("Time and venue", "10:00, Meeting room 2, Example House")));

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sessionDate", SESSION_DATE);
        fields.put("timeAndDuration", "10:00, 1 hour 40 minutes");
        fields.put("venue", "Meeting room 2, Example House");
        fields.put("heldAsPlanned", true);
        fields.put("interruptions", "None");
        fields.put("caseReferences", List.of("40211-C", "40388-C"));
        fields.put("casesAllocated", 17);
        fields.put("trainingNeedsIdentified", true);
        fields.put("registrationRenewal", LocalDate.of(2027, 11, 30));
        fields.put("mattersToEscalate", false);
        fields.put("actions", actions.stream().map(SampleSessionRecord::actionFields).toList());
        fields.put("nextMeeting", LocalDate.of(2026, 12, 21));
        return new RecordDocument(header, List.of(SUPERVISOR_PARTY, SUPERVISEE_PARTY), sections, signatures, fields);
    }

    private static Map<String, Object> actionFields(ActionRow action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("what", action.what());
        fields.put("who", action.who());
        fields.put("byWhen", action.byWhen());
        fields.put("status", action.status());
        return fields;
    }

    private static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** A pen-like squiggle standing in for a signature drawn on screen; the same name, the same drawing. */
    public static byte[] drawnSignature(String name) {
        Random random = new Random(name.hashCode());
        BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1A, 0x2A, 0x6C));
            g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Float pen = new Path2D.Float();
            float x = 18;
            pen.moveTo(x, 78);
            for (int loop = 0; loop < 9; loop++) {
                float next = x + 30 + random.nextInt(24);
                pen.curveTo(x + 8, 10 + random.nextInt(30), next - 6, 100 - random.nextInt(20), next, 60 + random.nextInt(22));
                x = next;
            }
            g.draw(pen);
            g.drawLine(24, 98, (int) x - 20, 92);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
