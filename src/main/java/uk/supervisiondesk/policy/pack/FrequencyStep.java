package uk.supervisiondesk.policy.pack;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One stage of a stepped frequency, such as "weekly for the first 6 weeks".
 *
 * @param reach              how far the stage runs; empty for the last, open-ended stage
 * @param fromPreviousStep   true when {@code reach} is counted from the end of the stage before
 *                           ("for the next six months", Sefton 3.12) rather than from the start
 *                           ("until 6 months", Southwark 5)
 */
public record FrequencyStep(Span every, Optional<Span> reach, boolean fromPreviousStep, String source) {

    /** The first day after this stage, given when the whole sequence and this stage began. */
    public Optional<LocalDate> endsBefore(LocalDate sequenceStart, LocalDate stepStart) {
        return reach.map(r -> r.after(fromPreviousStep ? stepStart : sequenceStart));
    }
}
