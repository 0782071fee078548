package uk.supervisiondesk.policy.pack;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;

/**
 * Every rule of a pack as a sentence a manager can check against the council's policy, with the
 * section it comes from. Comparing two packs' sentences shows what a local variation changed.
 */
public final class RulesInPlainWords {

    /** One rule: the part of the pack it belongs to, what it says, and where the policy says it. */
    public record Rule(String section, String text, String source) {
    }

    private RulesInPlainWords() {
    }

    public static List<Rule> describe(PolicyPack pack) {
        List<Rule> rules = new ArrayList<>();
        SupervisionRules s = pack.supervision();
        rules.add(new Rule("Supervision", "These sessions count as formal supervision: "
                + s.countsAs().stream().map(k -> k.displayName().toLowerCase(Locale.UK)).sorted()
                .collect(Collectors.joining(", ")) + ".", s.source()));
        for (RoleFrequency r : s.byRole()) {
            String who = r.otherRoles() ? "Everyone else" : roles(r.roles());
            rules.add(new Rule("Supervision", who + ": " + r.frequency()
                    + r.minimumDuration().map(d -> ", at least " + minutes(d)).orElse("") + "."
                    + (r.note().isBlank() ? "" : " " + r.note()), r.source()));
        }
        s.longestGap().ifPresent(g -> rules.add(new Rule("Supervision",
                "Never longer than " + g.atMost() + " between sessions, whatever the role.", g.source())));
        for (NewStarterRule n : s.newStarters()) {
            rules.add(new Rule("New starters", roles(n.roles()) + " new in post: every " + n.every() + " for the first "
                    + n.firstPeriod() + ".", n.source()));
        }
        pack.newlyQualified().ifPresent(nq -> {
            rules.add(new Rule("Newly qualified (ASYE)", "For the " + nq.lasts() + " of the ASYE: "
                    + steps(nq.frequency()) + nq.minimumDuration().map(d -> "; at least " + minutes(d)).orElse("")
                    + ".", nq.source()));
            nq.milestones().forEach(m -> rules.add(new Rule("Newly qualified (ASYE)",
                    m.name() + " at " + m.at() + ".", m.source())));
        });
        pack.records().ifPresent(r -> rules.add(new Rule("Records", "Records of "
                + r.kinds().stream().map(SessionKind::displayName).map(n -> n.toLowerCase(Locale.UK)).sorted()
                .collect(Collectors.joining(", ")) + ": "
                + r.shareWithin().map(d -> "shared within " + d + " of the session").orElse("no timescale for sharing")
                + "; " + r.signWithin().map(d -> "signed by both within " + d).orElse("no timescale for signing")
                + "." + (r.note().isBlank() ? "" : " " + r.note()), r.source())));
        pack.agreement().ifPresent(a -> rules.add(new Rule("Agreement", "The supervision agreement is reviewed every "
                + a.every() + (a.onChangeOfSupervisor() ? ", and whenever the supervisor changes" : "") + ".",
                a.source())));
        for (ObservationRequirement o : pack.observations()) {
            rules.add(new Rule("Observations", (o.roles().isEmpty() ? "Everyone" : roles(o.roles()))
                    + phase(o.during()) + ": " + o.perYear() + " direct observation" + (o.perYear() == 1 ? "" : "s")
                    + " of practice a year" + (o.byOwnManager() > 0 ? ", " + o.byOwnManager() + " by their own manager"
                    : "") + " (the year starts on " + pack.settings().observationYearStarts().getDayOfMonth() + " "
                    + pack.settings().observationYearStarts().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                    + ")." + (o.note().isBlank() ? "" : " " + o.note()), o.source()));
        }
        for (Cadence c : pack.otherSessions()) {
            rules.add(new Rule("Other sessions", c.name() + " (" + c.kind().displayName().toLowerCase(Locale.UK)
                    + ")" + (c.roles().isEmpty() ? "" : " for " + roles(c.roles())) + ": every " + c.every()
                    + c.minimumDuration().map(d -> ", " + minutes(d)).orElse("")
                    + c.maximumDuration().map(d -> " to " + minutes(d)).orElse("") + "."
                    + (c.note().isBlank() ? "" : " " + c.note()), c.source()));
        }
        for (CaseDiscussionRule c : pack.caseDiscussion()) {
            rules.add(new Rule("Case discussion", c.caseTypes().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ": " + steps(c.frequency()) + ".", c.source()));
        }
        pack.missedSessions().ifPresent(m -> rules.add(new Rule("Missed sessions", "A missed session is rebooked within "
                + m.rescheduleWithin() + "; if not, it is raised with the supervisor's manager.", m.source())));
        pack.retention().ifPresent(r -> rules.add(new Rule("Retention", "Supervision files are kept for "
                + r.afterLeaving() + " after someone leaves, then deleted.", r.source())));
        rules.add(new Rule("Dashboard", "Items are shown as due soon " + pack.settings().dueSoonWithin()
                + " before their date.", "Supervision Desk setting"));
        pack.notes().forEach(n -> rules.add(new Rule(n.section(), "Note: " + n.text(), "")));
        return rules;
    }

    private static String steps(SteppedFrequency frequency) {
        List<String> parts = new ArrayList<>();
        for (FrequencyStep step : frequency.steps()) {
            parts.add("every " + step.every() + step.reach().map(r -> (step.fromPreviousStep() ? " for " : " until ") + r)
                    .orElse(""));
        }
        return String.join(", then ", parts);
    }

    private static String phase(AsyePhase phase) {
        return switch (phase) {
            case DURING -> " in the ASYE";
            case AFTER -> " after the ASYE";
            case ANY -> "";
        };
    }

    private static String roles(Collection<Role> roles) {
        return roles.stream().map(Role::displayName).sorted().collect(Collectors.joining(", "));
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 ? (m / 60) + (m == 60 ? " hour" : " hours") : m + " minutes";
    }

    /** The rules of {@code varied} that the council's pack does not have in the same words. */
    public static List<Rule> differences(PolicyPack council, PolicyPack varied) {
        List<String> original = describe(council).stream().map(Rule::text).toList();
        return describe(varied).stream().filter(r -> !original.contains(r.text())).toList();
    }

}
