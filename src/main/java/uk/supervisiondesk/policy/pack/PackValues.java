package uk.supervisiondesk.policy.pack;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Turns the values people type into a pack ("4 weeks", "90 minutes", "5 working days",
 * "social-worker") into model values, reporting anything it cannot read against its line.
 */
final class PackValues {
    private static final String UNITS = "days?|weeks?|fortnights?|months?|years?";
    private static final Pattern SPAN = Pattern.compile("(-?\\d+)\\s+(" + UNITS + ")");
    private static final Pattern SPAN_RANGE = Pattern.compile("(-?\\d+)\\s+to\\s+(-?\\d+)\\s+(" + UNITS + ")");
    private static final Pattern WORKING_DAYS = Pattern.compile("(-?\\d+)\\s+working\\s+days?");
    private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s+(minutes?|hours?)");
    private static final Pattern DAY_OF_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)");
    static final String AS_AGREED = "as agreed";
    static final String NONE = "none";

    private final YamlProblems problems;

    PackValues(YamlProblems problems) {
        this.problems = problems;
    }

    Optional<Span> span(Node node, String text) {
        Matcher m = SPAN.matcher(lower(text));
        if (!m.matches()) {
            problems.add(node, "'" + text + "' is not a period; write a number and a unit, for example '4 weeks' or '1 month'");
            return Optional.empty();
        }
        return toSpan(node, text, Integer.parseInt(m.group(1)), m.group(2));
    }

    /** "1 month", or a range "4 to 6 weeks" (due after the first, no later than the second). */
    Optional<Frequency.Every> every(Node node, String text) {
        Matcher range = SPAN_RANGE.matcher(lower(text));
        if (range.matches()) {
            Optional<Span> due = toSpan(node, text, Integer.parseInt(range.group(1)), range.group(3));
            Optional<Span> latest = toSpan(node, text, Integer.parseInt(range.group(2)), range.group(3));
            if (due.isEmpty() || latest.isEmpty()) {
                return Optional.empty();
            }
            if (latest.get().amount() < due.get().amount()) {
                problems.add(node, "'" + text + "' runs backwards; put the smaller number first");
                return Optional.empty();
            }
            return Optional.of(new Frequency.Every(due.get(), latest.get()));
        }
        return span(node, text).map(Frequency.Every::of);
    }

    Optional<Deadline> workingDays(Node node, String text) {
        Matcher m = WORKING_DAYS.matcher(lower(text));
        if (!m.matches()) {
            problems.add(node, "'" + text + "' is not a deadline; write it as '5 working days'");
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        if (n <= 0) {
            problems.add(node, "'" + text + "' must be at least 1 working day");
            return Optional.empty();
        }
        return Optional.of(new Deadline(n));
    }

    Optional<Duration> duration(Node node, String text) {
        Matcher m = DURATION.matcher(lower(text));
        if (!m.matches()) {
            problems.add(node, "'" + text + "' is not a length of time; write '90 minutes' or '1.5 hours'");
            return Optional.empty();
        }
        BigDecimal minutes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(m.group(2).startsWith("hour") ? 60 : 1));
        if (minutes.signum() <= 0) {
            problems.add(node, "'" + text + "' must be more than zero");
            return Optional.empty();
        }
        if (minutes.stripTrailingZeros().scale() > 0) {
            problems.add(node, "'" + text + "' is not a whole number of minutes");
            return Optional.empty();
        }
        return Optional.of(Duration.ofMinutes(minutes.longValueExact()));
    }

    Optional<Integer> positiveCount(Node node, String text, boolean zeroAllowed) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || (n == 0 && !zeroAllowed)) {
                problems.add(node, "'" + text + "' must be " + (zeroAllowed ? "zero or more" : "more than zero"));
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            problems.add(node, "'" + text + "' is not a whole number");
            return Optional.empty();
        }
    }

    Optional<Boolean> yesNo(Node node, String text) {
        return switch (lower(text)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.add(node, "'" + text + "' must be yes or no");
                yield Optional.empty();
            }
        };
    }

    /** A day of the year written "1 April". */
    Optional<MonthDay> dayOfYear(Node node, String text) {
        Matcher m = DAY_OF_YEAR.matcher(text.strip());
        Optional<Month> month = m.matches()
                ? Arrays.stream(Month.values()).filter(mo -> mo.name().equalsIgnoreCase(m.group(2))).findFirst()
                : Optional.empty();
        try {
            if (month.isPresent()) {
                return Optional.of(MonthDay.of(month.get(), Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            // falls through to the problem below
        }
        problems.add(node, "'" + text + "' is not a day of the year; write it as '1 April'");
        return Optional.empty();
    }

    /** A list of keys such as roles or session kinds; unknown keys are refused by name. */
    <E extends Enum<E>> Optional<Set<E>> keys(Node node, Class<E> type, String what,
                                              Function<String, Optional<E>> byKey, Function<E, String> keyOf) {
        if (!(node instanceof SequenceNode list)) {
            problems.add(node, "the " + what + "s must be a list in brackets, for example [" + keyOf.apply(type.getEnumConstants()[0]) + "]");
            return Optional.empty();
        }
        Set<E> out = EnumSet.noneOf(type);
        boolean ok = true;
        for (Node item : list.getValue()) {
            String key = item instanceof ScalarNode s ? s.getValue().strip() : "";
            Optional<E> value = byKey.apply(key);
            if (value.isEmpty()) {
                problems.add(item, "unknown " + what + " '" + key + "'; use one of: "
                        + Arrays.stream(type.getEnumConstants()).map(keyOf).collect(Collectors.joining(", ")));
                ok = false;
            } else if (!out.add(value.get())) {
                problems.add(item, what + " '" + key + "' is listed twice");
                ok = false;
            }
        }
        if (ok && out.isEmpty()) {
            problems.add(node, "the list of " + what + "s is empty");
            return Optional.empty();
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<Set<Role>> roles(Node node) {
        return keys(node, Role.class, "role", PackValues::roleByKey, Role::key);
    }

    /** Roles in packs are written by key only ("social-worker"), so a display name is a slip worth reporting. */
    private static Optional<Role> roleByKey(String key) {
        return Arrays.stream(Role.values()).filter(r -> r.key().equals(key)).findFirst();
    }

    private Optional<Span> toSpan(Node node, String text, int amount, String unitWord) {
        if (amount <= 0) {
            problems.add(node, "'" + text + "' must be more than zero");
            return Optional.empty();
        }
        if (unitWord.startsWith("fortnight")) {
            return Optional.of(Span.weeks(amount * 2));
        }
        SpanUnit unit = Arrays.stream(SpanUnit.values()).filter(u -> unitWord.startsWith(u.singular())).findFirst()
                .orElseThrow();
        return Optional.of(new Span(amount, unit));
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
