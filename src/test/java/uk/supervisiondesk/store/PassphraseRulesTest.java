package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassphraseRulesTest {
    @Test
    void acceptsALongPhraseOfWords() {
        assertThat(PassphraseRules.problemWith("orange kettle winter bus".toCharArray())).isEmpty();
    }

    @Test
    void explainsWhatIsWrongWithWeakOnes() {
        assertThat(PassphraseRules.problemWith("short".toCharArray())).get().asString()
                .contains("at least 12 characters").contains("this one has 5");
        assertThat(PassphraseRules.problemWith("aaaaaaaaaaaaaaaa".toCharArray())).get().asString()
                .contains("different");
        assertThat(PassphraseRules.problemWith("Password1234".toCharArray())).get().asString()
                .contains("guess");
    }

    @Test
    void theConfirmationMustMatch() {
        assertThat(PassphraseRules.problemWith("orange kettle winter bus".toCharArray(),
                "orange kettle winter bud".toCharArray())).get().asString().contains("not the same");
    }
}
