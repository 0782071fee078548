package uk.supervisiondesk.ui.records;

import java.util.List;
import uk.supervisiondesk.templates.TemplateField;

/** Picks the editing model for each kind of template field. */
final class FieldModels {
    /** The frequencies an agreement may set, as stored ("2 weeks"); the form shows them in words. */
    static final List<String> FREQUENCIES = List.of("1 week", "2 weeks", "3 weeks", "4 weeks", "1 month", "6 weeks",
            "2 months", "3 months");

    private FieldModels() {
    }

    static FieldModel create(TemplateField field, RecordContext context) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT, TIME, NUMBER, GAP_REASON -> new TextFieldModel(field);
            case CASE_REFERENCE -> new CaseReferenceModel(field);
            case DATE, LAST_SESSION_DATE -> new DateFieldModel(field);
            case YES_NO -> new ChoiceFieldModel<>(field, List.of(Boolean.TRUE, Boolean.FALSE),
                    stored -> Boolean.valueOf(stored.toString()));
            case CHOICE -> new ChoiceFieldModel<>(field, field.options(), Object::toString);
            case FREQUENCY -> new ChoiceFieldModel<>(field, FREQUENCIES, Object::toString);
            case QUESTION_PAIR -> new QuestionPairModel(field);
            case PERSON -> new PersonFieldModel(field);
            case CASES -> new RowListModel(field, List.of("reference", "discussion", "decisions"));
            case ATTENDEES -> new RowListModel(field, List.of("name", "role"));
            case CHECKLIST -> new ChecklistModel(field);
            case SCHEDULE -> new ScheduleModel(field);
            case ACTIONS -> new ActionsModel(field);
            case ACTION_REVIEW -> new ActionReviewModel(field, context.openBefore());
        };
    }
}
