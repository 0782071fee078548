package uk.supervisiondesk.policy.pack;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar interval such as "4 weeks" or "1 month". Months and years follow the calendar, so
 * one month after 31 January is the last day of February.
 */
public record Span(int amount, SpanUnit unit) {

    public Span {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("A span must be more than zero: " + amount);
        }
    }

    public static Span days(int n) {
        return new Span(n, SpanUnit.DAYS);
    }

    public static Span weeks(int n) {
        return new Span(n, SpanUnit.WEEKS);
    }

    public static Span months(int n) {
        return new Span(n, SpanUnit.MONTHS);
    }

    public static Span years(int n) {
        return new Span(n, SpanUnit.YEARS);
    }

    /** Reads "2 weeks", "1 month" as {@link #toString()} writes them; empty for anything else. */
    public static java.util.Optional<Span> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            return java.util.Optional.empty();
        }
        try {
            int amount = Integer.parseInt(parts[0]);
            for (SpanUnit unit : SpanUnit.values()) {
                if (amount > 0 && (parts[1].equals(unit.singular()) || parts[1].equals(unit.plural()))) {
                    return java.util.Optional.of(new Span(amount, unit));
                }
            }
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    public LocalDate after(LocalDate day) {
        return times(1, day);
    }

    /** {@code n} whole spans after {@code day}, counted from {@code day} so month ends do not drift. */
    public LocalDate times(long n, LocalDate day) {
        long total = n * amount;
        return switch (unit) {
            case DAYS -> day.plusDays(total);
            case WEEKS -> day.plusWeeks(total);
            case MONTHS -> day.plusMonths(total);
            case YEARS -> day.plusYears(total);
        };
    }

    public LocalDate before(LocalDate day) {
        return switch (unit) {
            case DAYS -> day.minusDays(amount);
            case WEEKS -> day.minusWeeks(amount);
            case MONTHS -> day.minusMonths(amount);
            case YEARS -> day.minusYears(amount);
        };
    }

    /** As a pack writes it: "1 month", "6 weeks". */
    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.singular() : unit.plural());
    }
}
