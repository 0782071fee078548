package uk.supervisiondesk.pdf;

import java.time.LocalDate;
import java.util.Objects;
import uk.supervisiondesk.templates.RecordTemplate;

/**
 * What a preparation form is for: which form's fields the supervisee fills in, for which session.
 *
 * @param template       the record template of the session; its fields marked
 *                       {@code preparedBySupervisee} become the form's boxes
 * @param authorityName  the council or trust, printed at the top, e.g. "Sefton Council"
 * @param superviseeName who fills it in
 * @param employeeNumber theirs; written into preparation.json so the import can check the file
 *                       belongs to the record it is merged into
 * @param supervisorName who the form goes back to
 * @param sessionDate    the session it prepares for
 */
public record PreparationDetails(RecordTemplate template, String authorityName, String superviseeName,
                                 String employeeNumber, String supervisorName, LocalDate sessionDate) {

    public PreparationDetails {
        Objects.requireNonNull(template, "template");
        RecordHeader.requireText(authorityName, "authorityName");
        RecordHeader.requireText(superviseeName, "superviseeName");
        RecordHeader.requireText(employeeNumber, "employeeNumber");
        RecordHeader.requireText(supervisorName, "supervisorName");
        Objects.requireNonNull(sessionDate, "sessionDate");
    }

    /** "Preparing for supervision: " and the template's title. */
    public String formTitle() {
        return "Preparing for supervision: " + template.title();
    }
}
