package uk.supervisiondesk.prompts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A supervisee's reflective coverage month by month: for each month in a span, how many
 * discussions there were and which stages and functions they covered. Months with no discussion
 * are included, so a gap shows as a gap.
 *
 * @param months every month from the first to the last, in order
 * @param total  the whole span counted together
 */
public record CoverageOverTime(List<Month> months, CoverageTally total) {

    /** One month's discussions. */
    public record Month(YearMonth month, CoverageTally tally) {
    }

    public CoverageOverTime {
        months = List.copyOf(months);
        Objects.requireNonNull(total, "total");
    }

    /** Every month from {@code from} to {@code to}, both included; discussions outside them are left out. */
    public static CoverageOverTime summarise(List<DatedCoverage> discussions, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The span ends (" + to + ") before it starts (" + from + ")");
        }
        List<Month> months = new ArrayList<>();
        List<ReflectiveCoverage> inSpan = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            YearMonth month = m;
            List<ReflectiveCoverage> these = discussions.stream().filter(d -> YearMonth.from(d.date()).equals(month))
                    .map(DatedCoverage::coverage).toList();
            months.add(new Month(month, CoverageTally.of(these)));
            inSpan.addAll(these);
        }
        return new CoverageOverTime(months, CoverageTally.of(inSpan));
    }

    /** The last {@code count} months up to and including {@code latest}, e.g. the six months to this one. */
    public static CoverageOverTime lastMonths(List<DatedCoverage> discussions, YearMonth latest, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Count at least one month, not " + count);
        }
        return summarise(discussions, latest.minusMonths(count - 1L), latest);
    }

    /** The stages no discussion in the span covered: what the supervisor may want to bring in next time. */
    public List<Stage> stagesNeverCovered() {
        return Arrays.stream(Stage.values()).filter(s -> total.timesCovered(s) == 0).toList();
    }

    public List<SupervisionFunction> functionsNeverCovered() {
        return Arrays.stream(SupervisionFunction.values()).filter(f -> total.timesCovered(f) == 0).toList();
    }
}
