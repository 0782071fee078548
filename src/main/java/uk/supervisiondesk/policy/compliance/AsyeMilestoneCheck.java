package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.AsyeMilestone;
import uk.supervisiondesk.policy.pack.PolicyPack;

/** The pack's ASYE milestones, dated from the ASYE start and moved back to a working day. */
final class AsyeMilestoneCheck {
    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;

    AsyeMilestoneCheck(PolicyPack pack, WorkingDayCalendar calendar, DeadlineClock clock) {
        this.pack = pack;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<AsyeMilestoneDue> milestones(Supervisee supervisee, List<AsyeMilestoneDone> done, List<Finding> findings) {
        LocalDate asyeStart = supervisee.employment().asyeStart();
        LocalDate leaving = supervisee.employment().leavingDate();
        List<AsyeMilestoneDue> out = new ArrayList<>();
        if (asyeStart == null || pack.newlyQualified().isEmpty()) {
            return out;
        }
        for (AsyeMilestone m : pack.newlyQualified().get().milestones()) {
            LocalDate due = calendar.onOrBefore(m.at().after(asyeStart));
            Optional<LocalDate> doneOn = done.stream().filter(d -> d.key().equals(m.key())).map(AsyeMilestoneDone::on).findFirst();
            if (doneOn.isEmpty() && leaving != null && due.isAfter(leaving)) {
                continue;
            }
            long late = doneOn.isPresent() ? 0 : clock.daysOverdue(due);
            out.add(new AsyeMilestoneDue(m.key(), m.name(), due, doneOn, late, m.source()));
            if (doneOn.isEmpty()) {
                findings.add(clock.finding(Finding.Topic.ASYE, due, "The " + m.name() + " (" + m.source() + ")"));
            }
        }
        return out;
    }
}
