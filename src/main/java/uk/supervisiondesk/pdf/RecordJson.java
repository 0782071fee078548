package uk.supervisiondesk.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable copy of a record that travels inside its PDF as record.json, so software
 * can read a filed PDF back without guessing from the layout. Dates are ISO (yyyy-MM-dd).
 */
public final class RecordJson {
    /** Names this layout of the JSON; a reader checks it before trusting the other keys. */
    public static final String FORMAT = "supervision-desk-record/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RecordJson() {
    }

    /** The JSON for a record: its identity at the top level, then every field under "fields". */
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
        List<Map<String, String>> parties = record.parties().stream()
                .map(p -> Map.of("part", p.partyLabel(), "name", p.name(), "role", p.role()))
                .map(LinkedHashMap::new)
                .map(m -> (Map<String, String>) m)
                .toList();
        json.put("parties", parties);
        json.put("fields", record.recordFields());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A record field cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads record.json text into maps, lists, strings, numbers and booleans. */
    public static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
