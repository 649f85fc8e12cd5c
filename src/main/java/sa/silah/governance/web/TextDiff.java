package sa.silah.governance.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share and those only one has, in the order of the texts: a longest-common-subsequence diff,
 * enough for a policy's few hundred lines. Line endings of either kind are the same line break.
 */
final class TextDiff {

    enum Change {
        SAME, REMOVED, ADDED
    }

    record Line(Change change, String text) {
    }

    private TextDiff() {
    }

    static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Change.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Change.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Change.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Change.ADDED, b[j++]));
        }
        return lines;
    }

    private static String[] split(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\\r?\\n", -1);
    }
}
