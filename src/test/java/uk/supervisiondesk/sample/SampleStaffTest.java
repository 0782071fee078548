package uk.supervisiondesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SuperviseeRules;

class SampleStaffTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 23);

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(new SampleStaff(7, END, 7).generate(60)).isEqualTo(new SampleStaff(7, END, 7).generate(60));
        assertThat(new SampleStaff(7, END, 7).generate(60)).isNotEqualTo(new SampleStaff(8, END, 7).generate(60));
    }

    @Test
    void everySamplePersonPassesTheFrontSheetRules() {
        for (long seed = 1; seed <= 20; seed++) {
            for (Supervisee s : new SampleStaff(seed, END, 7).generate(60)) {
                assertThat(SuperviseeRules.check(s, END)).as("%s (seed %d)", s.fullName(), seed).isEmpty();
            }
        }
    }

    @Test
    void theRegisterLooksLikeARealTeam() {
        List<Supervisee> staff = new SampleStaff(1, END, 7).generate(60);
        assertThat(staff).extracting(Supervisee::employeeNumber).doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith(SampleStaff.EMPLOYEE_NUMBER_PREFIX));
        assertThat(staff).anyMatch(s -> s.isLeaverOn(END));
        assertThat(staff).anyMatch(s -> s.employment().asyeStart() != null);
        assertThat(staff).anyMatch(s -> s.roleHistory().size() > 1);
        assertThat(staff).anyMatch(s -> s.employment().isPartTime());
        assertThat(staff).allMatch(s -> s.personal().mobilePhone().startsWith("07700 900"));
    }
}
