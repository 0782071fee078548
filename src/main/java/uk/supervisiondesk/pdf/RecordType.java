package uk.supervisiondesk.pdf;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record that render to PDF. The key is what software reading record.json sees, so
 * it never changes once released; the title is what people see in headers.
 */
public enum RecordType {
    AGREEMENT("agreement", "Supervision agreement"),
    INDIVIDUAL("individual", "Individual supervision"),
    MANAGER("manager", "Manager supervision"),
    WELFARE("welfare", "Welfare supervision"),
    REFLECTIVE_CASE("reflective-case", "Reflective case supervision"),
    CASEWORK("casework", "Casework supervision"),
    GROUP("group", "Group supervision"),
    CASE_PRESENTATION("case-presentation", "Case presentation"),
    OBSERVATION("observation", "Direct observation of practice"),
    ASYE_TRACKER("asye-tracker", "ASYE tracker"),
    AUDIT("audit", "Supervision file audit");

    private final String key;
    private final String title;

    RecordType(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<RecordType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
