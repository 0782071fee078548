package uk.supervisiondesk.monitoring;

/** Writing CSV fields as RFC 4180 and Excel expect: quoted when they hold a comma, quote or line break. */
public final class Csv {
    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make Excel run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
