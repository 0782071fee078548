package uk.supervisiondesk.pdf;

import java.time.LocalDate;

/**
 * An agreed SMART action as printed in an actions table: what, who, by when, and where it stands.
 *
 * @param byWhen null if no date was agreed (the table then says so)
 */
public record ActionRow(String what, String who, LocalDate byWhen, String status) {
    public ActionRow {
        what = what == null ? "" : what.strip();
        who = who == null ? "" : who.strip();
        status = status == null ? "" : status.strip();
    }
}
