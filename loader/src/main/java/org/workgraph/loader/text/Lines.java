package org.workgraph.loader.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines, accepting LF, CRLF and lone CR line ends. */
public final class Lines {
    private Lines() {}

    public static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            out.add(new Line(out.size() + 1, text.substring(start, i)));
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        // A final line end does not start another line.
        if (start < n) out.add(new Line(out.size() + 1, text.substring(start)));
        return out;
    }
}
