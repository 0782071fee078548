package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Files from other calendars, and files that are not calendars at all. */
class IcsReaderTest {

    private static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
                + String.join("\r\n", eventLines) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void utcTimesComeBackInLondonTime() throws CalendarFormatException {
        PlannedSession summer = IcsReader.read(calendar("UID:a@x", "DTSTART:20260716T133000Z", "DTEND:20260716T143000Z",
                "SUMMARY:Supervision: Alex Morgan")).sessions().get(0);
        PlannedSession winter = IcsReader.read(calendar("UID:b@x", "DTSTART:20260115T100000Z", "DURATION:PT1H30M",
                "SUMMARY:Supervision: Alex Morgan")).sessions().get(0);

        assertThat(summer.start()).contains(LocalTime.of(14, 30));
        assertThat(summer.durationMinutes()).isEqualTo(60);
        assertThat(winter.start()).contains(LocalTime.of(10, 0));
        assertThat(winter.durationMinutes()).isEqualTo(90);
    }

    @Test
    void anotherNamedZoneIsConvertedAndQuotedParametersAreRead() throws CalendarFormatException {
        ImportedCalendar read = IcsReader.read(calendar("UID:c@x",
                "DTSTART;TZID=\"Europe/Paris\":20260310T110000", "DTEND;TZID=Europe/Paris:20260310T120000",
                "LOCATION;ALTREP=\"cid:a;b:c\":Room 1\\, Floor 2", "SUMMARY:Team meeting"));

        PlannedSession session = read.sessions().get(0);
        assertThat(session.start()).contains(LocalTime.of(10, 0));
        assertThat(session.venue()).isEqualTo("Room 1, Floor 2");
        assertThat(session.kind()).isEqualTo("Team meeting");
        assertThat(read.superviseeName()).isEmpty();
        assertThat(read.isFor("E1")).isFalse();
    }

    @Test
    void aFoldInsideACharacterFromACarelessWriterIsMended() throws CalendarFormatException {
        byte[] before = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d@x\r\nDTSTART;VALUE=DATE:20260203\r\nLOCATION:Si"
                .getBytes(StandardCharsets.UTF_8);
        byte[] circumflex = "\u00e2".getBytes(StandardCharsets.UTF_8);
        byte[] after = "n\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(before, new byte[] {circumflex[0], '\r', '\n', ' ', circumflex[1]}, after);

        assertThat(IcsReader.read(bytes).sessions().get(0).venue()).isEqualTo("Si\u00e2n");
    }

    @Test
    void alarmsInsideAnEventDoNotOverrideIt() throws CalendarFormatException {
        ImportedCalendar read = IcsReader.read(calendar("UID:e@x", "DTSTART;VALUE=DATE:20260203",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "SUMMARY:Alarm", "END:VALARM",
                "SUMMARY:Supervision: Alex Morgan"));

        assertThat(read.sessions()).containsExactly(new PlannedSession(LocalDate.of(2026, 2, 3), Optional.empty(), 0,
                "Supervision: Alex Morgan", "", 0));
        assertThat(read.superviseeName()).isEqualTo("Alex Morgan");
    }

    @Test
    void bareLineFeedsAreAcceptedToo() throws CalendarFormatException {
        String unix = SampleCalendars.write(SampleCalendars.year()).replace("\r\n", "\n");

        assertThat(IcsReader.read(unix).sessions()).isEqualTo(SampleCalendars.year().sessions());
    }

    @Test
    void somethingThatIsNotACalendarIsRefusedPlainly() {
        byte[] noise = new byte[2048];
        new Random(11).nextBytes(noise);

        assertThatThrownBy(() -> IcsReader.read(noise)).isInstanceOf(CalendarFormatException.class)
                .hasMessage("This file is not an iCalendar (.ics) file.");
        assertThatThrownBy(() -> IcsReader.read("Name,Date\nAlex,03/02/2026\n"))
                .hasMessage("This file is not an iCalendar (.ics) file.");
        assertThatThrownBy(() -> IcsReader.read(new byte[0])).hasMessage("This file is not an iCalendar (.ics) file.");
    }

    @Test
    void aCutOffFileIsRefused() {
        String whole = SampleCalendars.write(SampleCalendars.year());
        byte[] half = Arrays.copyOf(whole.getBytes(StandardCharsets.UTF_8), whole.length() / 2);

        assertThatThrownBy(() -> IcsReader.read(half))
                .hasMessage("The file ends before the calendar does, so part of it is probably missing.");
    }

    @Test
    void brokenEventsAreNamed() {
        assertThatThrownBy(() -> IcsReader.read(calendar("DTSTART;VALUE=DATE:20260203")))
                .isInstanceOf(CalendarFormatException.class).hasMessage("Line 6: An event has no UID.");
        assertThatThrownBy(() -> IcsReader.read(calendar("UID:f@x")))
                .hasMessage("Line 6: The event f@x has no start date.");
        assertThatThrownBy(() -> IcsReader.read(calendar("UID:g@x", "DTSTART:20261345T100000")))
                .hasMessage("Line 6: \"20261345T100000\" is not a date and time.");
        assertThatThrownBy(() -> IcsReader.read(calendar("UID:h@x", "DTSTART:20260203T100000", "DTEND:20260203T090000")))
                .hasMessage("Line 6: The event h@x ends before it starts or lasts longer than a day.");
        assertThatThrownBy(() -> IcsReader.read(calendar("UID:i@x", "DTSTART;TZID=Mars/Olympus:20260203T100000")))
                .hasMessage("Line 6: The time zone \"Mars/Olympus\" is not one we know.");
        assertThatThrownBy(() -> IcsReader.read(calendar("UID:j@x", "no colon here")))
                .hasMessage("Line 6: \"no colon here\" is not a calendar property.");
        assertThatThrownBy(() -> IcsReader.read("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
                .hasMessage("Line 2: END:VEVENT closes something that is not open.");
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
