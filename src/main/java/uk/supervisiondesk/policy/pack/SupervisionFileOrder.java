package uk.supervisiondesk.policy.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.SupervisionFileItem;

/**
 * The sections of a supervisee's supervision file in the policy's order (Sefton 9, Sandwell
 * App. 8), and which of the documents Supervision Desk makes go in each. Sections that hold
 * nothing the app makes (a job description, sickness records) are kept so the numbering matches
 * the policy.
 */
public record SupervisionFileOrder(List<Section> sections, String source) {

    /**
     * @param number the section's number in the file, counting from 1 in the policy's order
     * @param note   empty, or why the section is there when the policy does not list it
     */
    public record Section(int number, String title, Set<SupervisionFileItem> holds, String note) {
        public Section {
            holds = Set.copyOf(holds);
        }
    }

    public SupervisionFileOrder {
        sections = List.copyOf(sections);
    }

    /** The section holding this kind of document; every pack places every item (the reader checks). */
    public Section sectionOf(SupervisionFileItem item) {
        return find(item).orElseThrow(() -> new IllegalStateException("No section of the file holds " + item.key()));
    }

    Optional<Section> find(SupervisionFileItem item) {
        return sections.stream().filter(s -> s.holds().contains(item)).findFirst();
    }
}
