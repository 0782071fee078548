package uk.supervisiondesk.ui.records;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/**
 * A child's case reference. Case decisions belong on the child's record in the council's case
 * system; here a case is named by its number only, so the field warns as soon as the text looks
 * like a name or a date of birth.
 */
public final class CaseReferenceModel extends TextFieldModel {
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    public CaseReferenceModel(TemplateField field) {
        super(field);
        textProperty().addListener((obs, old, now) -> warning.set(CaseReferenceCheck.warningFor(now).orElse("")));
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public boolean hasWarning() {
        return !warning.get().isEmpty();
    }

    /** Recognises the two things that must not be typed here: a person's name and a date of birth. */
    static final class CaseReferenceCheck {
        /** Two or more capitalised words, as names are written: "Jayden Smith". */
        private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:[- ']\\p{Lu}\\p{Ll}+)+\\b");
        /** A date written with separators: 12/03/2019, 12-3-19, 12.03.2019. */
        private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
        /** "DOB", "born", "aged 7": signs of a child's personal details. */
        private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(dob|d\\.o\\.b|born|aged?\\s+\\d+)\\b");

        private CaseReferenceCheck() {
        }

        static Optional<String> warningFor(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            if (DATE.matcher(text).find() || PERSONAL.matcher(text).find()) {
                return Optional.of(Messages.get("record.case.dateWarning"));
            }
            if (NAME.matcher(text).find()) {
                return Optional.of(Messages.get("record.case.nameWarning"));
            }
            return Optional.empty();
        }
    }
}
