package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.policy.pack.Span;

/**
 * What is known about the supervision agreement.
 *
 * @param lastAgreedOn        when it was last signed or reviewed; null if there is none yet
 * @param supervisorChangedOn when the current supervisor took over; null if never changed
 * @param agreedFrequency     the frequency written in it, when more frequent than policy or the policy leaves it to the agreement
 */
public record AgreementFacts(LocalDate lastAgreedOn, LocalDate supervisorChangedOn, Optional<Span> agreedFrequency) {

    public static final AgreementFacts NONE = new AgreementFacts(null, null, Optional.empty());

    public AgreementFacts {
        agreedFrequency = agreedFrequency == null ? Optional.empty() : agreedFrequency;
    }

    public static AgreementFacts agreedOn(LocalDate day) {
        return new AgreementFacts(day, null, Optional.empty());
    }
}
