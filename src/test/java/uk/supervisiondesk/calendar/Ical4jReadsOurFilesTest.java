package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** An independent parser (ical4j) reads our files as calendars will: same events, same instants. */
class Ical4jReadsOurFilesTest {

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void theFileIsValidIcalendar() throws Exception {
        Calendar calendar = parse(SampleCalendars.write(SampleCalendars.year()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3);
        // RFC 5546 (iTIP) wants an ORGANIZER on every published event; we leave it out on purpose
        // (see IcsWriter), so the iTIP rules for METHOD are set aside and RFC 5545's are checked.
        calendar.removeAll("METHOD");

        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
    }

    @Test
    void gmtAndBstSessionsLandOnTheRightInstant() throws Exception {
        List<VEvent> events = parse(SampleCalendars.write(SampleCalendars.year())).getComponents("VEVENT");

        // 10:00 on 15 January is 10:00 GMT; 14:30 on 16 July is 13:30 GMT because of BST.
        assertThat(instant(events.get(0), "DTSTART")).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(instant(events.get(0), "DTEND")).isEqualTo(Instant.parse("2026-01-15T11:30:00Z"));
        assertThat(instant(events.get(2), "DTSTART")).isEqualTo(Instant.parse("2026-07-16T13:30:00Z"));
        assertThat(instant(events.get(2), "DTEND")).isEqualTo(Instant.parse("2026-07-16T14:30:00Z"));
    }

    @Test
    void allDaySessionsAreDates() throws Exception {
        VEvent april = parse(SampleCalendars.write(SampleCalendars.year())).<VEvent>getComponents("VEVENT").get(1);

        assertThat(date(april, "DTSTART")).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(date(april, "DTEND")).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void escapedAndFoldedTextComesBackWhole() throws Exception {
        SupervisionCalendar year = SampleCalendars.year();
        VEvent july = parse(SampleCalendars.write(year)).<VEvent>getComponents("VEVENT").get(2);

        assertThat(text(july, "LOCATION")).isEqualTo(SampleCalendars.WELSH_VENUE);
        assertThat(text(july, "DESCRIPTION")).isEqualTo(IcsWriter.description(year, SampleCalendars.JULY));
        assertThat(text(july, "SUMMARY")).isEqualTo("Supervision: Si\u00e2n Llywelyn-Pr\u00ees");
        assertThat(text(july, "UID")).isEqualTo(year.uidOf(SampleCalendars.JULY));
    }

    private static Instant instant(VEvent event, String name) {
        Temporal value = event.<DateProperty<Temporal>>getRequiredProperty(name).getDate();
        return Instant.from(value);
    }

    private static LocalDate date(VEvent event, String name) {
        return (LocalDate) event.<DateProperty<Temporal>>getRequiredProperty(name).getDate();
    }

    private static String text(VEvent event, String name) {
        return event.<Property>getRequiredProperty(name).getValue();
    }
}
