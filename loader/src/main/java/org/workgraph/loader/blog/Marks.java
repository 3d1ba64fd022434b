package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.workgraph.loader.text.Line;

/**
 * Collects the role of each line while one page is parsed (a parse's own scratch state, never shared). Lines of a
 * response are marked with its draft; the response's position is known only once the thread is built.
 */
final class Marks {
    /** Marks nothing: the parse without an explanation. */
    static final Marks NONE = new Marks(false);

    private final boolean on;
    private final Map<Integer, Segment.Role> roles = new TreeMap<>();
    private final Map<Integer, String> details = new HashMap<>();
    private final Map<Integer, Object> owners = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Object, Integer> positions = new java.util.IdentityHashMap<>();

    private Marks(boolean on) { this.on = on; }

    static Marks recording() { return new Marks(true); }

    private org.workgraph.loader.model.ThreadEvidence thread;

    /** The page-level thread decision, printed first (line 0) as the page's explanation. */
    void thread(org.workgraph.loader.model.ThreadEvidence evidence) {
        if (on) thread = evidence;
    }

    void mark(Line line, Segment.Role role) { mark(line, role, null, null); }

    /** Marks a line; a later mark of the same line wins (the thread's reading refines the page's). */
    void mark(Line line, Segment.Role role, String detail, Object owner) {
        if (!on || line.isBlank()) return;
        roles.put(line.number(), role);
        texts.put(line.number(), line.trimmed());
        if (detail != null) details.put(line.number(), detail); else details.remove(line.number());
        if (owner != null) owners.put(line.number(), owner); else owners.remove(line.number());
    }

    /**
     * The page-level decision of whether the page is one response alone ({@link LoneResponse}), with its cues: shown
     * before the page's lines (line 0).
     */
    void decide(String explanation) {
        if (!on) return;
        roles.put(0, Segment.Role.LONE);
        texts.put(0, explanation);
    }

    private String blocks;

    /** The per-block decision of {@link BlockThread}, printed after the thread decision (line 0). */
    void blocks(String explanation) {
        if (on) blocks = explanation;
    }

    private String rhythm;

    /** The posts {@link RhythmThread} cut and each one's cue, printed after the blocks (line 0). */
    void rhythm(String explanation) {
        if (on) rhythm = explanation;
    }

    /** The page-level weighing of the head ({@link HeadWeighing}): its evidence, shown before the page's lines (line 0). */
    void head(String explanation) {
        if (on) headExplanation = explanation;
    }

    private String headExplanation;

    /** The response a draft became, once the thread is built. */
    void place(Object owner, int position) {
        if (on) positions.put(owner, position);
    }

    /** Every marked line in order, with the response its draft became (null if none). */
    List<Segment> segments() {
        Function<Object, Integer> position = positions::get;
        List<Segment> out = new ArrayList<>();
        if (thread != null) out.add(new Segment(0, Segment.Role.THREAD, null, null, thread.explain()));
        if (blocks != null) out.add(new Segment(0, Segment.Role.BLOCKS, null, null, blocks));
        if (rhythm != null) out.add(new Segment(0, Segment.Role.RHYTHM, null, null, rhythm));
        if (headExplanation != null) out.add(new Segment(0, Segment.Role.HEAD, null, null, headExplanation));
        // Candidates the thread decision set aside belong to no response: their lines are shown unread.
        boolean setAside = thread != null && thread.abstained();
        roles.forEach((n, role) -> {
            Object owner = owners.get(n);
            if (setAside && owner != null) out.add(new Segment(n, Segment.Role.UNREAD, "set aside: " + role, null, texts.get(n)));
            else out.add(new Segment(n, role, details.get(n), owner == null ? null : position.apply(owner), texts.get(n)));
        });
        return out;
    }
}
