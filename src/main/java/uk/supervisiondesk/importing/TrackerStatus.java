package uk.supervisiondesk.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionOutcome;

/** The Status column of a sessions tracker, and the outcome each word records. */
enum TrackerStatus {
    HELD(SessionOutcome.HELD, List.of("held")),
    POSTPONED(SessionOutcome.POSTPONED, List.of("postponed")),
    /** Postponed with a new date already agreed, which the row must give. */
    RESCHEDULED(SessionOutcome.POSTPONED, List.of("rescheduled")),
    CANCELLED(SessionOutcome.CANCELLED, List.of("cancelled", "canceled")),
    /** Booked and still to come. */
    PLANNED(SessionOutcome.PLANNED, List.of("planned", "booked"));

    /** The words to suggest when a status is not understood. */
    static final String ACCEPTED = "held, postponed, rescheduled, cancelled or planned";

    private final SessionOutcome outcome;
    private final List<String> names;

    TrackerStatus(SessionOutcome outcome, List<String> names) {
        this.outcome = outcome;
        this.names = names;
    }

    SessionOutcome outcome() {
        return outcome;
    }

    /** The word as a message quotes it: "held", "postponed", … */
    String word() {
        return names.get(0);
    }

    /** Every word accepted for this status, the usual one first. */
    List<String> names() {
        return names;
    }

    static Optional<TrackerStatus> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.names.contains(wanted)).findFirst();
    }
}
