package uk.supervisiondesk.calendar;

import java.time.ZoneId;

/**
 * Europe/London as a VTIMEZONE: GMT in winter, BST (GMT+1) from 01:00 GMT on the last Sunday of
 * March to 01:00 GMT on the last Sunday of October, the rule since 1996. A calendar needs this
 * block to place "10:00 Europe/London" on the right instant; Outlook does not know IANA names
 * and relies on it entirely. The rules are written out, not generated, and a test checks them
 * against the JDK's time-zone data.
 */
final class LondonTimeZone {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final String TZID = "Europe/London";

    private LondonTimeZone() {
    }

    static void writeTo(ContentLines lines) {
        lines.begin("VTIMEZONE")
                .add("TZID", TZID)
                .add("X-LIC-LOCATION", TZID)
                // Onsets are local times before the change: 01:00 GMT, then 02:00 BST. 29 March and
                // 25 October 1970 were last Sundays, the customary anchors; the UK's rules before
                // 1996 differed, but no session is planned that far back.
                .begin("DAYLIGHT")
                .add("TZOFFSETFROM", "+0000")
                .add("TZOFFSETTO", "+0100")
                .add("TZNAME", "BST")
                .add("DTSTART", "19700329T010000")
                .add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .end("DAYLIGHT")
                .begin("STANDARD")
                .add("TZOFFSETFROM", "+0100")
                .add("TZOFFSETTO", "+0000")
                .add("TZNAME", "GMT")
                .add("DTSTART", "19701025T020000")
                .add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
                .end("STANDARD")
                .end("VTIMEZONE");
    }
}
