package uk.supervisiondesk.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Believable, plainly invented words for sample records. No child is ever named: cases appear
 * only by made-up reference numbers, as the records require.
 */
final class SamplePhrases {
    private static final List<String> WELLBEING = List.of(
            "Feeling settled this month; sleeping better since the new rota started.",
            "A demanding few weeks with two court hearings. Talked about taking the TOIL owed.",
            "Well overall. Finding the drive to the north of the borough tiring on duty days.",
            "Back from annual leave and refreshed. Childcare arrangements are stable again.",
            "Honest that a recent visit was upsetting; agreed to use the employee assistance line.");
    private static final List<String> WORKLOAD = List.of(
            "Eighteen children across eleven families; one new allocation this month. Manageable with the "
                    + "assessment deadline moved.",
            "Caseload at the team's upper limit. Agreed no new allocations until two cases step down.",
            "Workload balanced. Two reviews due next month are already diarised.",
            "Court work is taking most of the week; the chronology for one family is behind.");
    private static final List<String> REFLECTION = List.of(
            "We went through the home visit step by step: what was seen, how it felt to be shouted at on the "
                    + "doorstep, what the behaviour might be telling us, and what to try next time.",
            "Reflected on a strategy discussion where the worker's view was not heard. Looked at how to put "
                    + "the evidence more firmly and who to involve if it happens again.",
            "Talked about the pull to rescue a parent who reminds the worker of someone close. Agreed the "
                    + "plan must rest on the evidence, not on hope.",
            "Used the cycle: the experience of the visit, the worker's anxiety about the neglect, what the "
                    + "research says about chronic neglect, and a plan for the next core group.");
    private static final List<String> DEVELOPMENT = List.of(
            "Completed the court skills course; wants to shadow an experienced colleague at the next final "
                    + "hearing.",
            "Mandatory training is up to date. Interested in the systemic practice programme next year.",
            "PDR mid-year review due in September; two objectives on track, one to revisit.",
            "CPD for Social Work England: recorded a peer reflection on the trauma-informed practice session.");
    private static final List<String> GENERAL = List.of(
            "Discussed and agreed; nothing further to add.",
            "Covered in the team meeting; no further action needed here.",
            "Agreed to come back to this next time.",
            "No issues raised.");
    private static final List<String> ACTIONS = List.of(
            "Update the chronology before the next review", "Book the court skills refresher",
            "Arrange a joint visit with the health visitor", "Complete the single assessment",
            "Take the TOIL owed before the end of the month", "Send the child in need plan to the family",
            "Read the research summary on chronic neglect", "Prepare the case for group supervision",
            "Request a family group conference", "Finish the mandatory safeguarding e-learning");

    private SamplePhrases() {
    }

    static String forField(String key, String label, Random random) {
        String words = (key + " " + label).toLowerCase(Locale.UK);
        if (words.contains("wellbeing") || words.contains("welfare") || words.contains("health")
                || words.contains("feel") || words.contains("leave") || words.contains("support")) {
            return pick(WELLBEING, random);
        }
        if (words.contains("workload") || words.contains("caseload") || words.contains("allocation")) {
            return pick(WORKLOAD, random);
        }
        if (words.contains("reflect") || words.contains("analysis") || words.contains("discussion")
                || words.contains("learning")) {
            return pick(REFLECTION, random);
        }
        if (words.contains("training") || words.contains("development") || words.contains("performance")
                || words.contains("pcf") || words.contains("cpd")) {
            return pick(DEVELOPMENT, random);
        }
        return pick(GENERAL, random);
    }

    static String action(Random random) {
        return pick(ACTIONS, random);
    }

    static String caseReference(Random random) {
        return "LCS " + (200000 + random.nextInt(99999));
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
