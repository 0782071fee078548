package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.AsyePhase;
import uk.supervisiondesk.policy.pack.ObservationRequirement;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * Observations done against required in the observation year (from the pack's
 * {@code observationYearStarts}). A requirement that applies for only part of the year
 * (a joiner, a leaver, a role change, the ASYE ending) asks for its share of the yearly
 * number, rounded up; observations count towards it only on days it applies.
 */
final class ObservationCheck {
    private final PolicyPack pack;
    private final RulesInForce rules;
    private final DeadlineClock clock;

    ObservationCheck(PolicyPack pack, RulesInForce rules, DeadlineClock clock) {
        this.pack = pack;
        this.rules = rules;
        this.clock = clock;
    }

    List<ObservationTally> tallies(List<ObservationFacts> observations, List<Finding> findings) {
        LocalDate yearFrom = yearStartOnOrBefore(clock.today());
        LocalDate yearTo = yearFrom.plusYears(1).minusDays(1);
        long daysInYear = ChronoUnit.DAYS.between(yearFrom, yearTo) + 1;
        List<ObservationTally> out = new ArrayList<>();
        for (ObservationRequirement req : pack.observations()) {
            long applicableDays = yearFrom.datesUntil(yearTo.plusDays(1)).filter(d -> applies(req, d)).count();
            if (applicableDays == 0) {
                continue;
            }
            int required = share(req.perYear(), applicableDays, daysInYear);
            int byOwnRequired = share(req.byOwnManager(), applicableDays, daysInYear);
            List<ObservationFacts> counted = observations.stream()
                    .filter(o -> !o.date().isBefore(yearFrom) && !o.date().isAfter(clock.today()) && applies(req, o.date()))
                    .toList();
            int byOwnDone = (int) counted.stream().filter(ObservationFacts::byOwnManager).count();
            ObservationTally tally = new ObservationTally(yearFrom, yearTo, req.during(), required, counted.size(),
                    byOwnRequired, byOwnDone, req.source());
            out.add(tally);
            findings.add(finding(tally, yearTo));
        }
        return out;
    }

    private Finding finding(ObservationTally t, LocalDate yearTo) {
        String phase = t.during() == AsyePhase.DURING ? " in the ASYE" : t.during() == AsyePhase.AFTER ? " after the ASYE" : "";
        String own = t.byOwnManagerRequired() > 0
                ? ", " + t.byOwnManagerDone() + " of " + t.byOwnManagerRequired() + " by their own manager" : "";
        String text = "Observations of practice" + phase + ": " + t.done() + " of " + t.required() + " done" + own
                + " in the year to " + UkDates.format(yearTo) + " (" + t.source() + ").";
        boolean yearEndingSoon = clock.levelOf(yearTo) != Status.ON_TRACK;
        return new Finding(Finding.Topic.OBSERVATIONS, t.stillNeeded() > 0 && yearEndingSoon ? Status.DUE_SOON : Status.ON_TRACK, text);
    }

    private boolean applies(ObservationRequirement req, LocalDate day) {
        var supervisee = rules.supervisee();
        LocalDate start = rules.supervisionStart().orElse(null);
        LocalDate leaving = supervisee.employment().leavingDate();
        if (start == null || day.isBefore(start) || (leaving != null && day.isAfter(leaving))) {
            return false;
        }
        var role = supervisee.roleOn(day);
        if (role.isEmpty() || !req.appliesTo(role.get())) {
            return false;
        }
        boolean inAsye = rules.inAsyeOn(day);
        return switch (req.during()) {
            case ANY -> true;
            case DURING -> inAsye;
            case AFTER -> !inAsye;
        };
    }

    private LocalDate yearStartOnOrBefore(LocalDate day) {
        LocalDate thisYear = pack.settings().observationYearStarts().atYear(day.getYear());
        return thisYear.isAfter(day) ? thisYear.minusYears(1) : thisYear;
    }

    private static int share(int perYear, long days, long daysInYear) {
        return (int) ((perYear * days + daysInYear - 1) / daysInYear);
    }
}
