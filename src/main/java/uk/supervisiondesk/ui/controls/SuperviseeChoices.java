package uk.supervisiondesk.ui.controls;

import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.Supervisee;

/** The supervisee drop-downs of the Sessions and Agreements screens: "Surname, Forename (number)". */
public final class SuperviseeChoices {
    private SuperviseeChoices() {
    }

    public static List<Choice<Supervisee>> of(List<Supervisee> everyone, boolean includeLeavers, LocalDate today) {
        return everyone.stream().filter(s -> includeLeavers || !s.isLeaverOn(today))
                .map(s -> new Choice<>(s, s.personal().sortName() + " (" + s.employeeNumber() + ")")).toList();
    }
}
