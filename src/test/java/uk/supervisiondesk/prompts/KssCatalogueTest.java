package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import uk.supervisiondesk.yaml.YamlProblem;

/** The Knowledge and Skills Statements of Sandwell App. 11, as data a discussion can be tagged with. */
class KssCatalogueTest {

    @Test
    void ten_practitioner_statements_and_eight_supervisor_statements_by_their_official_numbers() throws Exception {
        KssCatalogue kss = KssCatalogue.bundled();

        assertThat(kss.statements(KssSet.PRACTITIONER)).extracting(KssStatement::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(kss.statements(KssSet.SUPERVISOR)).extracting(KssStatement::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(kss.statements()).hasSize(18).allSatisfy(s -> {
            assertThat(s.title()).isNotBlank();
            assertThat(s.help()).isNotBlank();
        });
        assertThat(kss.statements().get(9).id()).isEqualTo("practitioner-10");
        assertThat(kss.statements().get(10).id()).isEqualTo("supervisor-1");
    }

    @Test
    void a_statement_is_found_by_its_stored_id_and_labelled_with_its_number() throws Exception {
        KssCatalogue kss = KssCatalogue.bundled();

        assertThat(kss.statement("practitioner-9")).hasValueSatisfying(s -> {
            assertThat(s.set()).isEqualTo(KssSet.PRACTITIONER);
            assertThat(s.label()).isEqualTo("KSS 9: Using supervision");
        });
        assertThat(kss.statement("supervisor-7")).hasValueSatisfying(s ->
                assertThat(s.title()).isEqualTo("Emotionally intelligent supervision"));
        assertThat(kss.statement("supervisor-9")).isEmpty();
        assertThat(kss.title(KssSet.SUPERVISOR)).isEqualTo("Practice supervisors");
    }

    @Test
    void ids_sort_in_catalogue_order_not_as_text() {
        assertThat(java.util.stream.Stream.of("supervisor-1", "practitioner-10", "practitioner-2")
                .sorted(KssStatement.ID_ORDER)).containsExactly("practitioner-2", "practitioner-10", "supervisor-1");
    }

    @Test
    void a_file_with_a_missing_number_or_an_unknown_set_is_refused_with_lines() {
        String yaml = """
                format: 1
                sets:
                  - key: practitioner
                    title: Practitioners
                    source: Test
                    statements:
                      - number: 1
                        title: One
                      - number: 3
                        title: Three
                  - key: leader
                    title: Leaders
                    source: Test
                    statements:
                      - number: 1
                        title: One
                """;

        PromptException refused = catchThrowableOfType(PromptException.class, () -> KssCatalogue.fromText(yaml, "kss.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "kss.yaml:7: set 'practitioner' must number its statements 1 to 10, each once (the official numbers)",
                "kss.yaml:11: unknown set 'leader'; use practitioner or supervisor");
    }
}
