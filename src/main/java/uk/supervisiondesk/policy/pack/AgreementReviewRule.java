package uk.supervisiondesk.policy.pack;

/** How often the supervision agreement is reviewed, and whether a new supervisor triggers a review. */
public record AgreementReviewRule(Span every, boolean onChangeOfSupervisor, String source) {
}
