package uk.supervisiondesk.filing;

import uk.supervisiondesk.monitoring.PolicyInUse;

/**
 * What every filed PDF names besides the record itself.
 *
 * @param authorityName  the council or trust, printed at the top of each record
 * @param policyPackName the policy the record was written under, e.g. "Sefton Council Children's Services"
 *                       (a local variation says so)
 * @param userName       the person using the app: the supervisor where a front sheet names none
 */
public record FilingLetterhead(String authorityName, String policyPackName, String userName) {
    public FilingLetterhead {
        authorityName = blankAs(authorityName, "Supervision Desk");
        policyPackName = blankAs(policyPackName, "Not recorded");
        userName = userName == null ? "" : userName.strip();
    }

    /** The authority and policy of the pack in use (the pack's name is the authority's). */
    public static FilingLetterhead of(PolicyInUse policy, String userName) {
        String pack = policy.pack().name() + (policy.locallyVaried() ? " (local variation)" : "");
        return new FilingLetterhead(policy.councilPack().name(), pack, userName);
    }

    private static String blankAs(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
