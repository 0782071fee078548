package uk.supervisiondesk.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import uk.supervisiondesk.domain.Role;

class ShippedPacksTest {
    static final java.util.List<String> IDS = PolicyPackLoader.BUNDLED_IDS;
    private final PolicyPackLoader loader = new PolicyPackLoader();

    @ParameterizedTest
    @FieldSource("IDS")
    void every_shipped_pack_loads_and_gives_social_workers_a_frequency(String id) throws Exception {
        PolicyPack pack = loader.bundled(id);

        assertThat(pack.id()).isEqualTo(id);
        assertThat(pack.supervision().ruleFor(Role.SOCIAL_WORKER)).isPresent();
        assertThat(pack.newlyQualified()).isPresent();
        assertThat(pack.agreement()).isPresent();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void every_rule_names_its_source(String id) throws Exception {
        PolicyPack pack = loader.bundled(id);

        pack.supervision().byRole().forEach(r -> assertThat(r.source()).isNotBlank());
        pack.observations().forEach(o -> assertThat(o.source()).isNotBlank());
        pack.otherSessions().forEach(c -> assertThat(c.source()).isNotBlank());
        pack.caseDiscussion().forEach(c -> assertThat(c.source()).isNotBlank());
        pack.newlyQualified().ifPresent(n -> n.frequency().steps().forEach(s -> assertThat(s.source()).isNotBlank()));
    }

    @Test
    void sefton_holds_its_policy_facts() throws Exception {
        PolicyPack sefton = loader.bundled("sefton");

        assertThat(sefton.supervision().longestGap()).map(LongestGap::atMost).contains(Span.weeks(8));
        assertThat(sefton.supervision().ruleFor(Role.AGENCY_RESIDENTIAL_WORKER)).map(RoleFrequency::frequency)
                .contains(new Frequency.EverySessionsWorked(16));
        assertThat(sefton.supervision().ruleFor(Role.SOCIAL_WORKER)).flatMap(RoleFrequency::minimumDuration)
                .contains(Duration.ofMinutes(90));
        assertThat(sefton.supervision().newStarters()).singleElement()
                .satisfies(n -> assertThat(n.firstPeriod()).isEqualTo(Span.months(6)));
        assertThat(sefton.records()).flatMap(RecordDeadlines::shareWithin).contains(new Deadline(5));
        assertThat(sefton.retention()).map(RetentionRule::afterLeaving).contains(Span.years(7));
        assertThat(sefton.newlyQualified().orElseThrow().milestones()).extracting(AsyeMilestone::at)
                .containsExactly(Span.months(3), Span.months(6), Span.months(12));
        // Silent on a rebooking window, so the default's 2 weeks is used and a note says why.
        assertThat(sefton.missedSessions()).map(MissedSessionRule::rescheduleWithin).contains(Span.weeks(2));
        assertThat(sefton.notes()).anySatisfy(n -> assertThat(n.section()).isEqualTo("missedSessions"));
    }

    @Test
    void blackpool_sandwell_and_southwark_hold_their_policy_facts() throws Exception {
        PolicyPack blackpool = loader.bundled("blackpool");
        PolicyPack sandwell = loader.bundled("sandwell");
        PolicyPack southwark = loader.bundled("southwark");

        assertThat(blackpool.records()).flatMap(RecordDeadlines::signWithin).contains(new Deadline(10));
        assertThat(blackpool.agreement()).map(AgreementReviewRule::every).contains(Span.months(3));
        assertThat(blackpool.observations()).singleElement()
                .satisfies(o -> assertThat(o.perYear()).isEqualTo(8))
                .satisfies(o -> assertThat(o.byOwnManager()).isEqualTo(2));
        assertThat(blackpool.otherSessions()).singleElement()
                .satisfies(c -> assertThat(c.every()).isEqualTo(Span.months(2)))
                .satisfies(c -> assertThat(c.maximumDuration()).contains(Duration.ofHours(2)));
        assertThat(sandwell.records()).flatMap(RecordDeadlines::shareWithin).contains(new Deadline(3));
        assertThat(sandwell.newlyQualified().orElseThrow().milestones()).extracting(AsyeMilestone::at)
                .containsExactly(Span.months(3), Span.months(6), Span.months(9), Span.months(12));
        assertThat(sandwell.caseDiscussion()).hasSize(3);
        assertThat(southwark.observations()).extracting(ObservationRequirement::perYear).containsExactly(4, 2);
        assertThat(southwark.supervision().ruleFor(Role.SOCIAL_WORKER)).map(RoleFrequency::frequency)
                .contains(new Frequency.Every(Span.weeks(4), Span.weeks(6)));
    }

    @Test
    void bedford_borough_falls_back_to_the_default_and_says_so() throws Exception {
        PolicyPack bedford = loader.bundled("bedford-borough");

        assertThat(bedford.supervision()).isEqualTo(loader.englandDefault().supervision());
        assertThat(bedford.observations()).isEmpty();
        assertThat(bedford.notes()).extracting(PackNote::section)
                .contains("supervision", "newlyQualified", "records", "agreement", "observations", "retention");
        assertThat(bedford.retention()).isEqualTo(Optional.empty());
    }

    @Test
    void a_pack_silent_on_the_file_order_files_in_the_default_order_and_says_so() throws Exception {
        PolicyPack southwark = loader.bundled("southwark");
        assertThat(southwark.supervisionFile()).isEqualTo(loader.englandDefault().supervisionFile());
        assertThat(southwark.notes()).anySatisfy(n -> assertThat(n.section()).isEqualTo("supervisionFile"));
        assertThat(loader.bundled("sefton").supervisionFile().orElseThrow().source()).isEqualTo("Sefton 9 and 9.1");
    }

    @Test
    void the_example_in_the_readme_is_a_valid_pack() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("resources/policies/README.md"));
        String example = readme.substring(readme.lastIndexOf("```yaml") + "```yaml".length(), readme.lastIndexOf("```"));

        PolicyPack pack = loader.fromText(example, "README example");

        assertThat(pack.id()).isEqualTo("my-council");
        assertThat(pack.supervision().ruleFor(Role.BUSINESS_SUPPORT)).map(RoleFrequency::frequency)
                .contains(Frequency.Every.of(Span.months(2)));
    }
}
