package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;

/**
 * Whether a session came later than the rules allowed after the one before. When it did, the
 * record must say why (Sefton App. 3 asks the question on the form).
 */
public record GapCheck(LocalDate previousSession, LocalDate session, LocalDate latestPermitted,
                       long daysOver, boolean reasonGiven, String rule) {

    public boolean exceeded() {
        return daysOver > 0;
    }

    public boolean reasonRequired() {
        return exceeded();
    }
}
