package uk.supervisiondesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void theSameSessionKeepsItsUidFromOneExportToTheNext() {
        String first = SampleCalendars.write(SampleCalendars.year());
        String second = new IcsWriter(SampleCalendars.EXPORTED_LATER).write(SampleCalendars.year());

        assertThat(uids(second)).isEqualTo(uids(first)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aMovedVenueOrTimeKeepsTheUidSoTheCalendarUpdatesTheEvent() {
        PlannedSession before = PlannedSession.at(DAY, "10:00", 60, "Individual supervision", "Room 1");
        PlannedSession after = PlannedSession.at(DAY, "14:00", 90, "Individual supervision", "Room 7").withSequence(1);
        SupervisionCalendar calendar = new SupervisionCalendar("Alex Morgan", "E1", "", List.of(before));

        assertThat(calendar.uidOf(after)).isEqualTo(calendar.uidOf(before));
    }

    @Test
    void differentDatesKindsAndPeopleGetDifferentUids() {
        String base = EventIds.of("E1", DAY, "Individual supervision");

        assertThat(EventIds.of("E1", DAY.plusDays(1), "Individual supervision")).isNotEqualTo(base);
        assertThat(EventIds.of("E1", DAY, "Welfare supervision")).isNotEqualTo(base);
        assertThat(EventIds.of("E2", DAY, "Individual supervision")).isNotEqualTo(base);
        assertThat(EventIds.of("E1", LocalDate.of(2027, 3, 12), "Individual supervision")).isNotEqualTo(base);
    }

    @Test
    void caseAndSpacingInTheKindDoNotMatter() {
        assertThat(EventIds.of(" E1 ", DAY, " individual   SUPERVISION "))
                .isEqualTo(EventIds.of("E1", DAY, "Individual supervision"));
    }

    @Test
    void theUidIsANameBasedUuidThatHidesTheEmployeeNumber() {
        String uid = EventIds.of("E10442", DAY, "Individual supervision");

        assertThat(uid).endsWith("@supervision-desk").doesNotContain("10442");
        UUID uuid = UUID.fromString(uid.substring(0, uid.indexOf('@')));
        assertThat(uuid.version()).isEqualTo(3);
        assertThat(uuid.variant()).isEqualTo(2);
        // Pinned: a change here would make every calendar duplicate every event on the next import.
        assertThat(uid).isEqualTo(PINNED_UID);
    }

    private static final String PINNED_UID = "76be1e54-7e27-3f9e-b70e-05c4778e64a2@supervision-desk";

    private static List<String> uids(String ics) {
        return SampleCalendars.contentLines(ics).stream().filter(l -> l.startsWith("UID:")).toList();
    }
}
