package org.peermentor.demo;

import java.util.List;

/**
 * One demo program: how many people it has, which issues its participants bring (a code repeated to weigh it),
 * what its mentors may be trained for, the issue and language none of its mentors covers, so the people who
 * need exactly that stay unmatched with a reason, and where its people live (the wellbeing program is mostly
 * American, with groups in London, Dublin and Madrid).
 */
record DemoProgram(
        String id,
        int participants,
        int mentors,
        List<String> primaryIssues,
        List<String> secondaryIssues,
        List<String> trainableIssues,
        String uncoveredIssue,
        String unspokenLanguage,
        List<DemoHome> homes) {

    static final DemoProgram RECOVERY = new DemoProgram(
            "demo-recovery",
            90,
            30,
            List.of(
                    "ALCOHOL_USE",
                    "ALCOHOL_USE",
                    "ALCOHOL_USE",
                    "ALCOHOL_USE",
                    "OPIOID_USE",
                    "OPIOID_USE",
                    "OPIOID_USE",
                    "STIMULANT_USE",
                    "STIMULANT_USE",
                    "GAMBLING",
                    "GAMBLING"),
            List.of("DEPRESSION", "ANXIETY", "PTSD", "GRIEF", "ALCOHOL_USE", "STIMULANT_USE"),
            List.of("ALCOHOL_USE", "OPIOID_USE", "STIMULANT_USE", "GAMBLING", "DEPRESSION", "ANXIETY", "PTSD"),
            "EATING_DISORDER",
            "uk",
            DemoHome.ALL);

    static final DemoProgram WELLBEING = new DemoProgram(
            "demo-wellbeing",
            60,
            20,
            List.of(
                    "DEPRESSION",
                    "DEPRESSION",
                    "DEPRESSION",
                    "ANXIETY",
                    "ANXIETY",
                    "ANXIETY",
                    "GRIEF",
                    "GRIEF",
                    "CAREGIVING",
                    "CHRONIC_ILLNESS",
                    "PTSD",
                    "BIPOLAR",
                    "EATING_DISORDER"),
            List.of("ANXIETY", "DEPRESSION", "GRIEF", "CHRONIC_ILLNESS", "CAREGIVING", "PTSD"),
            List.of(
                    "DEPRESSION",
                    "ANXIETY",
                    "GRIEF",
                    "CAREGIVING",
                    "CHRONIC_ILLNESS",
                    "PTSD",
                    "BIPOLAR",
                    "EATING_DISORDER"),
            "GAMBLING",
            "vi",
            DemoHome.ALL.stream()
                    .filter(home -> home.timezone().startsWith("America/")
                            || List.of("Europe/London", "Europe/Dublin", "Europe/Madrid")
                                    .contains(home.timezone()))
                    .toList());

    static final List<DemoProgram> ALL = List.of(RECOVERY, WELLBEING);

    /** The issues a mentor of this program may have lived through: the participants' own, never the uncovered one. */
    List<String> livedIssues() {
        return primaryIssues.stream().distinct().toList();
    }
}
