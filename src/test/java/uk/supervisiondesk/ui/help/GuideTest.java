package uk.supervisiondesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuideTest {
    @Test
    void theBundledGuideWalksTheWorkflowInOrder() {
        List<String> titles = Guide.bundled().sections().stream().map(Guide.Section::title).toList();
        assertThat(String.join("|", titles)).containsSubsequence("staff register", "Agree", "Sessions", "Sign",
                "export", "Reports");
        assertThat(Guide.bundled().sections()).allSatisfy(s -> assertThat(s.blocks()).isNotEmpty());
    }

    @Test
    void headingsParagraphsAndBulletsAreToldApart() {
        Guide guide = Guide.parse("""
                # First
                Plain words
                that run on.
                - a point

                # Second
                - another
                """);
        assertThat(guide.sections()).extracting(Guide.Section::title).containsExactly("First", "Second");
        assertThat(guide.sections().get(0).blocks()).extracting(Guide.Block::bullet).contains(false, true);
        assertThat(guide.sections().get(1).blocks()).containsExactly(new Guide.Block(true, "another"));
    }
}
