package uk.supervisiondesk.policy.pack;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ASYE: a stepped frequency counted from the ASYE start, how long the year lasts, the minimum
 * session length and the dated milestones (reviews, final panel).
 */
public record NewlyQualifiedRules(SteppedFrequency frequency, Span lasts, Optional<Duration> minimumDuration,
                                  List<AsyeMilestone> milestones, String source) {

    public NewlyQualifiedRules {
        milestones = List.copyOf(milestones);
    }

    /** Whether {@code day} falls inside the ASYE that began on {@code asyeStart}. */
    public boolean covers(LocalDate asyeStart, LocalDate day) {
        return !day.isBefore(asyeStart) && day.isBefore(lasts.after(asyeStart));
    }
}
