package uk.supervisiondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The job part of the front sheet: where and how the supervisee works, and the dates that
 * drive supervision rules (employment start, ASYE start, leaving date).
 *
 * @param hoursPerWeek null for full time; the contracted hours when part time
 */
public record Employment(
        String jobTitle,
        String team,
        String workplaceAddress,
        String workMobile,
        BigDecimal hoursPerWeek,
        LocalDate employmentStart,
        LocalDate currentPostStart,
        String supervisorName,
        LocalDate asyeStart,
        LocalDate leavingDate) {

    public Employment {
        jobTitle = Text.orEmpty(jobTitle);
        team = Text.orEmpty(team);
        workplaceAddress = Text.orEmpty(workplaceAddress);
        workMobile = Text.orEmpty(workMobile);
        supervisorName = Text.orEmpty(supervisorName);
    }

    public boolean isPartTime() {
        return hoursPerWeek != null;
    }

    /** A leaver is someone whose leaving date has arrived; a future leaving date is still active. */
    public boolean hasLeftBy(LocalDate day) {
        return leavingDate != null && !leavingDate.isAfter(day);
    }
}
