package uk.supervisiondesk.pdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the few kinds of value a record holds as indented JSON (RFC 8259). Hand-written on
 * purpose: starting Jackson costs about a third of a second, which every first PDF of a session
 * would otherwise wait for; reading JSON back, which is rarer, still uses Jackson.
 */
final class JsonText {
    private static final String INDENT = "  ";

    private JsonText() {
    }

    /**
     * @throws IllegalArgumentException naming where in the value something is not text, a
     *     number, yes/no, a date or time, a list or a map with text keys
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(2048);
        write(out, value, 0, "record");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth, String path) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean yesNo) {
            out.append(yesNo.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException(path + " is " + number + ", which JSON cannot hold");
            }
            out.append(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
                || value instanceof Instant || value instanceof OffsetDateTime) {
            // ISO 8601, e.g. 2026-11-23, as software reading record.json expects.
            string(out, value.toString());
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth, path);
        } else if (value instanceof Collection<?> list) {
            array(out, list.iterator(), list.isEmpty(), depth, path);
        } else {
            throw new IllegalArgumentException(path + " is a " + value.getClass().getSimpleName()
                    + "; record.json holds text, numbers, yes/no, dates, lists and maps");
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth, String path) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " has a key that is not text: " + entry.getKey());
            }
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            string(out, key);
            out.append(": ");
            write(out, entry.getValue(), depth + 1, path + "." + key);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Iterator<?> items, boolean empty, int depth, String path) {
        if (empty) {
            out.append("[]");
            return;
        }
        out.append('[');
        int index = 0;
        while (items.hasNext()) {
            out.append(index == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            write(out, items.next(), depth + 1, path + "[" + index + "]");
            index++;
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Controls must be escaped; the two line separators are, so the JSON is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }
}
