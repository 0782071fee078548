package uk.supervisiondesk.testing;

import java.nio.charset.StandardCharsets;

/** Searching files' bytes for text, as someone with a hex editor would. */
public final class Bytes {
    private Bytes() {
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the text is there in UTF-8 or in either byte order of UTF-16. */
    public static boolean containsText(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.UTF_8))
                || contains(haystack, text.getBytes(StandardCharsets.UTF_16BE))
                || contains(haystack, text.getBytes(StandardCharsets.UTF_16LE));
    }
}
