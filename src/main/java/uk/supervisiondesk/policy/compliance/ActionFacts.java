package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Objects;

/** A SMART action agreed in supervision: what, who, by when, and when it was done (null while open). */
public record ActionFacts(String what, String who, LocalDate dueBy, LocalDate completedOn) {

    public ActionFacts {
        Objects.requireNonNull(dueBy, "dueBy");
        what = what == null ? "" : what.strip();
        who = who == null ? "" : who.strip();
    }

    public boolean isOpen() {
        return completedOn == null;
    }
}
