package uk.supervisiondesk.domain;

/** Free-text normalisation shared by the domain records: no nulls, no stray outer spaces. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
