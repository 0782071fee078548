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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionReviewDecision;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
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

/** Every shipped form: fill every field, let it save, reopen it from the database, find the same content. */
class EveryFormRoundTripTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    static Stream<RecordTemplate> everyTemplate() throws Exception {
        return new TemplateLoader().allBundled().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void fillEveryFieldSaveReopenSameContent(RecordTemplate template) throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            PolicySettings settings = new PolicySettings(db, TODAY);
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            RecordBook book = new RecordBook(db, TODAY);
            Supervisee jo = new StaffRegister(db, TODAY).save(TestData.socialWorker("E1", "Jo", "Bloggs",
                    LocalDate.of(2024, 1, 8)));
            // An action still open from before, so review fields have something to decide.
            SupervisionRecord earlier = book.create(new SupervisionRecord(null, jo.id(), "individual", "individual",
                    LocalDate.of(2026, 10, 1), null, RecordStatus.DRAFT, 1, Map.of(), null));
            book.saveDraft(earlier, List.of(ActionItem.open(jo.id(), earlier.id(), "Earlier action", "Jo",
                    LocalDate.of(2026, 10, 30))));
            SupervisionRecord draft = book.create(new SupervisionRecord(null, jo.id(), template.key(),
                    template.recordType(), LocalDate.of(2026, 11, 20), null, RecordStatus.DRAFT, 1, Map.of(), null));

            ManualDebouncer debouncer = new ManualDebouncer();
            RecordLauncher launcher = new RecordLauncher(book, new SessionLog(db, TODAY), new CurrentPolicy(policy),
                    null, new ImmediateTaskRunner(), new ScriptedDialogs(), new StatusMessages(TODAY), TODAY,
                    () -> "Alex Morgan", () -> debouncer, t -> { }, r -> { });
            RecordFormViewModel form = new RecordFormViewModel(launcher.context(jo, template, draft, policy), book,
                    new ImmediateTaskRunner(), new ScriptedDialogs(), new StatusMessages(TODAY), TODAY, debouncer);
            form.fields().values().forEach(EveryFormRoundTripTest::fill);
            debouncer.flush();
            Map<String, Object> typed = form.snapshot().values();

            RecordFormViewModel reopened = new RecordFormViewModel(launcher.context(jo, template,
                    book.byId(draft.id()).orElseThrow(), policy), book, new ImmediateTaskRunner(), new ScriptedDialogs(),
                    new StatusMessages(TODAY), TODAY, new ManualDebouncer());

            assertThat(reopened.snapshot().values()).isEqualTo(typed);
            // Every field the form can hold came back with something in it.
            template.fields().filter(f -> f.type() != uk.supervisiondesk.templates.FieldType.LAST_SESSION_DATE)
                    .forEach(f -> assertThat(typed).as(f.key()).containsKey(f.key()));
        }
    }

    /** Puts a value of the right kind into a field, as a user would. */
    @SuppressWarnings("unchecked")
    private static void fill(FieldModel m) {
        String key = m.field().key();
        var type = m.field().type();
        if (m instanceof CaseReferenceModel c) {
            c.textProperty().set("LCS 204518");
        } else if (m instanceof TextFieldModel t) {
            t.textProperty().set(type == uk.supervisiondesk.templates.FieldType.TIME ? "14:30"
                    : type == uk.supervisiondesk.templates.FieldType.NUMBER ? "90"
                    : "Notes for " + key + ": \u0175, \u00e9 and a second line\nhere.");
        } else if (m instanceof DateFieldModel d) {
            if (type != uk.supervisiondesk.templates.FieldType.LAST_SESSION_DATE) {
                d.textProperty().set("04/12/2026");
            }
        } else if (m instanceof ChoiceFieldModel<?> c) {
            ((ChoiceFieldModel<Object>) c).valueProperty().set(c.options().get(0));
        } else if (m instanceof QuestionPairModel q) {
            q.answerProperty().set("Answer to " + key);
            q.commentProperty().set("Comment on " + key);
        } else if (m instanceof PersonFieldModel p) {
            p.nameProperty().set("Sam Okonjo");
            p.roleProperty().set("Service Manager");
        } else if (m instanceof RowListModel r) {
            RowListModel.Row row = r.addRow();
            r.partNames().forEach(part -> row.part(part).set(part.equals("reference") ? "LCS 1" : part + " text"));
        } else if (m instanceof ChecklistModel c) {
            c.items().forEach(i -> {
                i.answer().set("Yes");
                i.comment().set("Checked");
            });
        } else if (m instanceof ScheduleModel s) {
            s.setDates(List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 15)));
        } else if (m instanceof ActionsModel a) {
            ActionsModel.Draft d = a.add();
            d.what().set("Book the training");
            d.who().set("Jo");
            d.dueBy().set("18/12/2026");
        } else if (m instanceof ActionReviewModel r) {
            r.lines().forEach(l -> {
                l.outcome().set(ActionReviewDecision.Outcome.CARRIED_FORWARD);
                l.newDueBy().set("15/01/2027");
            });
        } else {
            throw new AssertionError("No way to fill " + m.getClass());
        }
    }
}
