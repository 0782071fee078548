package uk.supervisiondesk.ui.records;

import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.templates.RecordTemplate;

/** Where the record forms come from: the shipped templates, chosen for the council's pack. */
public interface TemplateSource {

    /** Templates of a record type offered under a pack, the council's own first. */
    List<RecordTemplate> offeredFor(String packId, String recordType);

    /** Every template offered under a pack for session records (those with a session kind). */
    List<RecordTemplate> sessionTemplatesFor(String packId);

    Optional<RecordTemplate> byKey(String key);
}
