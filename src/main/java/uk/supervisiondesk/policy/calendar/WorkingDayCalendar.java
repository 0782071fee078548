package uk.supervisiondesk.policy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days as the policies count them: Monday to Friday, less bank holidays in England and
 * Wales (GLOSSARY "working days") and any extra closure days a user adds. Dates outside the
 * years the holiday list covers are treated as ordinary weekdays.
 */
public final class WorkingDayCalendar {
    private final Map<LocalDate, BankHoliday> holidays;

    private WorkingDayCalendar(Map<LocalDate, BankHoliday> holidays) {
        this.holidays = holidays;
    }

    /** The shipped England and Wales list. */
    public static WorkingDayCalendar englandAndWales() {
        return of(BankHolidayFile.bundled());
    }

    public static WorkingDayCalendar of(Collection<BankHoliday> days) {
        Map<LocalDate, BankHoliday> byDate = new TreeMap<>();
        days.forEach(d -> byDate.putIfAbsent(d.date(), d));
        return new WorkingDayCalendar(byDate);
    }

    /** A copy that also skips the given days; where a date is already a holiday its first name is kept. */
    public WorkingDayCalendar withExtraDays(Collection<BankHoliday> extra) {
        Map<LocalDate, BankHoliday> byDate = new TreeMap<>(holidays);
        extra.forEach(d -> byDate.putIfAbsent(d.date(), d));
        return new WorkingDayCalendar(byDate);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    public Optional<BankHoliday> holidayOn(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /**
     * The working day that ends a period of {@code count} working days starting the day after
     * {@code from}: a record from a Monday session due "within 5 working days" is due the next
     * Monday. {@code from} itself never counts, whether or not it is a working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The day itself if it is a working day, else the last working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The day itself if it is a working day, else the first working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
