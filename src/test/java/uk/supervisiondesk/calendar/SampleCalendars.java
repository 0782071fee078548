package uk.supervisiondesk.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Calendars the tests share: a year with timed and all-day sessions either side of the clock change. */
final class SampleCalendars {
    static final Clock EXPORTED_AT = Clock.fixed(Instant.parse("2026-01-05T16:42:07.345Z"), ZoneOffset.UTC);
    static final Clock EXPORTED_LATER = Clock.fixed(Instant.parse("2026-06-30T08:00:00Z"), ZoneOffset.UTC);
    static final String WELSH_VENUE = "Swyddfa\u2019r Cyngor, Stryd y J\u00eal; Ystafell \u2018\u0174yn Bach\u2019 \u2014 "
            + "llawr cyntaf, Caernarfon LL55 1SH \u2013 gofynnwch yn y dderbynfa am Si\u00e2n neu Gwenll\u00efan";

    /** GMT on 15 January, BST on 16 July, an all-day date in between. */
    static final PlannedSession JANUARY = PlannedSession.at(LocalDate.of(2026, 1, 15), "10:00", 90,
            "Individual supervision", "Room 2, Magdalen House; Bootle");
    static final PlannedSession APRIL = PlannedSession.allDay(LocalDate.of(2026, 4, 14), "Individual supervision", "");
    static final PlannedSession JULY = PlannedSession.at(LocalDate.of(2026, 7, 16), "14:30", 60,
            "Welfare / personal reflective supervision", WELSH_VENUE);

    private SampleCalendars() {
    }

    static SupervisionCalendar year() {
        return new SupervisionCalendar("Si\u00e2n Llywelyn-Pr\u00ees", "E10442", "Dafydd ap Gruffudd",
                List.of(JANUARY, APRIL, JULY));
    }

    static SupervisionCalendar allDayOnly() {
        return new SupervisionCalendar("Alex Morgan", "E20001", "Sam Patel", List.of(
                PlannedSession.allDay(LocalDate.of(2026, 2, 3), "Individual supervision", "Team room"),
                PlannedSession.allDay(LocalDate.of(2026, 3, 3), "Individual supervision", "Team room")));
    }

    static String write(SupervisionCalendar calendar) {
        return new IcsWriter(EXPORTED_AT).write(calendar);
    }

    /** The unfolded content lines, for looking properties up. */
    static List<String> contentLines(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }
}
