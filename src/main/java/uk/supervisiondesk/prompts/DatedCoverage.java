package uk.supervisiondesk.prompts;

import java.time.LocalDate;
import java.util.Objects;

/** One reflective discussion for the record of coverage over time: when it happened and what it covered. */
public record DatedCoverage(LocalDate date, ReflectiveCoverage coverage) {

    public DatedCoverage {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverage, "coverage");
    }
}
