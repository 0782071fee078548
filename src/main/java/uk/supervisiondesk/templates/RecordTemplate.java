package uk.supervisiondesk.templates;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.supervisiondesk.domain.SessionKind;

/**
 * A form as data: the fields of one of the policies' templates (an agreement, a session record,
 * an observation...), in the policy's order, with labels in the product's own words.
 *
 * @param key         unique, the file name without ".yaml" (e.g. "welfare-sefton")
 * @param recordType  what record.json calls it: agreement, individual, manager, welfare, reflective-case,
 *                    casework, group, case-presentation, observation, asye-tracker, audit
 * @param sessionKind the monitoring-sheet kind a session record belongs to; empty for other records
 * @param authorities the policy packs (by id) that offer it; empty means every pack
 * @param source      the policy appendix it follows, e.g. "Sefton App. 3"
 */
public record RecordTemplate(String key, String recordType, String title, String help, String source,
                             Optional<SessionKind> sessionKind, Set<String> authorities,
                             List<TemplateSection> sections) {

    public RecordTemplate {
        authorities = Set.copyOf(authorities);
        sections = List.copyOf(sections);
    }

    public boolean offeredUnder(String packId) {
        return authorities.isEmpty() || authorities.contains(packId);
    }

    public Stream<TemplateField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<TemplateField> field(String fieldKey) {
        return fields().filter(f -> f.key().equals(fieldKey)).findFirst();
    }
}
