package uk.supervisiondesk.policy.pack;

import java.time.MonthDay;

/**
 * Supervision Desk's own settings carried in a pack, not taken from the policy: how early a
 * deadline counts as "due soon", and the day the year for counting observations begins.
 */
public record PackSettings(Span dueSoonWithin, MonthDay observationYearStarts) {

    public static final PackSettings STANDARD = new PackSettings(Span.days(7), MonthDay.of(4, 1));
}
