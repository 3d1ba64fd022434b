package org.workgraph.loader.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines, accepting LF, CRLF and lone CR line ends. */
public final class Lines {
    private Lines() {}

    public static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        String[] parts = text.split("\r\n|\r|\n", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].isEmpty()) n--; // a final line end does not start another line
        for (int i = 0; i < n; i++) out.add(new Line(i + 1, parts[i]));
        return out;
    }
}
