package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.supervisiondesk.policy.pack.AsyeMilestone;

/** An ASYE milestone that has happened, named by the pack's milestone key (e.g. {@code review3Months}). */
public record AsyeMilestoneDone(String key, LocalDate on) {

    public AsyeMilestoneDone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(on, "on");
    }

    /**
     * The milestones an ASYE tracker record shows as done: each of the pack's milestones whose key
     * is a field of the tracker holding a date (stored as an ISO date, as date fields are). An
     * empty or unreadable date means not done yet.
     */
    public static List<AsyeMilestoneDone> fromTracker(List<AsyeMilestone> milestones, Map<String, ?> trackerValues) {
        List<AsyeMilestoneDone> done = new ArrayList<>();
        for (AsyeMilestone m : milestones) {
            Object value = trackerValues.get(m.key());
            if (value != null && !value.toString().isBlank()) {
                try {
                    done.add(new AsyeMilestoneDone(m.key(), LocalDate.parse(value.toString().strip())));
                } catch (DateTimeParseException e) {
                    // a damaged value counts as not done; the form shows the field empty for correction
                }
            }
        }
        return done;
    }
}
