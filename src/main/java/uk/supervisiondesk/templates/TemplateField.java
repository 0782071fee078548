package uk.supervisiondesk.templates;

import java.util.List;
import java.util.Objects;

/**
 * One field of a record template.
 *
 * @param key                  unique within the template, camelCase; the key in stored values and record.json
 * @param label                the words beside the field, in the product's own words
 * @param help                 a one-line hint under the field; empty if none
 * @param required             must be filled before the record is completed
 * @param preparedBySupervisee the supervisee may fill it in before the session
 * @param reflective           a long text where the reflective prompts panel is offered
 * @param options              for {@link FieldType#CHOICE}: the choices as shown
 * @param items                for {@link FieldType#CHECKLIST}: the items to check
 * @param question             for {@link FieldType#QUESTION_PAIR}: the question asked
 * @param source               the policy section the field comes from; empty if it is the section's
 */
public record TemplateField(String key, String label, FieldType type, String help, boolean required,
                            boolean preparedBySupervisee, boolean reflective, List<String> options,
                            List<String> items, String question, String source) {

    public TemplateField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
        options = List.copyOf(options);
        items = List.copyOf(items);
        question = question == null ? "" : question;
        source = source == null ? "" : source;
    }
}
