package uk.supervisiondesk.policy.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;

/**
 * Suggests answers to the supervision file audit (Sandwell App. 7) from what the app already
 * knows: the agreement on file, sessions held in timescale, sessions recorded, records signed,
 * actions completed and observations done. Items it cannot judge (welfare, reflection, the
 * child's journey...) are left to the auditor. The item texts are those of the audit templates'
 * checklists ({@code resources/templates/audit*.yaml}); a test keeps the two in step.
 */
public final class AuditPrefill {
    public static final String AGREEMENT_ON_FILE = "Supervision agreement on file";
    public static final String IN_TIMESCALE = "Supervision held within timescale";
    public static final String RECORDED = "Every session recorded";
    public static final String SIGNED = "Records signed by supervisor and supervisee";
    public static final String ACTIONS_COMPLETED = "Agreed actions checked and completed";
    public static final String OBSERVATIONS = "Observations of practice done as the policy asks";
    /** Every item this class may suggest an answer for, in the order the audit asks them. */
    public static final List<String> ITEMS = List.of(AGREEMENT_ON_FILE, IN_TIMESCALE, RECORDED, SIGNED,
            ACTIONS_COMPLETED, OBSERVATIONS);

    private AuditPrefill() {
    }

    /**
     * Suggested answers keyed by checklist item text, in {@link #ITEMS} order. An item is left out
     * when there is nothing to judge it by: sessions or observations when the policy sets no
     * number. Fill only the items the template in use has.
     */
    public static Map<String, AuditSuggestion> suggest(AuditFacts facts) {
        Map<String, AuditSuggestion> out = new LinkedHashMap<>();
        out.put(AGREEMENT_ON_FILE, agreement(facts));
        if (facts.sessionsRequired() > 0) {
            out.put(IN_TIMESCALE, timescale(facts));
        }
        out.put(RECORDED, recorded(facts));
        out.put(SIGNED, signed(facts));
        out.put(ACTIONS_COMPLETED, actions(facts));
        if (facts.observationsRequired() > 0) {
            out.put(OBSERVATIONS, observations(facts));
        }
        return out;
    }

    /**
     * A checklist field's stored value with the suggestions for its items filled in: item text
     * to {@code {answer, comment}}, in the field's own item order. Items without a suggestion are
     * left out, as an unanswered item is.
     */
    public static Map<String, Object> checklistValue(List<String> items, Map<String, AuditSuggestion> suggestions) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (String item : items) {
            AuditSuggestion s = suggestions.get(item);
            if (s != null) {
                value.put(item, s.checklistEntry());
            }
        }
        return value;
    }

    private static AuditSuggestion agreement(AuditFacts f) {
        if (f.agreementDate().isEmpty()) {
            return new AuditSuggestion(false, "No supervision agreement is on file.");
        }
        String comment = "The agreement dated " + UkDates.format(f.agreementDate().get()) + " is on file";
        if (f.agreementReviewDue().isPresent() && f.agreementReviewDue().get().isBefore(f.auditDate())) {
            comment += "; its review was due on " + UkDates.format(f.agreementReviewDue().get()) + " and has not been done";
        }
        return new AuditSuggestion(true, comment + ".");
    }

    private static AuditSuggestion timescale(AuditFacts f) {
        int missing = f.sessionsRequired() - f.sessionsHeld();
        String held = f.sessionsHeld() + " of the " + sessions(f.sessionsRequired()) + " the policy asks for in the last "
                + "12 months " + (f.sessionsHeld() == 1 ? "was" : "were") + " held";
        return missing <= 0
                ? new AuditSuggestion(true, held + ".")
                : new AuditSuggestion(false, held + "; " + sessions(missing) + " short.");
    }

    private static AuditSuggestion recorded(AuditFacts f) {
        if (f.sessionsHeld() == 0) {
            return new AuditSuggestion(false, "No session was held in the last 12 months, so none is recorded.");
        }
        int missing = f.sessionsHeld() - f.sessionsRecorded();
        return missing == 0
                ? new AuditSuggestion(true, "All " + sessions(f.sessionsHeld()) + " held have a completed record.")
                : new AuditSuggestion(false, missing + " of the " + sessions(f.sessionsHeld())
                + " held " + (missing == 1 ? "has" : "have") + " no completed record.");
    }

    private static AuditSuggestion signed(AuditFacts f) {
        if (f.sessionsRecorded() == 0) {
            return new AuditSuggestion(false, "There are no records to sign.");
        }
        int unsigned = f.sessionsRecorded() - f.recordsSigned();
        int late = f.recordsSigned() - f.recordsSignedInTime();
        String lateWords = late == 0 ? "" : "; " + late + " of the signed ones " + (late == 1 ? "was" : "were")
                + " signed after the deadline";
        return unsigned == 0
                ? new AuditSuggestion(true, "All " + records(f.sessionsRecorded()) + " are signed by both" + lateWords + ".")
                : new AuditSuggestion(false, unsigned + " of " + records(f.sessionsRecorded()) + " "
                + (unsigned == 1 ? "is" : "are") + " not yet signed by both" + lateWords + ".");
    }

    private static AuditSuggestion actions(AuditFacts f) {
        if (f.overdueActions() > 0) {
            return new AuditSuggestion(false, f.overdueActions() + " agreed " + (f.overdueActions() == 1 ? "action is"
                    : "actions are") + " past the date set and not done.");
        }
        return f.openActions() == 0
                ? new AuditSuggestion(true, "No agreed action is outstanding.")
                : new AuditSuggestion(true, "No agreed action is overdue; " + f.openActions() + " "
                + (f.openActions() == 1 ? "is" : "are") + " still open and in date.");
    }

    private static AuditSuggestion observations(AuditFacts f) {
        String done = f.observationsDone() + " " + (f.observationsDone() == 1 ? "observation" : "observations")
                + " of practice in the last 12 months; the policy asks for " + f.observationsRequired();
        return f.observationsDone() >= f.observationsRequired()
                ? new AuditSuggestion(true, done + ".")
                : new AuditSuggestion(false, done + ".");
    }

    private static String sessions(int n) {
        return n + (n == 1 ? " session" : " sessions");
    }

    private static String records(int n) {
        return n + (n == 1 ? " record" : " records");
    }
}
