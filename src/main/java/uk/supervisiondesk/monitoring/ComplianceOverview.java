package uk.supervisiondesk.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.compliance.ActionFacts;
import uk.supervisiondesk.policy.compliance.AgreementFacts;
import uk.supervisiondesk.policy.compliance.AsyeMilestoneDone;
import uk.supervisiondesk.policy.compliance.ObservationFacts;
import uk.supervisiondesk.policy.pack.AsyeMilestone;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.templates.RecordTypes;
import uk.supervisiondesk.policy.compliance.ComplianceEngine;
import uk.supervisiondesk.policy.compliance.SuperviseeFacts;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/**
 * What is due and overdue for everyone on the register, on one day: a handful of queries (the
 * register, the monitoring sheet, agreements, actions) and the pure engine per person. This is
 * what the dashboard, the `due` command and the monthly return read.
 */
public final class ComplianceOverview {
    /** Agreements are records of this type; their frequency field can set a stricter rhythm. */
    public static final String AGREEMENT = "agreement";
    static final String AGREED_FREQUENCY_FIELD = "frequency";

    private final StaffRegister staff;
    private final SessionLog sessions;
    private final RecordBook records;

    public ComplianceOverview(StaffRegister staff, SessionLog sessions, RecordBook records) {
        this.staff = staff;
        this.sessions = sessions;
        this.records = records;
    }

    public static ComplianceOverview of(DeskDatabase database, Clock clock) {
        return new ComplianceOverview(new StaffRegister(database, clock), new SessionLog(database, clock),
                new RecordBook(database, clock));
    }

    /** Everything the engine reads, loaded once for everyone. */
    record Inputs(Map<Long, List<SessionEntry>> sheet, Map<Long, List<SupervisionRecord>> agreements,
                  Map<Long, LocalDate> supervisorChanges, Map<Long, List<ActionItem>> actions,
                  Map<Long, List<ObservationFacts>> observations, Map<Long, SupervisionRecord> asyeTrackers,
                  List<AsyeMilestone> milestones) {

        /** One supervisee's facts as they stood on {@code day}: nothing agreed, held or signed after it. */
        SuperviseeFacts factsFor(Supervisee s, List<SupervisionSession> known, LocalDate day) {
            SupervisionRecord agreement = agreements.getOrDefault(s.id(), List.of()).stream()
                    .filter(r -> !r.recordDate().isAfter(day))
                    .max(Comparator.comparing(SupervisionRecord::recordDate)).orElse(null);
            LocalDate changed = supervisorChanges.get(s.id());
            List<ActionFacts> actionFacts = actions.getOrDefault(s.id(), List.of()).stream()
                    .filter(a -> a.dueBy() != null && a.status() != ActionStatus.DROPPED)
                    .map(a -> new ActionFacts(a.what(), a.who(), a.dueBy(),
                            a.closedOn() != null && !a.closedOn().isAfter(day) ? a.closedOn() : null))
                    .toList();
            List<ObservationFacts> observed = observations.getOrDefault(s.id(), List.of()).stream()
                    .filter(o -> !o.date().isAfter(day)).toList();
            SupervisionRecord tracker = asyeTrackers.get(s.id());
            List<AsyeMilestoneDone> milestonesDone = tracker == null ? List.of()
                    : AsyeMilestoneDone.fromTracker(milestones, tracker.values()).stream()
                    .filter(d -> !d.on().isAfter(day)).toList();
            return SuperviseeFacts.of(s, known)
                    .withAgreement(agreementFacts(agreement, changed != null && !changed.isAfter(day) ? changed : null))
                    .withActions(actionFacts)
                    .withObservations(observed)
                    .withAsyeMilestonesDone(milestonesDone);
        }
    }

    /**
     * @param pack the pack whose ASYE milestones are read from the trackers
     */
    Inputs load(PolicyPack pack) {
        Map<Long, List<SupervisionRecord>> agreements = new HashMap<>();
        for (SupervisionRecord r : records.ofType(AGREEMENT)) {
            if (r.status() == RecordStatus.COMPLETE) {
                agreements.computeIfAbsent(r.superviseeId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, List<ActionItem>> actions = new HashMap<>();
        for (ActionItem a : records.allActions()) {
            actions.computeIfAbsent(a.superviseeId(), k -> new ArrayList<>()).add(a);
        }
        // Observations count once their record is completed; the date observed is the record's date.
        Map<Long, List<ObservationFacts>> observations = new HashMap<>();
        for (SupervisionRecord r : records.ofType(RecordTypes.OBSERVATION)) {
            if (r.status() == RecordStatus.COMPLETE) {
                observations.computeIfAbsent(r.superviseeId(), k -> new ArrayList<>())
                        .add(ObservationFacts.fromRecord(r.recordDate(), r.values()));
            }
        }
        // The tracker is brought up to date as the year goes on, so its dates count as typed, draft or not.
        Map<Long, SupervisionRecord> trackers = new HashMap<>();
        for (SupervisionRecord r : records.ofType(RecordTypes.ASYE_TRACKER)) {
            trackers.merge(r.superviseeId(), r, (a, b) -> b.recordDate().isAfter(a.recordDate()) ? b : a);
        }
        List<AsyeMilestone> milestones = pack.newlyQualified().map(n -> n.milestones()).orElse(List.of());
        return new Inputs(sessions.bySupervisee(), agreements, staff.supervisorChanges(), actions, observations,
                trackers, milestones);
    }

    /** Everyone still in post on {@code today}, sorted by surname. */
    public List<SuperviseeStatus> activeOn(LocalDate today, ComplianceEngine engine) {
        return assess(staff.findAll().stream().filter(s -> !s.isLeaverOn(today)).toList(), today, engine);
    }

    public List<SuperviseeStatus> assess(List<Supervisee> who, LocalDate today, ComplianceEngine engine) {
        Inputs inputs = load(engine.pack());
        List<SuperviseeStatus> statuses = new ArrayList<>(who.size());
        for (Supervisee s : who) {
            List<SessionEntry> rows = inputs.sheet().getOrDefault(s.id(), List.of());
            SuperviseeFacts facts = inputs.factsFor(s, rows.stream().map(SessionEntry::session).toList(), today);
            statuses.add(new SuperviseeStatus(s, rows, engine.assess(facts, today)));
        }
        statuses.sort(Comparator.comparing(st -> st.supervisee().personal().sortName(), String.CASE_INSENSITIVE_ORDER));
        return statuses;
    }

    /** Completed records not yet in any export folder, per supervisee id. */
    public java.util.Map<Long, Integer> notYetFiled() {
        return records.notYetFiled();
    }

    RecordBook records() {
        return records;
    }

    StaffRegister staff() {
        return staff;
    }

    static AgreementFacts agreementFacts(SupervisionRecord agreement, LocalDate supervisorChangedOn) {
        if (agreement == null) {
            return new AgreementFacts(null, supervisorChangedOn, Optional.empty());
        }
        return new AgreementFacts(agreement.recordDate(), supervisorChangedOn,
                Span.parse(agreement.text(AGREED_FREQUENCY_FIELD)));
    }
}
