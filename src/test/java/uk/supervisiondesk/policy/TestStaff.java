package uk.supervisiondesk.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;

/**
 * Builds supervisees and session histories from the short text used in the engine test tables,
 * so each row reads like the monitoring sheet it stands for.
 *
 * <p>Roles: {@code social-worker} (from the start), or {@code support-worker..2025-04-30, social-worker@2025-05-01}.
 * Sessions, separated by {@code ;}: {@code held 2025-02-10}, {@code held:welfare 2025-03-03},
 * {@code planned 2025-05-01}, {@code postponed 2025-04-03}, {@code postponed 2025-04-03 to 2025-04-10},
 * {@code cancelled 2025-04-03}. Held sessions are taken as shared and signed the same day unless
 * marked {@code unsigned}; postponed ones carry a reason.
 */
public final class TestStaff {
    private static final Pattern ROLE = Pattern.compile("([a-z-]+)(?:@(\\d{4}-\\d{2}-\\d{2}))?(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern SESSION = Pattern.compile(
            "(held|planned|postponed|cancelled)(?::([a-z-]+))?\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+to\\s+(\\d{4}-\\d{2}-\\d{2}))?(\\s+unsigned)?");

    private TestStaff() {
    }

    public static Supervisee supervisee(String roles, LocalDate start, LocalDate asyeStart, LocalDate leaving) {
        Employment job = new Employment("Practitioner", "Team A", "", "", null, start, start, "Sam Supervisor", asyeStart, leaving);
        PersonalDetails person = new PersonalDetails("", "Alex", "Example", "", null, "", "", "");
        return new Supervisee(1L, "E1", person, job, null, roleHistory(roles, start, leaving));
    }

    public static Supervisee supervisee(String roles, LocalDate start) {
        return supervisee(roles, start, null, null);
    }

    static List<RoleAssignment> roleHistory(String spec, LocalDate start, LocalDate leaving) {
        List<RoleAssignment> out = new ArrayList<>();
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            Matcher m = ROLE.matcher(parts[i].strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad role spec: " + parts[i]);
            }
            Role role = Role.parse(m.group(1)).orElseThrow(() -> new IllegalArgumentException(m.group(1)));
            LocalDate from = m.group(2) == null ? start : LocalDate.parse(m.group(2));
            LocalDate to = m.group(3) != null ? LocalDate.parse(m.group(3)) : i == parts.length - 1 ? leaving : null;
            out.add(new RoleAssignment(role, from, to));
        }
        return out;
    }

    public static List<SupervisionSession> sessions(String spec) {
        List<SupervisionSession> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String item : spec.split(";")) {
            Matcher m = SESSION.matcher(item.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad session spec: " + item);
            }
            SessionKind kind = m.group(2) == null ? SessionKind.INDIVIDUAL : SessionKind.fromKey(m.group(2)).orElseThrow();
            LocalDate date = LocalDate.parse(m.group(3));
            LocalDate newDate = m.group(4) == null ? null : LocalDate.parse(m.group(4));
            boolean unsigned = m.group(5) != null;
            out.add(switch (m.group(1)) {
                case "held" -> unsigned ? SupervisionSession.held(date, kind)
                        : SupervisionSession.held(date, kind).withRecord(date, date);
                case "planned" -> SupervisionSession.planned(date, kind);
                case "postponed" -> SupervisionSession.postponed(date, kind, "Supervisor off sick", newDate);
                default -> new SupervisionSession(date, kind, SessionOutcome.CANCELLED, null, "Supervisee on leave", "", null, null);
            });
        }
        return out;
    }
}
