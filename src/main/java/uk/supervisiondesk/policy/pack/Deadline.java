package uk.supervisiondesk.policy.pack;

/** A number of working days after a session by which something must happen. */
public record Deadline(int workingDays) {

    public Deadline {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("A deadline must be at least one working day: " + workingDays);
        }
    }

    @Override
    public String toString() {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }
}
