package org.peermentor.demo;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * One demo program: how many people it has, which issues its participants bring (a code repeated to weigh it),
 * what its mentors may be trained for, the issue and language none of its mentors covers, so the people who
 * need exactly that stay unmatched with a reason, and where its people live (the wellbeing program is mostly
 * American, with groups in London, Dublin and Madrid).
 */
@RecordBuilder
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

    static final DemoProgram RECOVERY = DemoProgramBuilder.builder()
            .id("demo-recovery")
            .participants(90)
            .mentors(30)
            .primaryIssues(List.of(
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
                    "GAMBLING"))
            .secondaryIssues(List.of("DEPRESSION", "ANXIETY", "PTSD", "GRIEF", "ALCOHOL_USE", "STIMULANT_USE"))
            .trainableIssues(
                    List.of("ALCOHOL_USE", "OPIOID_USE", "STIMULANT_USE", "GAMBLING", "DEPRESSION", "ANXIETY", "PTSD"))
            .uncoveredIssue("EATING_DISORDER")
            .unspokenLanguage("uk")
            .homes(DemoHome.ALL)
            .build();

    private static final List<String> WELLBEING_ISSUES = List.of(
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
            "EATING_DISORDER");

    static final DemoProgram WELLBEING = DemoProgramBuilder.builder()
            .id("demo-wellbeing")
            .participants(60)
            .mentors(20)
            .primaryIssues(WELLBEING_ISSUES)
            .secondaryIssues(List.of("ANXIETY", "DEPRESSION", "GRIEF", "CHRONIC_ILLNESS", "CAREGIVING", "PTSD"))
            // a wellbeing mentor may be trained for any issue its participants bring, each named once
            .trainableIssues(WELLBEING_ISSUES.stream().distinct().toList())
            .uncoveredIssue("GAMBLING")
            .unspokenLanguage("vi")
            .homes(DemoHome.ALL.stream()
                    .filter(home -> home.timezone().startsWith("America/")
                            || List.of("Europe/London", "Europe/Dublin", "Europe/Madrid")
                                    .contains(home.timezone()))
                    .toList())
            .build();

    static final List<DemoProgram> ALL = List.of(RECOVERY, WELLBEING);

    /** The issues a mentor of this program may have lived through: the participants' own, never the uncovered one. */
    List<String> livedIssues() {
        return primaryIssues.stream().distinct().toList();
    }
}
