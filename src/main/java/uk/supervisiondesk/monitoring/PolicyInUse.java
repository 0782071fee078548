package uk.supervisiondesk.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import uk.supervisiondesk.policy.calendar.BankHoliday;
import uk.supervisiondesk.policy.calendar.BankHolidayFile;
import uk.supervisiondesk.policy.calendar.BankHolidayFileException;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.compliance.ComplianceEngine;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * The rules this database follows, ready to use: the chosen council's pack, or this laptop's
 * variation of it, and the England and Wales working-day calendar with any days the user added.
 * A variation that no longer reads is set aside (with its problems reported) and the council's
 * own pack applies, so deadlines are never computed from a broken file.
 *
 * @param councilPack    the shipped pack the variation (if any) started from
 * @param problems       why a local variation or extra days were set aside; empty when all is well
 */
public record PolicyInUse(PolicyPack pack, PolicyPack councilPack, boolean locallyVaried,
                          WorkingDayCalendar calendar, List<String> problems) {

    public PolicyInUse {
        problems = List.copyOf(problems);
    }

    public ComplianceEngine engine() {
        return new ComplianceEngine(pack, calendar);
    }

    /** Reads the settings; the England default applies until a council's pack has been chosen. */
    public static PolicyInUse load(PolicySettings settings, PolicyPackLoader loader) throws PolicyPackException {
        String id = settings.packId().orElse(PolicyPackLoader.DEFAULT_ID);
        PolicyPack council = loader.bundled(id);
        PolicyPack pack = council;
        boolean varied = false;
        List<String> problems = new java.util.ArrayList<>();
        if (settings.localVariation().isPresent()) {
            try {
                pack = loader.fromText(settings.localVariation().get(), "local variation of " + id);
                varied = true;
            } catch (PolicyPackException e) {
                e.problems().stream().map(YamlProblem::toString).forEach(problems::add);
            }
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        if (!settings.extraDays().isBlank()) {
            try {
                List<BankHoliday> extra = BankHolidayFile.read(new StringReader(settings.extraDays()), "extra days");
                calendar = calendar.withExtraDays(extra);
            } catch (BankHolidayFileException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add("extra days: " + e.getMessage());
            }
        }
        return new PolicyInUse(pack, council, varied, calendar, problems);
    }
}
