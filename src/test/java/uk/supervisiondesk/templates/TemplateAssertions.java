package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Small look-ups the template tests share. */
final class TemplateAssertions {

    private TemplateAssertions() {
    }

    static void assertType(RecordTemplate template, String fieldKey, FieldType type) {
        assertThat(template.field(fieldKey)).as("%s in %s", fieldKey, template.key())
                .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(type));
    }

    static List<String> keys(RecordTemplate template) {
        return template.fields().map(TemplateField::key).toList();
    }

    static List<String> sections(RecordTemplate template) {
        return template.sections().stream().map(TemplateSection::key).toList();
    }

    static List<String> checklistItems(RecordTemplate template) {
        return template.fields().filter(f -> f.type() == FieldType.CHECKLIST).flatMap(f -> f.items().stream()).toList();
    }
}
