package uk.supervisiondesk.ui.records;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionReviewDecision;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.testing.ImmediateTaskRunner;
import uk.supervisiondesk.testing.ManualDebouncer;
import uk.supervisiondesk.testing.ScriptedDialogs;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.StatusMessages;

/** Record forms against a real encrypted database: autosave, completion, actions carried forward. */
class RecordFormViewModelTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private DeskDatabase db;
    private RecordBook book;
    private SessionLog sessions;
    private Supervisee jo;
    private PolicyInUse sefton;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final TemplateLoader templates = new TemplateLoader();

    @BeforeEach
    void setUp() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        PolicySettings settings = new PolicySettings(db, TODAY);
        settings.choosePack("sefton");
        sefton = PolicyInUse.load(settings, new PolicyPackLoader());
        book = new RecordBook(db, TODAY);
        sessions = new SessionLog(db, TODAY);
        jo = new StaffRegister(db, TODAY).save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private RecordFormViewModel start(String templateKey, LocalDate date) throws Exception {
        RecordTemplate template = templates.bundled(templateKey);
        SupervisionRecord draft = book.create(new SupervisionRecord(null, jo.id(), template.key(),
                template.recordType(), date, null, RecordStatus.DRAFT, 1, Map.of(), null));
        return open(template, draft);
    }

    private RecordFormViewModel open(RecordTemplate template, SupervisionRecord record) {
        RecordLauncher launcher = new RecordLauncher(book, sessions, new CurrentPolicy(sefton), null,
                new ImmediateTaskRunner(), dialogs, new StatusMessages(TODAY), TODAY, () -> "Alex Morgan",
                () -> debouncer, text -> { }, r -> { });
        RecordContext context = launcher.context(jo, template, record, sefton);
        return new RecordFormViewModel(context, book, new ImmediateTaskRunner(), dialogs, new StatusMessages(TODAY),
                TODAY, debouncer);
    }

    @Test
    void typingIsSavedAfterAPauseAndReopensExactlyAsItWas() throws Exception {
        RecordFormViewModel form = start("welfare-sefton", LocalDate.of(2026, 11, 20));
        QuestionPairModel first = (QuestionPairModel) form.fields().values().stream()
                .filter(QuestionPairModel.class::isInstance).findFirst().orElseThrow();
        first.answerProperty().set("Tired, but the team has been kind.\nSleeping better.");
        first.commentProperty().set("Agreed to look at caseload weighting.");
        form.personalNoteProperty().set("Mentioned a family bereavement.");
        assertThat(debouncer.hasPending()).isTrue();
        assertThat(form.saveStateProperty().get()).isEqualTo("Not yet saved\u2026");

        debouncer.flush();

        assertThat(form.saveStateProperty().get()).startsWith("Saved at ");
        SupervisionRecord stored = book.byId(form.recordProperty().get().id()).orElseThrow();
        RecordFormViewModel reopened = open(templates.bundled("welfare-sefton"), stored);
        QuestionPairModel again = (QuestionPairModel) reopened.field(first.field().key());
        assertThat(again.answerProperty().get()).isEqualTo("Tired, but the team has been kind.\nSleeping better.");
        assertThat(again.commentProperty().get()).isEqualTo("Agreed to look at caseload weighting.");
        assertThat(reopened.personalNoteProperty().get()).isEqualTo("Mentioned a family bereavement.");
        assertThat(stored.values()).doesNotContainKey("personalNote");
    }

    @Test
    void actionsMustBeSmartAndAreCarriedIntoTheNextSessionsReview() throws Exception {
        RecordFormViewModel first = start("individual", LocalDate.of(2026, 10, 20));
        ActionsModel actions = (ActionsModel) first.fields().values().stream().filter(ActionsModel.class::isInstance)
                .findFirst().orElseThrow();
        ActionsModel.Draft draft = actions.add();
        draft.what().set("Book the parenting assessment training");
        draft.dueBy().set("30/11/2026");
        first.complete(() -> { });
        assertThat(actions.errorProperty().get()).contains("needs what will be done, who will do it and by when");
        assertThat(book.byId(first.recordProperty().get().id()).orElseThrow().status()).isEqualTo(RecordStatus.DRAFT);

        draft.who().set("Jo");
        first.complete(() -> { });
        assertThat(book.byId(first.recordProperty().get().id()).orElseThrow().status()).isEqualTo(RecordStatus.COMPLETE);
        // Completing marked the session held on the monitoring sheet.
        assertThat(sessions.forSupervisee(jo.id())).extracting(e -> e.session().outcome())
                .containsExactly(SessionOutcome.HELD);

        RecordFormViewModel next = start("individual", LocalDate.of(2026, 11, 20));
        ActionReviewModel review = (ActionReviewModel) next.fields().values().stream()
                .filter(ActionReviewModel.class::isInstance).findFirst().orElseThrow();
        assertThat(review.lines()).extracting(l -> l.action().what())
                .containsExactly("Book the parenting assessment training");
        next.complete(() -> { });
        assertThat(review.errorProperty().get()).contains("done, carried forward or dropped");

        review.lines().get(0).outcome().set(ActionReviewDecision.Outcome.DROPPED);
        next.complete(() -> { });
        assertThat(review.errorProperty().get()).contains("why the action");
        review.lines().get(0).note().set("Course cancelled by the provider");
        next.complete(() -> { });

        List<ActionItem> all = book.allActions();
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.DROPPED);
            assertThat(a.note()).isEqualTo("Course cancelled by the provider");
            assertThat(a.closedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
    }

    @Test
    void aCarriedForwardActionStaysOpenWithItsNewDate() throws Exception {
        RecordFormViewModel first = start("individual", LocalDate.of(2026, 10, 20));
        ActionsModel.Draft draft = ((ActionsModel) first.field("actions")).add();
        draft.what().set("Write up the chronology");
        draft.who().set("Jo");
        draft.dueBy().set("10/11/2026");
        first.complete(() -> { });

        RecordFormViewModel next = start("individual", LocalDate.of(2026, 11, 20));
        ActionReviewModel review = (ActionReviewModel) next.fields().values().stream()
                .filter(ActionReviewModel.class::isInstance).findFirst().orElseThrow();
        review.lines().get(0).outcome().set(ActionReviewDecision.Outcome.CARRIED_FORWARD);
        review.lines().get(0).newDueBy().set("04/12/2026");
        next.complete(() -> { });

        assertThat(book.openActionsFor(jo.id(), null)).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Write up the chronology");
            assertThat(a.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        });
    }

    @Test
    void aCaseFieldThatLooksLikeANameIsQueriedBeforeCompleting() throws Exception {
        RecordFormViewModel form = start("individual", LocalDate.of(2026, 11, 20));
        RowListModel cases = (RowListModel) form.fields().values().stream().filter(RowListModel.class::isInstance)
                .filter(m -> m.field().key().equals("cases")).findFirst().orElseThrow();
        RowListModel.Row row = cases.addRow();
        row.part("reference").set("Jayden Smith");
        row.part("discussion").set("Planning the next core group.");
        dialogs.confirmAnswers.add(false);

        form.complete(() -> { });

        assertThat(dialogs.confirmations).singleElement().asString().contains("looks as if it holds a name");
        assertThat(book.byId(form.recordProperty().get().id()).orElseThrow().status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(CaseReferenceModel.CaseReferenceCheck.warningFor("LCS 1234567")).isEmpty();
        assertThat(CaseReferenceModel.CaseReferenceCheck.warningFor("DOB 03/04/2019")).isPresent();
    }

    @Test
    void theCaseNoteForTheChildsRecordHoldsTheDecisionsAndActions() throws Exception {
        RecordFormViewModel form = start("individual", LocalDate.of(2026, 11, 20));
        RowListModel.Row row = ((RowListModel) form.field("cases")).addRow();
        row.part("reference").set("LCS 204518");
        row.part("discussion").set("Reviewed the safety plan with the family.");
        row.part("decisions").set("Step down to child in need at the next review.");
        ActionsModel.Draft action = ((ActionsModel) form.field("actions")).add();
        action.what().set("Convene the review");
        action.who().set("Jo");
        action.dueBy().set("04/12/2026");

        String note = form.caseNote(row);

        assertThat(note).contains("Case reference: LCS 204518", "Date: 20/11/2026",
                "Step down to child in need at the next review.", "- Convene the review (Jo, by 04/12/2026)");
    }

    @Test
    void aWelfareSessionAfterTooLongAGapMustSayWhy() throws Exception {
        sessions.save(new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2026, 8, 3),
                SessionKind.WELFARE)));
        RecordFormViewModel form = start("welfare-sefton", LocalDate.of(2026, 11, 20));
        assertThat(form.gapNoticeProperty().get()).contains("after the latest date the policy allowed");
        assertThat(((DateFieldModel) form.fields().values().stream()
                .filter(m -> m.field().type() == uk.supervisiondesk.templates.FieldType.LAST_SESSION_DATE)
                .findFirst().orElseThrow()).textProperty().get()).isEqualTo("03/08/2026");
        form.fields().values().stream().filter(ActionReviewModel.class::isInstance).findFirst();

        form.complete(() -> { });
        Optional<FieldModel> gap = form.fields().values().stream()
                .filter(m -> m.field().type() == uk.supervisiondesk.templates.FieldType.GAP_REASON).findFirst();
        assertThat(gap).get().extracting(m -> m.errorProperty().get()).asString().startsWith("Say why the gap");
        ((TextFieldModel) gap.get()).textProperty().set("Jo was on long-term sick leave");
        form.complete(() -> { });
        assertThat(sessions.forSupervisee(jo.id())).extracting(e -> e.session().gapReason())
                .contains("Jo was on long-term sick leave");
    }
}
