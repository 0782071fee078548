package uk.supervisiondesk.policy.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day off for everyone in England and Wales, or an extra closure day a user has added. */
public record BankHoliday(LocalDate date, String name) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }
}
