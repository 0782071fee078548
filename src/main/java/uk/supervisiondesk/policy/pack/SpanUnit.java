package uk.supervisiondesk.policy.pack;

/** The calendar units a pack may measure intervals in. */
public enum SpanUnit {
    DAYS("day"), WEEKS("week"), MONTHS("month"), YEARS("year");

    private final String singular;

    SpanUnit(String singular) {
        this.singular = singular;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return singular + "s";
    }
}
