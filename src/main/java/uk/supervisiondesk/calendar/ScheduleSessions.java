package uk.supervisiondesk.calendar;

import java.util.List;
import uk.supervisiondesk.policy.schedule.PlannedDate;
import uk.supervisiondesk.policy.schedule.Schedule;

/**
 * A generated twelve-month schedule as calendar sessions. The policy gives dates, not times, so
 * each becomes an all-day event until the manager agrees a time and venue.
 */
public final class ScheduleSessions {
    /** What the generator calls a formal session; other dates carry their own names. */
    private static final String FORMAL_SESSION = "Supervision";

    private ScheduleSessions() {
    }

    public static List<PlannedSession> of(Schedule schedule, String venue) {
        return schedule.dates().stream().map(d -> PlannedSession.allDay(d.date(), kindOf(d), venue)).toList();
    }

    /** "Individual supervision" for a formal session, the pack's own name (e.g. "Case discussion") otherwise. */
    static String kindOf(PlannedDate date) {
        return FORMAL_SESSION.equals(date.what()) ? date.kind().displayName() : date.what();
    }
}
