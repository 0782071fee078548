package uk.supervisiondesk.policy.pack;

/** How often a role must be supervised: by the calendar, by shifts worked, or as the agreement says. */
public sealed interface Frequency permits Frequency.Every, Frequency.EverySessionsWorked, Frequency.AsAgreed {

    /**
     * A calendar frequency. The next session is due {@code due} after the last one and must be
     * held no later than {@code latest} after it ("every 4 to 6 weeks", Southwark 17); for a single
     * figure both are the same.
     */
    record Every(Span due, Span latest) implements Frequency {
        public static Every of(Span span) {
            return new Every(span, span);
        }

        @Override
        public String toString() {
            return due.equals(latest) ? "every " + due
                    : "every " + due.amount() + " to " + latest;
        }
    }

    /** Due after a number of shifts worked since the last session (Sefton 3.18, agency residential staff). */
    record EverySessionsWorked(int sessions) implements Frequency {
        @Override
        public String toString() {
            return "every " + sessions + " sessions worked";
        }
    }

    /** The policy leaves the frequency to the supervision agreement. */
    record AsAgreed() implements Frequency {
        @Override
        public String toString() {
            return "as set in the supervision agreement";
        }
    }
}
