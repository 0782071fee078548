package uk.supervisiondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class UkDatesTest {
    @Test
    void readsDatesTheWayUkUsersTypeThem() {
        assertThat(UkDates.parse("04/03/2026")).contains(LocalDate.of(2026, 3, 4));
        assertThat(UkDates.parse("4/3/2026")).contains(LocalDate.of(2026, 3, 4));
        assertThat(UkDates.parse(" 29/02/2024 ")).contains(LocalDate.of(2024, 2, 29));
        assertThat(UkDates.parse("")).isEmpty();
    }

    @Test
    void refusesImpossibleDatesInsteadOfRollingThemOver() {
        assertThatThrownBy(() -> UkDates.parse("31/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkDates.parse("29/02/2025")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkDates.parse("13/13/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkDates.parse("2026-03-04")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void writesDayMonthYear() {
        assertThat(UkDates.format(LocalDate.of(2026, 3, 4))).isEqualTo("04/03/2026");
        assertThat(UkDates.format(null)).isEmpty();
    }
}
