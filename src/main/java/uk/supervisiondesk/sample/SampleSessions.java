package uk.supervisiondesk.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.Cadence;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.rules.NextDue;
import uk.supervisiondesk.policy.rules.NextSessionRule;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * A believable monitoring sheet for a sample supervisee, following the policy's own rules: most
 * sessions held a little before they fall due, some postponed and rebooked, a few cancelled,
 * records shared and signed within days (now and then late), and a mix of people who are on
 * track, due soon and overdue today.
 */
final class SampleSessions {
    private static final String[] POSTPONED_BECAUSE = {
        "Supervisee on annual leave", "Supervisor called to a strategy meeting", "Court hearing ran over",
        "Supervisee off sick", "Child protection visit could not be moved", "Team training day",
        "Supervisor covering duty", "Initial child protection conference"};

    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final Random random;
    private final LocalDate today;

    SampleSessions(PolicyPack pack, WorkingDayCalendar calendar, long seed, LocalDate today) {
        this.pack = pack;
        this.calendar = calendar;
        this.random = new Random(seed);
        this.today = today;
    }

    List<SupervisionSession> historyFor(Supervisee s, LocalDate from) {
        List<SupervisionSession> sessions = new ArrayList<>();
        java.util.Set<LocalDate> used = new java.util.HashSet<>();
        RulesInForce rules = new RulesInForce(pack, s, Optional.empty());
        NextSessionRule next = new NextSessionRule(rules, List.of());
        LocalDate leaving = s.employment().leavingDate();
        LocalDate stop = leaving != null && leaving.isBefore(today) ? leaving : today;
        // About one in seven people has fallen behind lately: their history stops early.
        if (leaving == null && random.nextInt(7) == 0) {
            stop = today.minusDays(20 + random.nextInt(60));
        }
        LocalDate start = s.employment().employmentStart().isAfter(from) ? s.employment().employmentStart() : from;
        LocalDate last = start;
        SessionKind kind = kindFor(s);
        while (true) {
            Optional<NextDue> due = next.after(last);
            if (due.isEmpty()) {
                break;
            }
            LocalDate planned = workingDay(due.get().dueOn().minusDays(random.nextInt(6)));
            if (!planned.isAfter(last)) {
                planned = workingDay(last.plusDays(7));
            }
            planned = unused(planned, last, used);
            if (!planned.isBefore(stop)) {
                if (planned.isAfter(today) && stop.equals(today)) {
                    sessions.add(SupervisionSession.planned(planned, kind));
                }
                break;
            }
            int roll = random.nextInt(100);
            if (roll < 9) {
                LocalDate rebooked = unused(workingDay(planned.plusDays(3 + random.nextInt(8))), planned, used);
                String why = POSTPONED_BECAUSE[random.nextInt(POSTPONED_BECAUSE.length)];
                sessions.add(SupervisionSession.postponed(planned, kind, why, rebooked));
                if (!rebooked.isBefore(stop)) {
                    break;
                }
                planned = rebooked;
            } else if (roll < 11) {
                sessions.add(new SupervisionSession(planned, kind, SessionOutcome.CANCELLED, null,
                        POSTPONED_BECAUSE[random.nextInt(POSTPONED_BECAUSE.length)], "", null, null));
                last = planned;
                continue;
            }
            sessions.add(withRecord(SupervisionSession.held(planned, kind)));
            last = planned;
        }
        sessions.addAll(otherRhythms(s, start, stop, used));
        sessions.sort(java.util.Comparator.comparing(SupervisionSession::date));
        return sessions;
    }

    /** Group or personal reflective sessions where the pack sets their own rhythm (Blackpool, Sandwell). */
    private List<SupervisionSession> otherRhythms(Supervisee s, LocalDate start, LocalDate stop,
                                                 java.util.Set<LocalDate> used) {
        List<SupervisionSession> out = new ArrayList<>();
        Role role = s.currentRole().orElse(Role.SOCIAL_WORKER);
        for (Cadence cadence : pack.otherSessions()) {
            if (!cadence.appliesTo(role)) {
                continue;
            }
            LocalDate day = start;
            while (true) {
                LocalDate held = unused(workingDay(cadence.every().after(day).minusDays(random.nextInt(5))), day, used);
                if (!held.isBefore(stop)) {
                    break;
                }
                out.add(withRecord(SupervisionSession.held(held, cadence.kind())));
                day = held;
            }
        }
        return out;
    }

    /** Shared within a few working days, signed soon after; the most recent may still be waiting. */
    private SupervisionSession withRecord(SupervisionSession held) {
        LocalDate date = held.date();
        if (date.isAfter(today.minusDays(10)) && random.nextBoolean()) {
            return held;
        }
        LocalDate shared = calendar.addWorkingDays(date, 1 + random.nextInt(random.nextInt(8) == 0 ? 9 : 3));
        LocalDate signed = calendar.addWorkingDays(shared, random.nextInt(random.nextInt(8) == 0 ? 12 : 4));
        if (shared.isAfter(today)) {
            return held;
        }
        return held.withRecord(shared, signed.isAfter(today) ? null : signed);
    }

    private static SessionKind kindFor(Supervisee s) {
        Role role = s.currentRole().orElse(Role.SOCIAL_WORKER);
        return role == Role.TEAM_MANAGER || role == Role.SERVICE_MANAGER || role == Role.ASSISTANT_TEAM_MANAGER
                ? SessionKind.MANAGER : SessionKind.INDIVIDUAL;
    }

    /** The first working day from {@code day} that is after {@code after} and not yet booked; books it. */
    private LocalDate unused(LocalDate day, LocalDate after, java.util.Set<LocalDate> used) {
        LocalDate d = day;
        while (!d.isAfter(after) || used.contains(d) || !calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        used.add(d);
        return d;
    }

    private LocalDate workingDay(LocalDate day) {
        LocalDate d = calendar.onOrBefore(day);
        return d.getDayOfWeek() == DayOfWeek.MONDAY && random.nextBoolean() ? calendar.onOrAfter(d.plusDays(1)) : d;
    }
}
