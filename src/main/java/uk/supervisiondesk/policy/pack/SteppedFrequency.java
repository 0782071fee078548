package uk.supervisiondesk.policy.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Frequencies that change with time since a start date: the ASYE step-down, looked-after children. */
public record SteppedFrequency(List<FrequencyStep> steps) {

    public SteppedFrequency {
        steps = List.copyOf(steps);
    }

    /** A stage with the dates it runs between: {@code from} inclusive, {@code until} exclusive (null if open). */
    public record ActiveStep(FrequencyStep step, LocalDate from, LocalDate until) {
    }

    /** The stages laid out on the calendar from {@code start}. */
    public List<ActiveStep> laidOutFrom(LocalDate start) {
        List<ActiveStep> out = new ArrayList<>();
        LocalDate stepStart = start;
        for (FrequencyStep step : steps) {
            LocalDate end = step.endsBefore(start, stepStart).orElse(null);
            out.add(new ActiveStep(step, stepStart, end));
            if (end == null) {
                break;
            }
            stepStart = end;
        }
        return out;
    }

    public Optional<ActiveStep> stepOn(LocalDate start, LocalDate day) {
        if (day.isBefore(start)) {
            return Optional.empty();
        }
        return laidOutFrom(start).stream()
                .filter(s -> !day.isBefore(s.from()) && (s.until() == null || day.isBefore(s.until())))
                .findFirst();
    }
}
