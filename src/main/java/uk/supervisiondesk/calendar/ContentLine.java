package uk.supervisiondesk.calendar;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One unfolded line of an .ics file: NAME;PARAM=value;...:value (RFC 5545, 3.1). Parameter
 * values may be quoted, and a quoted one may hold ":" or ";".
 *
 * @param name       upper case, e.g. "DTSTART"
 * @param parameters upper-case names to their values, quotes removed
 * @param value      as written, still escaped
 * @param number     which content line of the file it is, from 1, for messages
 */
record ContentLine(String name, Map<String, String> parameters, String value, int number) {

    ContentLine {
        parameters = Map.copyOf(parameters);
    }

    static ContentLine parse(String line, int number) throws CalendarFormatException {
        int i = 0;
        while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
            i++;
        }
        if (i == 0 || i == line.length()) {
            throw new CalendarFormatException(number, "\"" + shortened(line) + "\" is not a calendar property.");
        }
        String name = line.substring(0, i).toUpperCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        while (line.charAt(i) == ';') {
            int equals = line.indexOf('=', i);
            if (equals < 0) {
                throw new CalendarFormatException(number, "a parameter of " + name + " has no value.");
            }
            String parameter = line.substring(i + 1, equals).toUpperCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            i = equals + 1;
            while (i < line.length() && (quoted || (line.charAt(i) != ';' && line.charAt(i) != ':'))) {
                char c = line.charAt(i++);
                if (c == '"') {
                    quoted = !quoted;
                } else {
                    value.append(c);
                }
            }
            if (i == line.length()) {
                throw new CalendarFormatException(number, "the " + name + " line has no value.");
            }
            parameters.put(parameter, value.toString());
        }
        return new ContentLine(name, parameters, line.substring(i + 1), number);
    }

    Optional<String> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName));
    }

    String text() {
        return IcsText.unescape(value);
    }

    private static String shortened(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "\u2026";
    }
}
