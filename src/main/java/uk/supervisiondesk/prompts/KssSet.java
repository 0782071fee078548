package uk.supervisiondesk.prompts;

import java.util.Arrays;
import java.util.Optional;

/** The two sets of Knowledge and Skills Statements a reflective discussion can be tagged with (Sandwell App. 11). */
public enum KssSet {
    /** The ten statements for child and family practitioners: social workers, newly qualified or not. */
    PRACTITIONER("practitioner", 10),
    /** The eight statements for practice supervisors: team managers and others who supervise practice. */
    SUPERVISOR("supervisor", 8);

    private final String key;
    private final int size;

    KssSet(String key, int size) {
        this.key = key;
        this.size = size;
    }

    public String key() {
        return key;
    }

    /** How many statements the set has. */
    public int size() {
        return size;
    }

    public static Optional<KssSet> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
