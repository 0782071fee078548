package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Objects;

/** An ASYE milestone that has happened, named by the pack's milestone key (e.g. {@code review3Months}). */
public record AsyeMilestoneDone(String key, LocalDate on) {

    public AsyeMilestoneDone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(on, "on");
    }
}
