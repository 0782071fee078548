package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PreparationImportTest {
    private static final String AGENDA = "Caseload after the team move\nTraining: ASYE portfolio \u2013 next steps\n"
            + "Diolch yn fawr am eich cefnogaeth; r\u0175an yn teimlo\u2019n well";
    private static final String WORKLOAD = "Heavy, but manageable.\n\nTwo new court cases (r\u00e9sum\u00e9 na\u00efve "
            + "fa\u00e7ade \u0175 \u0177 \u00e2 \u00ea \u00ee \u00f4 \u00fb \u0142 \u0219 \u20ac 50).";
    private static byte[] blank;

    @BeforeAll
    static void renderOnce() {
        blank = new PreparationForm().render(PreparationTemplates.details(PreparationTemplates.welfare()));
    }

    @Test
    void whatTheSuperviseeTypedComesBackExactly() throws Exception {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("prep.agenda", AGENDA);
        typed.put("prep.caseToRaise", "LCS-204518");
        typed.put("prep.workload.answer", WORKLOAD);
        typed.put("prep.support.answer", "Time to write up visits.");
        byte[] filled = PreparationTemplates.fill(blank, typed);

        PreparationAnswers answers = PreparationImport.read(filled, PreparationTemplates.welfare());

        assertThat(answers.values()).containsExactly(
                Map.entry("agenda", AGENDA),
                Map.entry("caseToRaise", "LCS-204518"),
                Map.entry("workload", Map.of("answer", WORKLOAD)),
                Map.entry("support", Map.of("answer", "Time to write up visits.")));
        assertThat(answers.templateKey()).isEqualTo("welfare-test");
        assertThat(answers.employeeNumber()).isEqualTo("E10442");
        assertThat(answers.sessionDate()).isEqualTo(PreparationTemplates.SESSION);
        assertThat(answers.belongsTo("E10442", PreparationTemplates.SESSION)).isTrue();
        assertThat(answers.belongsTo("E10443", PreparationTemplates.SESSION)).isFalse();
        assertThat(answers.belongsTo("E10442", PreparationTemplates.SESSION.plusDays(1))).isFalse();
        assertThat(answers.droppedFields()).isEmpty();
    }

    @Test
    void theFilledFileIsAnIncrementalUpdateOfTheBlankOne() throws Exception {
        byte[] filled = PreparationTemplates.fill(blank, Map.of("prep.mood", "Tired"));

        assertThat(Arrays.copyOf(filled, blank.length)).isEqualTo(blank);
        assertThat(PreparationImport.read(filled, PreparationTemplates.welfare()).values())
                .containsExactly(Map.entry("mood", "Tired"));
    }

    @Test
    void acrobatsCarriageReturnsBecomeLineBreaksAndBlankFieldsAreLeftOut() throws Exception {
        byte[] filled = PreparationTemplates.fill(blank, Map.of(
                "prep.agenda", "First\rSecond\r\nThird\n",
                "prep.mood", "   ",
                "prep.learning.answer", "\n\n"));

        PreparationAnswers answers = PreparationImport.read(filled, PreparationTemplates.welfare());

        assertThat(answers.values()).containsExactly(Map.entry("agenda", "First\nSecond\nThird"));
    }

    @Test
    void anUnfilledFormGivesNothingToMerge() throws Exception {
        PreparationAnswers answers = PreparationImport.read(blank, PreparationTemplates.welfare());

        assertThat(answers.isEmpty()).isTrue();
        assertThat(answers.values()).isEmpty();
    }

    @Test
    void aFormForAnotherTemplateIsRefused() {
        byte[] other = new PreparationForm().render(PreparationTemplates.details(PreparationTemplates.individual()));
        byte[] filled = PreparationTemplates.fill(other, Map.of("prep.agenda", "Same key, other form"));

        assertThatThrownBy(() -> PreparationImport.read(filled, PreparationTemplates.welfare()))
                .isInstanceOfSatisfying(PreparationFormRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PreparationFormRefusedException.Reason.ANOTHER_TEMPLATE))
                .hasMessage("This preparation form is for \u201cIndividual supervision record\u201d, not "
                        + "\u201cWelfare supervision record\u201d. Choose the form sent for this session.");
    }

    @Test
    void aFiledRecordIsNotAPreparationForm() {
        byte[] record = new RecordPdfRenderer().render(SampleSessionRecord.signedInPerson());

        assertThatThrownBy(() -> PreparationImport.read(record, PreparationTemplates.welfare()))
                .isInstanceOfSatisfying(PreparationFormRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PreparationFormRefusedException.Reason.NOT_A_PREPARATION_FORM))
                .hasMessage("This PDF is a supervision record, not a preparation form. Choose the form the supervisee filled in.");
    }

    @Test
    void anyOtherPdfIsNotAPreparationForm() {
        byte[] report = new TabularReportRenderer().render(new TabularReport("Sefton Council", "Monthly supervision return",
                "March 2026", List.of("Team", "Due", "Held"), List.of(List.of("North", "4", "4")), List.of(), List.of()));

        assertThatThrownBy(() -> PreparationImport.read(report, PreparationTemplates.welfare()))
                .isInstanceOf(PreparationFormRefusedException.class)
                .hasMessage("This PDF is not a preparation form from Supervision Desk. Choose the form the supervisee filled in.");
    }

    @Test
    void randomBytesAndTextAreNotPdfs() {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);

        assertThatThrownBy(() -> PreparationImport.read(noise, PreparationTemplates.welfare()))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.NOT_A_PDF))
                .hasMessage("This file is not a PDF.");
        assertThatThrownBy(() -> PreparationImport.read("Agenda: workload".getBytes(StandardCharsets.UTF_8),
                PreparationTemplates.welfare())).hasMessage("This file is not a PDF.");
        assertThatThrownBy(() -> PreparationImport.read(new byte[0], PreparationTemplates.welfare()))
                .hasMessage("This file is empty, so it is not a PDF.");
    }

    @Test
    void aFormCutShortInTheEmailIsDamaged() {
        byte[] filled = PreparationTemplates.fill(blank, Map.of("prep.mood", "Fine"));
        byte[] truncated = Arrays.copyOf(filled, filled.length / 2);

        assertThatThrownBy(() -> PreparationImport.read(truncated, PreparationTemplates.welfare()))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.DAMAGED))
                .hasMessageStartingWith("The PDF is damaged or truncated: ");
    }
}
