package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.workgraph.loader.Loader;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.blog.Segment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows how the reader took a page apart, line by line: what to look at when a page loads with too few responses. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show how the loader reads plain-text pages, line by line, without loading them.",
                "Each line gets its role (MASTHEAD, DATE, TITLE, BYLINE, BODY, COUNT, HEADER and its form, HEADER_DETAIL,",
                "RESPONSE, NOTICE, FOOTER, FURNITURE, FORM, AUTHOR_BOX, UNREAD; SIGNAL_ROW for a digest's rows) and the",
                "response it belongs to (#N). The first line (KIND) says whether the page was read as a digest or a post",
                "and which cues the decision weighed; the second (THREAD) whether the page's candidate responses were kept as",
                "a thread or set aside, and which cues that decision weighed; for a post with no thread, the third (LONE) whether",
                "the page was read as one response shown alone (a comment's permalink, a forum's single post) and why;",
                "HEAD, when the head was weighed as a whole, which writer, date or title it settled and on what evidence."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text pages to inspect.")
    List<Path> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Loader loader = new Loader();
        int failed = 0;
        for (Path file : files) {
            out.println("== " + file);
            try {
                for (Segment s : loader.segment(file)) {
                    String role = s.role() + (s.detail() == null ? "" : " " + s.detail());
                    // The kind and thread lines are the decisions' evidence, printed whole; a page's line is cut to fit.
                    boolean decision = s.role() == Segment.Role.KIND || s.role() == Segment.Role.THREAD
                            || s.role() == Segment.Role.LONE || s.role() == Segment.Role.BLOCKS
                            || s.role() == Segment.Role.RHYTHM
                            || s.role() == Segment.Role.HEAD;
                    String text = decision || s.text().length() <= 90 ? s.text() : s.text().substring(0, 87) + "...";
                    out.printf("%5d  %-26s %-5s %s%n", s.line(), role, s.response() == null ? "" : "#" + s.response(), text);
                }
            } catch (ParseException e) {
                spec.commandLine().getErr().println(file + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
                failed++;
            } catch (IOException e) {
                spec.commandLine().getErr().println(file + ": cannot read: " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
