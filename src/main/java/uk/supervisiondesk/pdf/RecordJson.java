package uk.supervisiondesk.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable copy of a record that travels inside its PDF as record.json, so software
 * can read a filed PDF back without guessing from the layout. Dates are ISO (yyyy-MM-dd).
 */
public final class RecordJson {
    /** Names this layout of the JSON; a reader checks it before trusting the other keys. */
    public static final String FORMAT = "supervision-desk-record/1";

    private RecordJson() {
    }

    /**
     * The JSON for a record: its identity at the top level, then every field under "fields".
     *
     * @throws IllegalArgumentException when a field holds something JSON cannot; the message
     *     names the field
     */
    public static String of(RecordDocument record) {
        RecordHeader header = record.header();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("type", header.type().key());
        json.put("authority", header.authorityName());
        json.put("formTitle", header.formTitle());
        json.put("employeeNumber", header.employeeNumber());
        json.put("supervisee", header.superviseeName());
        json.put("date", header.recordDate());
        json.put("version", header.version());
        json.put("status", header.status());
        json.put("policyPack", header.policyPackName());
        json.put("recordedBy", header.recordedBy());
        json.put("parties", record.parties().stream().map(RecordJson::party).toList());
        json.put("fields", record.recordFields());
        return JsonText.write(json);
    }

    /** Jackson starts only when something reads JSON back, never on the rendering path. */
    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static Map<String, String> party(Party party) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("part", party.partyLabel());
        json.put("name", party.name());
        json.put("role", party.role());
        return json;
    }

    /** Reads record.json text into maps, lists, strings, numbers and booleans (dates stay text). */
    public static Map<String, Object> parse(String json) {
        try {
            return Reader.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
