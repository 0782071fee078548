package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back as the same sessions. */
class IcsRoundTripTest {
    private static final String[] AWKWARD = {"a", "Z", " ", ",", ";", ":", "\\", "\n", "\"", "'", "\u00e2", "\u0175",
        "\u0177", "\u00ef", "\u00e9", "\u2014", "\u20ac", "\uD83D\uDE42", "\u4e2d", "\t", "=", "N", "n"};

    @Test
    void theSampleYearComesBackAsItWent() throws CalendarFormatException {
        SupervisionCalendar calendar = SampleCalendars.year();

        ImportedCalendar read = IcsReader.read(SampleCalendars.write(calendar));

        assertThat(read.sessions()).isEqualTo(calendar.sessions());
        assertThat(read.superviseeName()).isEqualTo(calendar.superviseeName());
        assertThat(read.supervisorName()).isEqualTo(calendar.supervisorName());
        assertThat(read.events()).extracting(ImportedEvent::uid)
                .containsExactlyElementsOf(calendar.sessions().stream().map(calendar::uidOf).toList());
        assertThat(read.isFor("E10442")).isTrue();
        assertThat(read.isFor("E10443")).isFalse();
    }

    @Test
    void theBytesReadBackToo() throws CalendarFormatException {
        SupervisionCalendar calendar = SampleCalendars.year();

        byte[] bytes = new IcsWriter(SampleCalendars.EXPORTED_AT).writeBytes(calendar);

        assertThat(IcsReader.read(bytes).sessions()).isEqualTo(calendar.sessions());
    }

    @RepeatedTest(25)
    void randomSessionsWithAwkwardTextComeBackExactly(org.junit.jupiter.api.RepetitionInfo repetition)
            throws CalendarFormatException {
        Random random = new Random(repetition.getCurrentRepetition());
        List<PlannedSession> sessions = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            date = date.plusDays(1 + random.nextInt(60));
            Optional<LocalTime> start = random.nextBoolean() ? Optional.empty()
                    : Optional.of(LocalTime.of(random.nextInt(24), random.nextInt(60)));
            int minutes = start.isEmpty() ? 0 : random.nextInt(PlannedSession.MAX_MINUTES + 1);
            sessions.add(new PlannedSession(date, start, minutes, "Kind " + awkward(random, 30).strip() + "x",
                    awkward(random, 200), random.nextInt(5)));
        }
        SupervisionCalendar calendar = new SupervisionCalendar("N" + awkward(random, 60) + "e",
                "E" + random.nextInt(100000), awkward(random, 40) + "s", sessions);

        ImportedCalendar read = IcsReader.read(SampleCalendars.write(calendar));

        assertThat(read.sessions()).isEqualTo(calendar.sessions());
        assertThat(read.superviseeName()).isEqualTo(calendar.superviseeName());
        assertThat(read.supervisorName()).isEqualTo(calendar.supervisorName());
        assertThat(read.isFor(calendar.employeeNumber())).isTrue();
    }

    private static String awkward(Random random, int maxParts) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(maxParts);
        for (int i = 0; i < parts; i++) {
            text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        return text.toString();
    }
}
