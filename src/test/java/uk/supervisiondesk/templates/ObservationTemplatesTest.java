package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** Direct observations of practice (capability 6), with the fields the app reads from them. */
class ObservationTemplatesTest {
    static final List<String> PACKS = PolicyPackLoader.BUNDLED_IDS;
    private final TemplateLoader loader = new TemplateLoader();

    @ParameterizedTest
    @ValueSource(strings = {"observation", "observation-sefton", "observation-blackpool"})
    void every_observation_names_the_observer_and_holds_what_capability_6_asks(String key) throws Exception {
        RecordTemplate observation = loader.bundled(key);

        assertThat(observation.recordType()).isEqualTo(RecordTypes.OBSERVATION);
        assertThat(observation.sessionKind()).isEmpty();
        TemplateAssertions.assertType(observation, "observer", FieldType.PERSON);
        assertThat(observation.field("observer")).map(TemplateField::required).contains(true);
        TemplateAssertions.assertType(observation, "byOwnManager", FieldType.YES_NO);
        TemplateAssertions.assertType(observation, "observationTime", FieldType.TIME);
        TemplateAssertions.assertType(observation, "venue", FieldType.SHORT_TEXT);
        TemplateAssertions.assertType(observation, "nature", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "consentObtained", FieldType.YES_NO);
        TemplateAssertions.assertType(observation, "consentDetails", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "observationRecord", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "superviseeReflections", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "familyFeedback", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "conclusions", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "developmentPlan", FieldType.LONG_TEXT);
        TemplateAssertions.assertType(observation, "actions", FieldType.ACTIONS);
        assertThat(observation.field("superviseeReflections")).hasValueSatisfying(f -> {
            assertThat(f.reflective()).isTrue();
            assertThat(f.preparedBySupervisee()).isTrue();
        });
    }

    @Test
    void sefton_follows_app_2_in_its_order_and_asks_for_consent() throws Exception {
        RecordTemplate sefton = loader.bundled("observation-sefton");

        assertThat(sefton.authorities()).containsExactly("sefton");
        assertThat(TemplateAssertions.sections(sefton))
                .containsExactly("arrangements", "nature", "record", "conclusions", "actionsAgreed");
        assertThat(sefton.field("consentObtained")).map(TemplateField::required).contains(true);
    }

    @Test
    void blackpool_has_the_practitioners_six_parts_then_the_observers_assessment_and_plan() throws Exception {
        RecordTemplate blackpool = loader.bundled("observation-blackpool");

        assertThat(blackpool.authorities()).containsExactly("blackpool");
        assertThat(TemplateAssertions.keys(blackpool)).containsSubsequence("background", "nature", "description",
                "superviseeReflections", "feedbackComments", "familyFeedback", "observationRecord", "developmentPlan",
                "actions");
        assertThat(blackpool.fields().filter(TemplateField::preparedBySupervisee).map(TemplateField::key))
                .containsExactly("background", "nature", "description", "superviseeReflections", "feedbackComments");
        // Blackpool counts observations by the practitioner's own manager: two of its eight a year.
        assertThat(blackpool.field("byOwnManager")).map(TemplateField::required).contains(true);
    }

    @ParameterizedTest
    @FieldSource("PACKS")
    void every_pack_is_offered_one_observation_form(String pack) throws Exception {
        assertThat(loader.offeredFor(pack, RecordTypes.OBSERVATION)).as(pack).hasSize(1);
    }

    @Test
    void sefton_and_blackpool_get_their_own_and_the_rest_the_general_one() throws Exception {
        assertThat(loader.offeredFor("sefton", RecordTypes.OBSERVATION).get(0).key()).isEqualTo("observation-sefton");
        assertThat(loader.offeredFor("blackpool", RecordTypes.OBSERVATION).get(0).key()).isEqualTo("observation-blackpool");
        assertThat(loader.offeredFor("southwark", RecordTypes.OBSERVATION).get(0).key()).isEqualTo("observation");
    }
}
