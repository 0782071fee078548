package uk.supervisiondesk.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.pdf.DocumentSection;
import uk.supervisiondesk.pdf.LongTextField;
import uk.supervisiondesk.pdf.Party;
import uk.supervisiondesk.pdf.RecordDocument;
import uk.supervisiondesk.pdf.RecordHeader;
import uk.supervisiondesk.pdf.RecordType;
import uk.supervisiondesk.pdf.SectionItem;
import uk.supervisiondesk.pdf.ShortTextField;
import uk.supervisiondesk.pdf.SignatureBlock;
import uk.supervisiondesk.pdf.TableBlock;
import uk.supervisiondesk.pdf.TableColumn;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.templates.TemplateSection;

/**
 * A filled-in record as its PDF shows it: the template's sections and fields in the policy's
 * order with their labels, every answer printed for its kind of field ("Not recorded" where
 * empty), any disagreements after the form, and the signature blocks. The personal note is
 * left out unless the options say otherwise.
 */
public final class RecordDocuments {
    static final String PERSONAL_NOTE_HEADING = "Personal note (confidential: included at the supervisor's request)";

    private RecordDocuments() {
    }

    /** The record as filed, without the personal note. */
    public static RecordDocument of(RecordTemplate template, SupervisionRecord record, Supervisee supervisee,
                                    List<ActionItem> actions, List<DisagreementRow> disagreements,
                                    FilingLetterhead letterhead, SignatureMarks marks) {
        return of(template, record, supervisee, actions, disagreements, letterhead, marks, DocumentOptions.STANDARD);
    }

    /**
     * @param actions the actions agreed in this record, as stored (with where each stands)
     * @throws IllegalArgumentException the template's record type has no PDF type, or the
     *     template is not the record's
     */
    public static RecordDocument of(RecordTemplate template, SupervisionRecord record, Supervisee supervisee,
                                    List<ActionItem> actions, List<DisagreementRow> disagreements,
                                    FilingLetterhead letterhead, SignatureMarks marks, DocumentOptions options) {
        if (!template.key().equals(record.templateKey())) {
            throw new IllegalArgumentException("The record was written on the form '" + record.templateKey()
                    + "', not '" + template.key() + "'.");
        }
        RecordType type = RecordType.fromKey(record.recordType()).orElseThrow(() ->
                new IllegalArgumentException("There is no PDF layout for records of type '" + record.recordType() + "'."));
        Party supervisor = supervisorParty(record, supervisee, letterhead);
        Party superviseeParty = new Party("Supervisee", supervisee.fullName(),
                supervisee.roleOn(record.recordDate()).or(supervisee::currentRole).map(Role::displayName).orElse(""));
        RecordHeader header = new RecordHeader(letterhead.authorityName(), template.title(), type,
                supervisee.fullName(), employeeNumber(supervisee), record.recordDate(), record.version(),
                status(record, marks), letterhead.policyPackName(), supervisor.name());

        List<DocumentSection> sections = new ArrayList<>();
        if (!options.correctionReason().isEmpty()) {
            sections.add(DocumentSection.of("Correction",
                    new ShortTextField("This version", "Version " + record.version() + ", replacing version "
                            + (record.version() - 1) + ", which is kept"),
                    new LongTextField("Why it was corrected", options.correctionReason())));
        }
        for (TemplateSection section : template.sections()) {
            List<SectionItem> items = new ArrayList<>();
            for (TemplateField field : section.fields()) {
                items.addAll(FieldItems.of(field, record.values().get(field.key()), actions));
            }
            sections.add(new DocumentSection(section.heading(), items));
        }
        if (!disagreements.isEmpty()) {
            sections.add(DocumentSection.of("Disagreements recorded", disagreementTable(disagreements)));
        }
        if (options.includePersonalNote()) {
            sections.add(DocumentSection.of(PERSONAL_NOTE_HEADING,
                    new LongTextField("Kept apart from the record; not for sharing beyond those it was meant for",
                            options.personalNote())));
        }
        List<SignatureBlock> signatures = List.of(
                new SignatureBlock(named(supervisor, marks.supervisorName()), marks.supervisor()),
                new SignatureBlock(named(superviseeParty, marks.superviseeName()), marks.supervisee()));
        return new RecordDocument(header, List.of(supervisor, superviseeParty), sections, signatures,
                recordFields(template, record, actions, disagreements, options));
    }

    /** The agreement's own supervisor field if it names one, else the front sheet's, else the user. */
    private static Party supervisorParty(SupervisionRecord record, Supervisee supervisee, FilingLetterhead letterhead) {
        String name = "";
        String role = "";
        if (record.values().get("supervisor") instanceof Map<?, ?> person) {
            name = FieldItems.text(person.get("name"));
            role = FieldItems.text(person.get("role"));
        }
        if (name.isEmpty()) {
            name = supervisee.employment().supervisorName();
        }
        if (name.isEmpty()) {
            name = letterhead.userName();
        }
        return new Party("Supervisor", name.isEmpty() ? "Not recorded" : name, role);
    }

    private static Party named(Party party, String signedName) {
        return signedName == null || signedName.isBlank() ? party
                : new Party(party.partyLabel(), signedName, party.role());
    }

    private static String employeeNumber(Supervisee supervisee) {
        return supervisee.employeeNumber().isBlank() ? "Not recorded" : supervisee.employeeNumber();
    }

    private static String status(SupervisionRecord record, SignatureMarks marks) {
        if (record.status() == RecordStatus.DRAFT) {
            return "Draft, not finished";
        }
        return marks.status().isBlank() ? "Complete" : marks.status();
    }

    private static TableBlock disagreementTable(List<DisagreementRow> disagreements) {
        List<List<String>> rows = disagreements.stream()
                .map(d -> List.of(UkDates.format(d.recordedOn()), d.party(), d.note())).toList();
        return new TableBlock("Noted after the record was written; the record itself is unchanged",
                List.of(new TableColumn("Date", 1.4f), new TableColumn("Who disagrees", 1.8f),
                        new TableColumn("What is disagreed with, and why", 6.8f)), rows, "None");
    }

    /**
     * record.json's fields: the stored values as they are (a session's "reflection" included), the
     * actions as stored with where each stands, and any disagreements; the personal note only
     * when it is printed.
     */
    private static Map<String, Object> recordFields(RecordTemplate template, SupervisionRecord record,
                                                    List<ActionItem> actions, List<DisagreementRow> disagreements,
                                                    DocumentOptions options) {
        Map<String, Object> fields = new LinkedHashMap<>(record.values());
        template.fields().filter(f -> f.type() == uk.supervisiondesk.templates.FieldType.ACTIONS).findFirst()
                .ifPresent(f -> {
                    if (!actions.isEmpty()) {
                        fields.put(f.key(), actions.stream().map(RecordDocuments::actionFields).toList());
                    }
                });
        if (!disagreements.isEmpty()) {
            fields.put("disagreements", disagreements.stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("recordedOn", d.recordedOn());
                m.put("party", d.party());
                m.put("note", d.note());
                return (Object) m;
            }).toList());
        }
        if (!options.correctionReason().isEmpty()) {
            fields.put("correctionReason", options.correctionReason());
        }
        if (options.includePersonalNote()) {
            fields.put("personalNote", options.personalNote());
        }
        return fields;
    }

    private static Map<String, Object> actionFields(ActionItem action) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", action.what());
        m.put("who", action.who());
        m.put("dueBy", action.dueBy());
        m.put("status", action.status().name());
        m.put("closedOn", action.closedOn());
        return m;
    }
}
