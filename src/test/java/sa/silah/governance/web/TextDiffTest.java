package sa.silah.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.governance.web.TextDiff.Change;
import sa.silah.governance.web.TextDiff.Line;

class TextDiffTest {

    @Test
    void keepsTheSharedLinesAndMarksWhatWasRemovedAndAdded() {
        List<Line> lines = TextDiff.lines("المادة الأولى\nالمادة الثانية\nالمادة الثالثة",
                "المادة الأولى\nالمادة الثانية المعدلة\nالمادة الثالثة\nالمادة الرابعة");

        assertThat(lines).containsExactly(
                new Line(Change.SAME, "المادة الأولى"),
                new Line(Change.REMOVED, "المادة الثانية"),
                new Line(Change.ADDED, "المادة الثانية المعدلة"),
                new Line(Change.SAME, "المادة الثالثة"),
                new Line(Change.ADDED, "المادة الرابعة"));
    }

    @Test
    void findsTheLongestRunOfSharedLinesWhenLinesMove() {
        List<Line> lines = TextDiff.lines("a\nb\nc\nd", "b\nc\nd\na");

        assertThat(lines).filteredOn(line -> line.change() == Change.SAME).extracting(Line::text)
                .containsExactly("b", "c", "d");
        assertThat(lines).filteredOn(line -> line.change() != Change.SAME)
                .containsExactly(new Line(Change.REMOVED, "a"), new Line(Change.ADDED, "a"));
    }

    @Test
    void treatsWindowsLineEndingsAsLineBreaksAndAnEmptyTextAsNoLines() {
        assertThat(TextDiff.lines("one\r\ntwo", "one\ntwo")).extracting(Line::change)
                .containsOnly(Change.SAME).hasSize(2);
        assertThat(TextDiff.lines("", "new")).containsExactly(new Line(Change.ADDED, "new"));
        assertThat(TextDiff.lines("old", null)).containsExactly(new Line(Change.REMOVED, "old"));
    }
}
