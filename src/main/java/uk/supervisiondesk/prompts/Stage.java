package uk.supervisiondesk.prompts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four stages of the reflective supervision cycle (Morrison 2005, as Blackpool 5 and Sandwell
 * describe it), in the order a discussion should take them. The key names the stage in the
 * question bank, in tags and in a record's stored coverage.
 */
public enum Stage {
    /** What happened: the story, what was seen, heard and sensed. */
    EXPERIENCE("experience", "Experience", "What happened"),
    /** How it felt: the worker's feelings about the story. */
    REFLECTION("reflection", "Reflection", "How it felt"),
    /** What it means: reasoning, evidence, hypotheses. */
    ANALYSIS("analysis", "Analysis", "What it means"),
    /** What next: the plan and the actions. */
    PLAN("plan", "Plan", "What next");

    private final String key;
    private final String title;
    private final String question;

    Stage(String key, String title, String question) {
        this.key = key;
        this.title = title;
        this.question = question;
    }

    public String key() {
        return key;
    }

    /** The stage's name, e.g. "Reflection". */
    public String title() {
        return title;
    }

    /** The stage in plain words, e.g. "How it felt". */
    public String question() {
        return question;
    }

    public static Optional<Stage> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
