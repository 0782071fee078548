package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.policy.schedule.PlannedDate;
import uk.supervisiondesk.policy.schedule.Schedule;

class ScheduleSessionsTest {

    @Test
    void aGeneratedScheduleBecomesAllDaySessionsNamedAsPeopleSayThem() {
        LocalDate first = LocalDate.of(2026, 1, 12);
        Schedule schedule = new Schedule(first, first.plusMonths(12), List.of(
                new PlannedDate(first, SessionKind.INDIVIDUAL, "Supervision", "every 4 weeks", Optional.empty()),
                new PlannedDate(first.plusWeeks(4), SessionKind.INDIVIDUAL, "Supervision", "every 4 weeks",
                        Optional.of(first.plusWeeks(4).plusDays(1))),
                new PlannedDate(first.plusWeeks(6), SessionKind.REFLECTIVE_CASE, "Reflective case discussion",
                        "every 3 months (Blackpool 5)", Optional.empty())),
                Optional.empty(), List.of());

        List<PlannedSession> sessions = ScheduleSessions.of(schedule, "Team room");

        assertThat(sessions).containsExactly(
                PlannedSession.allDay(first, "Individual supervision", "Team room"),
                PlannedSession.allDay(first.plusWeeks(4), "Individual supervision", "Team room"),
                PlannedSession.allDay(first.plusWeeks(6), "Reflective case discussion", "Team room"));
    }
}
