package uk.supervisiondesk.policy.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Twelve months of planned dates for a supervision agreement (Sefton 8.2, Sandwell "Frequency"),
 * from {@code from} up to but not including {@code until}, in date order.
 *
 * @param agreementReviewOn the review date to write on the agreement, if the pack sets an interval
 * @param notes             anything the dates cannot show, e.g. a shift-based rule
 */
public record Schedule(LocalDate from, LocalDate until, List<PlannedDate> dates, Optional<LocalDate> agreementReviewOn,
                       List<String> notes) {

    public Schedule {
        dates = List.copyOf(dates);
        notes = List.copyOf(notes);
    }

    /**
     * The days of formal supervision, once each, in order: what a supervision agreement lists.
     * Group and other sessions with their own rhythm are left out.
     */
    public List<LocalDate> formalDates(java.util.Set<uk.supervisiondesk.domain.SessionKind> formalKinds) {
        return dates.stream().filter(d -> formalKinds.contains(d.kind())).map(PlannedDate::date).distinct().sorted()
                .toList();
    }
}
