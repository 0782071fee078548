package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void theCalendarSaysWhoMadeItAndHowToReadIt() {
        List<String> lines = SampleCalendars.contentLines(SampleCalendars.write(SampleCalendars.year()));

        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("PRODID:-//Supervision Desk//EN", "VERSION:2.0", "METHOD:PUBLISH",
                "CALSCALE:GREGORIAN", "X-WR-CALNAME:Supervision: Si\u00e2n Llywelyn-Pr\u00ees");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(3);
    }

    @Test
    void everyLineEndsInCrLfAndNoneIsBare() {
        String ics = SampleCalendars.write(SampleCalendars.year());

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void timedSessionsAreInLondonTimeWithTheZoneDescribed() {
        List<String> lines = SampleCalendars.contentLines(SampleCalendars.write(SampleCalendars.year()));

        // 15 January is GMT, 16 July BST: both carry the London zone, whose rules say which.
        assertThat(lines).contains(
                "DTSTART;TZID=Europe/London:20260115T100000", "DTEND;TZID=Europe/London:20260115T113000",
                "DTSTART;TZID=Europe/London:20260716T143000", "DTEND;TZID=Europe/London:20260716T153000");
        assertThat(lines).containsSubsequence("BEGIN:VTIMEZONE", "TZID:Europe/London",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT");
        assertThat(lines).contains("TRANSP:OPAQUE");
    }

    @Test
    void aDateWithoutATimeIsAnAllDayEventThatDoesNotBlockTheDay() {
        String ics = SampleCalendars.write(SampleCalendars.allDayOnly());
        List<String> lines = SampleCalendars.contentLines(ics);

        assertThat(lines).contains("DTSTART;VALUE=DATE:20260203", "DTEND;VALUE=DATE:20260204",
                "DTSTART;VALUE=DATE:20260303", "DTEND;VALUE=DATE:20260304", "TRANSP:TRANSPARENT");
        assertThat(ics).doesNotContain("VTIMEZONE").doesNotContain("TZID").doesNotContain("OPAQUE");
    }

    @Test
    void eachEventHasTheRequiredPropertiesOnce() {
        String ics = SampleCalendars.write(SampleCalendars.year());
        String firstEvent = ics.substring(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"));
        List<String> lines = SampleCalendars.contentLines(firstEvent);

        assertThat(lines).contains("DTSTAMP:20260105T164207Z", "SUMMARY:Supervision: Si\u00e2n Llywelyn-Pr\u00ees",
                "LOCATION:Room 2\\, Magdalen House\\; Bootle", "SEQUENCE:0", "STATUS:CONFIRMED",
                "X-SUPERVISIONDESK-KIND:Individual supervision", "X-SUPERVISIONDESK-SUPERVISOR:Dafydd ap Gruffudd");
        for (String name : List.of("UID:", "DTSTAMP:", "DTSTART;", "DTEND;", "SUMMARY:", "DESCRIPTION:", "SEQUENCE:")) {
            assertThat(lines.stream().filter(l -> l.startsWith(name))).as(name).hasSize(1);
        }
        assertThat(lines.stream().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow())
                .matches("UID:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@supervision-desk");
    }

    @Test
    void theDescriptionSaysWhatWhenAndWhereAndNothingElse() {
        SupervisionCalendar calendar = SampleCalendars.year();

        assertThat(IcsWriter.description(calendar, SampleCalendars.JANUARY)).isEqualTo(
                "Individual supervision for Si\u00e2n Llywelyn-Pr\u00ees with Dafydd ap Gruffudd.\n"
                        + "Thursday 15 January 2026, 10:00 to 11:30.\n"
                        + "Venue: Room 2, Magdalen House; Bootle\n"
                        + "Planned in Supervision Desk. Keep notes of the session there, not in this calendar.");
        assertThat(IcsWriter.description(calendar, SampleCalendars.APRIL))
                .contains("Tuesday 14 April 2026, time to be agreed.").doesNotContain("Venue");
        assertThat(SampleCalendars.write(calendar)).doesNotContain("E10442");
    }

    @Test
    void textIsEscapedSoPunctuationStaysInOneValue() {
        assertThat(IcsText.escape("a\\b;c,d\ne\r\nf\rg\th")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\th");
        assertThat(IcsText.escape("bell\u0007 gone")).isEqualTo("bell gone");
        assertThat(IcsText.escape("broken \uD83D pair")).isEqualTo("broken \uFFFD pair");
        assertThat(IcsText.unescape("a\\\\b\\;c\\,d\\ne\\Nf")).isEqualTo("a\\b;c,d\ne\nf");
    }

    @Test
    void longWelshTextIsFoldedAt75OctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String ics = SampleCalendars.write(SampleCalendars.year());
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        String[] physical = ics.split("\r\n");
        assertThat(physical.length).isGreaterThan(SampleCalendars.contentLines(ics).size());
        for (String line : physical) {
            byte[] lineBytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(lineBytes.length).as(line).isLessThanOrEqualTo(75);
            // Each physical line on its own must be whole UTF-8: a strict decoder refuses half a character.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(lineBytes));
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ics);
        assertThat(SampleCalendars.contentLines(ics))
                .contains("LOCATION:" + IcsText.escape(SampleCalendars.WELSH_VENUE));
    }

    @Test
    void foldingCountsFourByteCharactersAndTheContinuationSpace() {
        String emoji = "\uD83D\uDE42".repeat(40);
        String folded = new ContentLines().addText("SUMMARY", emoji).toString();

        String[] physical = folded.split("\r\n");
        assertThat(physical[0].getBytes(StandardCharsets.UTF_8)).hasSize(8 + 16 * 4);
        assertThat(physical[1]).startsWith(" ");
        assertThat(physical[1].getBytes(StandardCharsets.UTF_8)).hasSize(1 + 18 * 4);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + emoji + "\r\n");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String value = "x".repeat(75 - "SUMMARY:".length());

        assertThat(new ContentLines().addText("SUMMARY", value).toString()).isEqualTo("SUMMARY:" + value + "\r\n");
        assertThat(new ContentLines().addText("SUMMARY", value + "y").toString())
                .isEqualTo("SUMMARY:" + value + "\r\n y\r\n");
    }

    @Test
    void dtstampComesFromTheClock() {
        String later = new IcsWriter(SampleCalendars.EXPORTED_LATER).write(SampleCalendars.year());

        assertThat(SampleCalendars.contentLines(later)).contains("DTSTAMP:20260630T080000Z");
    }

    @Test
    void aChangedSessionCarriesItsSequence() {
        SupervisionCalendar moved = new SupervisionCalendar("Alex Morgan", "E20001", "",
                List.of(PlannedSession.at(LocalDate.of(2026, 2, 3), "09:00", 60, "Individual supervision", "Room 4")
                        .withSequence(2)));

        List<String> lines = SampleCalendars.contentLines(SampleCalendars.write(moved));
        assertThat(lines).contains("SEQUENCE:2");
        assertThat(lines).noneMatch(l -> l.startsWith("X-SUPERVISIONDESK-SUPERVISOR"));
    }

    @Test
    void aTimedSessionWithNoKnownEndHasNoDtend() {
        SupervisionCalendar open = new SupervisionCalendar("Alex Morgan", "E20001", "Sam Patel",
                List.of(new PlannedSession(LocalDate.of(2026, 2, 3), java.util.Optional.of(java.time.LocalTime.of(9, 0)),
                        0, "Individual supervision", "", 0)));

        String ics = SampleCalendars.write(open);
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260203T090000").doesNotContain("DTEND");
    }

    @Test
    void twoSessionsOfOneKindOnOneDayAreRefused() {
        LocalDate day = LocalDate.of(2026, 2, 3);

        assertThatThrownBy(() -> new SupervisionCalendar("Alex Morgan", "E20001", "Sam Patel", List.of(
                PlannedSession.at(day, "09:00", 60, "Individual supervision", ""),
                PlannedSession.at(day, "15:00", 60, "individual  supervision", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two sessions of the kind \"individual  supervision\" on 03/02/2026: a calendar can hold only one of them");
    }

    @Test
    void theSuggestedFileNameIsSafeOnWindows() {
        SupervisionCalendar calendar = new SupervisionCalendar("Jo \"JJ\" O'Neil / Smith", "E1", "", List.of());

        assertThat(calendar.suggestedFileName()).isEqualTo("Supervision schedule - Jo JJ O'Neil Smith.ics");
    }
}
