package uk.supervisiondesk.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What Supervision Desk puts in a supervisee's supervision file. Policy packs place each one in
 * a section of the file by {@link #key()}; the record kinds use the names record.json uses.
 */
public enum SupervisionFileItem {
    FRONT_SHEET("front-sheet", "Personal details front sheet"),
    MONITORING_SHEET("monitoring-sheet", "Supervision monitoring sheet"),
    AGREEMENT("agreement", "Supervision agreement"),
    CALENDAR("calendar", "Supervision calendar"),
    INDIVIDUAL("individual", "Individual supervision"),
    MANAGER("manager", "Manager supervision"),
    WELFARE("welfare", "Welfare supervision"),
    REFLECTIVE_CASE("reflective-case", "Reflective case supervision"),
    CASEWORK("casework", "Casework supervision"),
    GROUP("group", "Group supervision"),
    CASE_PRESENTATION("case-presentation", "Case presentation"),
    OBSERVATION("observation", "Observation of practice"),
    ASYE_TRACKER("asye-tracker", "ASYE tracker"),
    AUDIT("audit", "Supervision file audit");

    private final String key;
    private final String title;

    SupervisionFileItem(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** How people name the document: used in file names and contents pages. */
    public String title() {
        return title;
    }

    public static Optional<SupervisionFileItem> fromKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }
}
