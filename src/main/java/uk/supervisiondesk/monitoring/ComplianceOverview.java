package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.compliance.ComplianceEngine;
import uk.supervisiondesk.policy.compliance.SuperviseeFacts;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/**
 * What is due and overdue for everyone on the register, on one day: two queries (the register
 * and the monitoring sheet) and the pure engine per person. This is what the dashboard, the
 * `due` command and the monthly return read.
 */
public final class ComplianceOverview {
    private final StaffRegister staff;
    private final SessionLog sessions;

    public ComplianceOverview(StaffRegister staff, SessionLog sessions) {
        this.staff = staff;
        this.sessions = sessions;
    }

    /** Everyone still in post on {@code today}, sorted by surname. */
    public List<SuperviseeStatus> activeOn(LocalDate today, ComplianceEngine engine) {
        return assess(staff.findAll().stream().filter(s -> !s.isLeaverOn(today)).toList(), today, engine);
    }

    public List<SuperviseeStatus> assess(List<Supervisee> who, LocalDate today, ComplianceEngine engine) {
        Map<Long, List<SessionEntry>> sheet = sessions.bySupervisee();
        List<SuperviseeStatus> statuses = new ArrayList<>(who.size());
        for (Supervisee s : who) {
            List<SessionEntry> rows = sheet.getOrDefault(s.id(), List.of());
            SuperviseeFacts facts = SuperviseeFacts.of(s, rows.stream().map(SessionEntry::session).toList());
            statuses.add(new SuperviseeStatus(s, rows, engine.assess(facts, today)));
        }
        statuses.sort(Comparator.comparing(st -> st.supervisee().personal().sortName(), String.CASE_INSENSITIVE_ORDER));
        return statuses;
    }
}
