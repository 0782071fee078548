package uk.supervisiondesk.policy.rules;

import java.time.LocalDate;

/**
 * When the next formal session falls due after a given session, before any move to a working
 * day: {@code dueOn} is when it should happen, {@code latestOn} the last day it may.
 */
public record NextDue(LocalDate after, LocalDate dueOn, LocalDate latestOn, String rule, String source) {

    public String explained() {
        return rule + " (" + source + ")";
    }
}
