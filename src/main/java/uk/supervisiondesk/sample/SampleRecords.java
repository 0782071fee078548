package uk.supervisiondesk.sample;

import uk.supervisiondesk.policy.compliance.ObservationFacts;
import uk.supervisiondesk.prompts.KssSet;
import uk.supervisiondesk.prompts.KssStatement;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.prompts.SupervisionFunction;
import uk.supervisiondesk.templates.RecordTypes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.schedule.ScheduleGenerator;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateException;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.templates.TemplateLoader;

/**
 * Sample agreements and records: an agreement for nearly everyone (a few overdue for review),
 * completed records of their latest sessions with SMART actions (earlier ones done, the newest
 * open, some overdue), and one of every other kind of record the pack offers. Agreements and
 * session records are signed as their monitoring-sheet rows say (see {@link SampleSigning}).
 */
final class SampleRecords {
    private static final int RECORDED_SESSIONS = 3;

    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final TemplateLoader templates;
    private final Random random;
    private final LocalDate today;
    private final SampleSigning signing;

    SampleRecords(PolicyPack pack, WorkingDayCalendar calendar, TemplateLoader templates, long seed, LocalDate today,
                  SampleSigning signing) {
        this.pack = pack;
        this.signing = signing;
        this.calendar = calendar;
        this.templates = templates;
        this.random = new Random(seed * 31 + 7);
        this.today = today;
    }

    void write(Handle h, RecordBook book, Supervisee who, List<SessionEntry> sheet, boolean showcase) throws TemplateException {
        if (who.isLeaverOn(today)) {
            return;
        }
        agreement(h, book, who);
        List<SessionEntry> held = sheet.stream().filter(e -> e.session().wasHeld()
                && pack.supervision().countsAs().contains(e.session().kind())).toList();
        List<SessionEntry> latest = held.subList(Math.max(0, held.size() - RECORDED_SESSIONS), held.size());
        List<ActionItem> openFromBefore = List.of();
        for (SessionEntry session : latest) {
            Optional<RecordTemplate> template = templateFor(session.session().kind().key());
            if (template.isEmpty()) {
                continue;
            }
            SupervisionRecord record = record(who, template.get(), session.session().date(), session.id());
            if (template.get().fields().anyMatch(TemplateField::reflective)) {
                Map<String, Object> values = new LinkedHashMap<>(record.values());
                values.put(ReflectiveCoverage.VALUE_KEY, coverage());
                record = record.withValues(values, null);
            }
            SupervisionRecord written = book.addWritten(h, record, actions(who, session.session().date()));
            if (!openFromBefore.isEmpty()) {
                book.closeActions(h, openFromBefore, ActionStatus.DONE, written.recordDate(), written.id());
            }
            signing.signSession(h, written, who, session);
            openFromBefore = book.actionsOf(written.id()).stream().filter(ActionItem::isOpen).toList();
        }
        observations(h, book, who);
        asyeTracker(h, book, who);
        if (showcase) {
            showcase(h, book, who, latest.isEmpty() ? today.minusDays(20) : latest.get(0).session().date());
        }
    }

    /**
     * Observations of practice this year for those the pack asks it of: one by their manager and,
     * for some, one by a child protection chair, each with an action for the next supervision.
     */
    private void observations(Handle h, RecordBook book, Supervisee who) throws TemplateException {
        List<RecordTemplate> offered = templates.offeredFor(pack.id(), RecordTypes.OBSERVATION);
        boolean practitioner = who.currentRole().map(r -> pack.observations().stream().anyMatch(o -> o.appliesTo(r)))
                .orElse(false);
        if (offered.isEmpty() || !practitioner || random.nextInt(4) == 0) {
            return;
        }
        RecordTemplate template = offered.get(0);
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            LocalDate on = calendar.onOrBefore(today.minusDays(10 + random.nextInt(150)));
            if (on.isBefore(who.employment().employmentStart())) {
                continue;
            }
            SupervisionRecord observation = record(who, template, on, null);
            Map<String, Object> values = new LinkedHashMap<>(observation.values());
            boolean byChair = i == 1;
            values.put("observer", byChair ? Map.of("name", "Sample Chair", "role", "Child protection chair")
                    : Map.of("name", who.employment().supervisorName(), "role", "Team Manager"));
            values.put(ObservationFacts.BY_OWN_MANAGER, !byChair);
            values.put("observationTime", byChair ? "10:00" : "14:30");
            values.put("venue", byChair ? "Child protection conference, Example House" : "Home visit");
            book.addWritten(h, observation.withValues(values, null), actions(who, on));
        }
    }

    /**
     * The ASYE tracker of a newly qualified worker, with the pack's milestones that are past
     * marked done, except the latest, left open so the dashboard shows one overdue.
     */
    private void asyeTracker(Handle h, RecordBook book, Supervisee who) throws TemplateException {
        LocalDate start = who.employment().asyeStart();
        List<RecordTemplate> offered = templates.offeredFor(pack.id(), RecordTypes.ASYE_TRACKER);
        if (start == null || offered.isEmpty() || pack.newlyQualified().isEmpty()) {
            return;
        }
        SupervisionRecord tracker = record(who, offered.get(0), calendar.onOrAfter(start.plusDays(7)), null);
        Map<String, Object> values = new LinkedHashMap<>(tracker.values());
        values.remove("panelOutcome");
        values.remove("certificateSeen");
        values.put("initialMeeting", calendar.onOrAfter(start.plusDays(5)).toString());
        values.put("learningAgreement", calendar.onOrAfter(start.plusDays(20)).toString());
        List<LocalDate> pastDue = new ArrayList<>();
        for (var m : pack.newlyQualified().get().milestones()) {
            LocalDate due = calendar.onOrBefore(m.at().after(start));
            if (due.isBefore(today)) {
                pastDue.add(due);
                values.put(m.key(), calendar.onOrBefore(due.minusDays(random.nextInt(10))).toString());
            }
        }
        if (pastDue.size() > 1 || (pastDue.size() == 1 && random.nextBoolean())) {
            String lastKey = pack.newlyQualified().get().milestones().get(pastDue.size() - 1).key();
            values.remove(lastKey);
        }
        book.addWritten(h, tracker.withValues(values, null), List.of());
    }

    /** A session record's reflective coverage: most discussions take the whole cycle; some skip to the plan. */
    private Map<String, Object> coverage() {
        ReflectiveCoverage c = ReflectiveCoverage.NONE.with(Stage.EXPERIENCE, true).with(Stage.PLAN, true);
        if (random.nextInt(4) != 0) {
            c = c.with(Stage.REFLECTION, true).with(Stage.ANALYSIS, random.nextBoolean());
        }
        for (SupervisionFunction f : SupervisionFunction.values()) {
            c = c.with(f, random.nextInt(3) != 0);
        }
        int statement = 1 + random.nextInt(10);
        c = c.withKss(KssStatement.idOf(KssSet.PRACTITIONER, statement), true);
        return c.toValue();
    }

    /** One of every other record the pack offers, so a new user can see each form filled in. */
    private void showcase(Handle h, RecordBook book, Supervisee who, LocalDate date) throws TemplateException {
        for (var entry : templates.offeredFor(pack.id()).entrySet()) {
            String type = entry.getKey();
            if (type.equals("agreement") || entry.getValue().isEmpty() || type.equals(RecordTypes.ASYE_TRACKER)) {
                continue;
            }
            RecordTemplate template = entry.getValue().get(0);
            boolean alreadyThere = book.forSupervisee(who.id()).stream().anyMatch(r -> r.templateKey().equals(template.key()));
            if (!alreadyThere) {
                book.addWritten(h, record(who, template, date.minusDays(3 + random.nextInt(20)), null),
                        template.fields().anyMatch(f -> f.type().key().equals("actions")) ? actions(who, date) : List.of());
            }
        }
    }

    private void agreement(Handle h, RecordBook book, Supervisee who) throws TemplateException {
        List<RecordTemplate> offered = templates.offeredFor(pack.id(), "agreement");
        if (offered.isEmpty() || random.nextInt(12) == 0) {
            return; // a few people have no agreement yet, as in real teams
        }
        RecordTemplate template = offered.get(0);
        LocalDate start = who.employment().employmentStart();
        int reviewMonths = pack.agreement().map(a -> a.every().unit().name().equals("MONTHS") ? a.every().amount()
                : 12).orElse(12);
        LocalDate agreedOn = random.nextInt(7) == 0
                ? today.minusMonths(reviewMonths).minusDays(10 + random.nextInt(60))
                : today.minusDays(15 + random.nextInt(Math.max(20, reviewMonths * 28 - 30)));
        if (agreedOn.isBefore(start)) {
            agreedOn = calendar.onOrAfter(start.plusDays(7));
        }
        SupervisionRecord agreement = record(who, template, calendar.onOrBefore(agreedOn), null);
        Map<String, Object> values = new LinkedHashMap<>(agreement.values());
        values.put("frequency", "1 month");
        values.put("duration", 90);
        values.put("venue", "Example House, meeting room 2");
        var schedule = new ScheduleGenerator(pack, calendar).twelveMonths(who,
                calendar.onOrAfter(agreement.recordDate().plusMonths(1)), Optional.empty());
        values.put("schedule", schedule.formalDates(pack.supervision().countsAs()).stream().map(LocalDate::toString)
                .toList());
        values.put("reviewDate", agreement.recordDate().plusMonths(reviewMonths).toString());
        SupervisionRecord written = book.addWritten(h, agreement.withValues(values, null), List.of());
        signing.signAgreement(h, written, who);
    }

    private SupervisionRecord record(Supervisee who, RecordTemplate template, LocalDate date, Long sessionId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TemplateField f : template.fields().toList()) {
            Object v = value(who, f);
            if (v != null) {
                values.put(f.key(), v);
            }
        }
        return new SupervisionRecord(null, who.id(), template.key(), template.recordType(), date, sessionId,
                RecordStatus.COMPLETE, 1, values, null);
    }

    private Object value(Supervisee who, TemplateField f) {
        return switch (f.type()) {
            case LONG_TEXT -> SamplePhrases.forField(f.key(), f.label(), random);
            case SHORT_TEXT -> f.key().toLowerCase().contains("venue") ? "Example House, meeting room 2" : null;
            case PERSON -> f.key().equals("supervisee")
                    ? Map.of("name", who.fullName(), "role", who.currentRole().map(Role::displayName).orElse(""))
                    : Map.of("name", who.employment().supervisorName(), "role", "Team Manager");
            case QUESTION_PAIR -> Map.of("answer", SamplePhrases.forField(f.key(), f.question(), random),
                    "comment", SamplePhrases.forField("general", "", random));
            case CASES, CASE_REFERENCE -> f.type().key().equals("cases")
                    ? List.of(Map.of("reference", SamplePhrases.caseReference(random), "discussion",
                    SamplePhrases.forField("reflect", "", random), "decisions", "Keep the plan; review at the next core group."))
                    : SamplePhrases.caseReference(random);
            case CHOICE -> f.options().isEmpty() ? null : f.options().get(0);
            case YES_NO -> Boolean.TRUE;
            case ATTENDEES -> List.of(Map.of("name", who.fullName(), "role", "Social Worker"),
                    Map.of("name", "Sample Colleague", "role", "Senior Social Worker"));
            default -> null;
        };
    }

    private List<ActionItem> actions(Supervisee who, LocalDate date) {
        List<ActionItem> actions = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            actions.add(ActionItem.open(who.id(), null, SamplePhrases.action(random),
                    random.nextBoolean() ? who.personal().forenames() : "Supervisor",
                    calendar.onOrAfter(date.plusDays(21 + random.nextInt(29)))));
        }
        return actions;
    }

    private Optional<RecordTemplate> templateFor(String sessionKind) throws TemplateException {
        List<RecordTemplate> offered = templates.offeredFor(pack.id(), sessionKind);
        return offered.isEmpty() ? Optional.empty() : Optional.of(offered.get(0));
    }
}
