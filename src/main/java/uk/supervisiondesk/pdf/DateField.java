package uk.supervisiondesk.pdf;

import java.time.LocalDate;

/**
 * A date answer, printed as dd/MM/yyyy.
 *
 * @param date null when none was given
 */
public record DateField(String label, LocalDate date) implements SectionItem {
    public DateField {
        RecordHeader.requireText(label, "label");
    }
}
