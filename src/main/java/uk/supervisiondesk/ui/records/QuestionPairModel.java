package uk.supervisiondesk.ui.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/** A question with the supervisee's answer and the supervisor's comment (Sefton App. 3). */
public final class QuestionPairModel extends FieldModel {
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");

    public QuestionPairModel(TemplateField field) {
        super(field);
    }

    @Override
    public void load(Object stored) {
        Map<?, ?> map = stored instanceof Map<?, ?> m ? m : Map.of();
        answer.set(text(map.get("answer")));
        comment.set(text(map.get("comment")));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    @Override
    public Object value() {
        if (isEmpty()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("answer", answer.get().strip());
        map.put("comment", comment.get().strip());
        return map;
    }

    @Override
    public List<Observable> observables() {
        return List.of(answer, comment);
    }

    @Override
    public Optional<String> problem(boolean completing) {
        if (completing && field().required() && isEmpty()) {
            return Optional.of(Messages.get("record.required", field().question()));
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return answer.get().isBlank() && comment.get().isBlank();
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
