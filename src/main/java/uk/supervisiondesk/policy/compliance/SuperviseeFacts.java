package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;

/**
 * Everything the engine reads about one supervisee. Lists may be empty; the engine never
 * fetches anything itself, so callers and tests pass plain values.
 *
 * @param shiftsWorked days worked, for shift-based rules (Sefton 3.18); empty for everyone else
 */
public record SuperviseeFacts(
        Supervisee supervisee,
        List<SupervisionSession> sessions,
        AgreementFacts agreement,
        List<ObservationFacts> observations,
        List<ActionFacts> actions,
        List<AsyeMilestoneDone> asyeMilestonesDone,
        List<LocalDate> shiftsWorked,
        List<OpenCase> cases) {

    public SuperviseeFacts {
        Objects.requireNonNull(supervisee, "supervisee");
        sessions = List.copyOf(sessions);
        agreement = agreement == null ? AgreementFacts.NONE : agreement;
        observations = List.copyOf(observations);
        actions = List.copyOf(actions);
        asyeMilestonesDone = List.copyOf(asyeMilestonesDone);
        shiftsWorked = List.copyOf(shiftsWorked);
        cases = List.copyOf(cases);
    }

    /** Only the supervisee and their sessions; the rest empty. */
    public static SuperviseeFacts of(Supervisee supervisee, List<SupervisionSession> sessions) {
        return new SuperviseeFacts(supervisee, sessions, AgreementFacts.NONE, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public SuperviseeFacts withAgreement(AgreementFacts facts) {
        return new SuperviseeFacts(supervisee, sessions, facts, observations, actions, asyeMilestonesDone, shiftsWorked, cases);
    }

    public SuperviseeFacts withObservations(List<ObservationFacts> done) {
        return new SuperviseeFacts(supervisee, sessions, agreement, done, actions, asyeMilestonesDone, shiftsWorked, cases);
    }

    public SuperviseeFacts withActions(List<ActionFacts> agreed) {
        return new SuperviseeFacts(supervisee, sessions, agreement, observations, agreed, asyeMilestonesDone, shiftsWorked, cases);
    }

    public SuperviseeFacts withAsyeMilestonesDone(List<AsyeMilestoneDone> done) {
        return new SuperviseeFacts(supervisee, sessions, agreement, observations, actions, done, shiftsWorked, cases);
    }

    public SuperviseeFacts withShiftsWorked(List<LocalDate> shifts) {
        return new SuperviseeFacts(supervisee, sessions, agreement, observations, actions, asyeMilestonesDone, shifts, cases);
    }

    public SuperviseeFacts withCases(List<OpenCase> open) {
        return new SuperviseeFacts(supervisee, sessions, agreement, observations, actions, asyeMilestonesDone, shiftsWorked, open);
    }
}
