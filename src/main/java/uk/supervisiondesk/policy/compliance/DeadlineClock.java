package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.Span;

/** Judges a deadline against today: overdue after it, due soon within the pack's window before it. */
final class DeadlineClock {
    private final LocalDate today;
    private final Span dueSoonWithin;

    DeadlineClock(LocalDate today, Span dueSoonWithin) {
        this.today = today;
        this.dueSoonWithin = dueSoonWithin;
    }

    LocalDate today() {
        return today;
    }

    Status levelOf(LocalDate deadline) {
        if (today.isAfter(deadline)) {
            return Status.OVERDUE;
        }
        return dueSoonWithin.after(today).isBefore(deadline) ? Status.ON_TRACK : Status.DUE_SOON;
    }

    long daysOverdue(LocalDate deadline) {
        return today.isAfter(deadline) ? ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    /** "was due by 03/03/2025 (5 days ago)", "is due by 10/03/2025". */
    String describe(LocalDate deadline) {
        long late = daysOverdue(deadline);
        if (late > 0) {
            return "was due by " + UkDates.format(deadline) + " (" + late + (late == 1 ? " day" : " days") + " overdue)";
        }
        return "is due by " + UkDates.format(deadline);
    }

    /** A finding at the deadline's level; below due-soon it is a note. */
    Finding finding(Finding.Topic topic, LocalDate deadline, String what) {
        return new Finding(topic, levelOf(deadline), what + " " + describe(deadline) + ".");
    }
}
