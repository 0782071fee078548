package uk.supervisiondesk.policy.pack;

/** Whether a requirement applies during the ASYE, after it, or regardless. */
public enum AsyePhase {
    ANY("any"), DURING("asye"), AFTER("after-asye");

    private final String key;

    AsyePhase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
