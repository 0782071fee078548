package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void whatItWritesAStrictParserReadsBackUnchanged() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("quote", "She said \"no\" \\ then left");
        value.put("lines", "one\ntwo\r\nthree\ttabbed\u0001\u2028");
        value.put("unicode", "Zoë Ó Súilleabháin – £50 😀 漢");
        value.put("whole", 17);
        value.put("big", 12345678901L);
        value.put("decimal", new BigDecimal("1.50"));
        value.put("double", 2.5d);
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", List.of(1, "two", List.of()));
        value.put("empty", Map.of());

        Map<?, ?> read = JACKSON.readValue(JsonText.write(value), Map.class);

        assertThat(read.get("quote")).isEqualTo(value.get("quote"));
        assertThat(read.get("lines")).isEqualTo(value.get("lines"));
        assertThat(read.get("unicode")).isEqualTo(value.get("unicode"));
        assertThat(read.get("whole")).isEqualTo(17);
        assertThat(read.get("big")).isEqualTo(12345678901L);
        assertThat(read.get("decimal")).isEqualTo(1.5);
        assertThat(read.get("double")).isEqualTo(2.5);
        assertThat(read.get("yes")).isEqualTo(true);
        assertThat(read.containsKey("nothing")).isTrue();
        assertThat(read.get("list")).isEqualTo(Arrays.asList(1, "two", List.of()));
        assertThat(read.get("empty")).isEqualTo(Map.of());
        assertThat(JsonText.write(value)).doesNotContain("\u2028").contains("\\u0001");
    }

    @Test
    void datesAreIso() {
        assertThat(JsonText.write(Map.of("date", LocalDate.of(2026, 11, 23)))).contains("\"date\": \"2026-11-23\"");
    }

    @Test
    void refusesWhatJsonCannotHoldAndSaysWhere() {
        Map<String, Object> value = Map.of("actions", List.of(Map.of("who", new Object())));

        assertThatThrownBy(() -> JsonText.write(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("record.actions[0].who is a Object");
        assertThatThrownBy(() -> JsonText.write(Map.of("score", Double.NaN)))
                .hasMessageContaining("record.score is NaN");
    }
}
