package uk.supervisiondesk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.supervisiondesk.policy.pack.AsyeMilestone;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** The ASYE tracker (Sandwell App. 9), whose date fields carry the packs' milestone keys. */
class AsyeTrackerTemplatesTest {
    static final List<String> PACKS = PolicyPackLoader.BUNDLED_IDS;
    private final TemplateLoader loader = new TemplateLoader();

    @ParameterizedTest
    @FieldSource("PACKS")
    void the_tracker_a_pack_offers_has_a_date_field_for_each_of_its_asye_milestones(String pack) throws Exception {
        List<AsyeMilestone> milestones = new PolicyPackLoader().bundled(pack).newlyQualified()
                .map(nq -> nq.milestones()).orElse(List.of());
        List<RecordTemplate> offered = loader.offeredFor(pack, RecordTypes.ASYE_TRACKER);

        assertThat(offered).as(pack).hasSize(1);
        for (AsyeMilestone m : milestones) {
            assertThat(offered.get(0).field(m.key())).as("%s's milestone %s in %s", pack, m.key(), offered.get(0).key())
                    .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(FieldType.DATE));
        }
    }

    @Test
    void the_packs_do_set_milestones_so_the_check_above_is_not_empty() throws Exception {
        List<String> all = new ArrayList<>();
        for (String pack : PACKS) {
            new PolicyPackLoader().bundled(pack).newlyQualified().ifPresent(nq -> nq.milestones().forEach(m -> all.add(m.key())));
        }
        assertThat(all).contains("review3Months", "review6Months", "review9Months", "review12Months",
                "finalEvidenceMeeting");
    }

    @Test
    void sandwell_gets_its_own_tracker_and_the_rest_the_general_one() throws Exception {
        assertThat(loader.offeredFor("sandwell", RecordTypes.ASYE_TRACKER).get(0).key()).isEqualTo("asye-tracker-sandwell");
        assertThat(loader.offeredFor("sefton", RecordTypes.ASYE_TRACKER).get(0).key()).isEqualTo("asye-tracker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"asye-tracker", "asye-tracker-sandwell"})
    void every_tracker_follows_sandwell_app_9(String key) throws Exception {
        RecordTemplate tracker = loader.bundled(key);

        assertThat(tracker.recordType()).isEqualTo(RecordTypes.ASYE_TRACKER);
        assertThat(tracker.sessionKind()).isEmpty();
        for (String date : List.of("initialMeeting", "learningAgreement", "pdp", "eLearning", "review3Months",
                "review6Months", "review9Months", "finalEvidenceMeeting", "observation1", "observation2",
                "criticalReflectionLog1", "criticalReflectionLog2", "criticalReflectionLog3", "panelDate")) {
            TemplateAssertions.assertType(tracker, date, FieldType.DATE);
        }
        assertThat(tracker.field("panelOutcome")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CHOICE);
            assertThat(f.options()).containsExactly("Pass", "Fail", "Defer");
        });
    }
}
