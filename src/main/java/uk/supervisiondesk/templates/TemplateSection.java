package uk.supervisiondesk.templates;

import java.util.List;

/** A titled part of a record template, in the order the policy's form has it. */
public record TemplateSection(String key, String heading, String help, String source, List<TemplateField> fields) {

    public TemplateSection {
        help = help == null ? "" : help;
        source = source == null ? "" : source;
        fields = List.copyOf(fields);
    }
}
