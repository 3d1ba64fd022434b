package org.workgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** Quads to N-Quads text, and a stream that collects quads (what the loader's writers write to). */
final class NQuads {
    private NQuads() {}

    /** N-Quads lines without the last line break: Spark's text output adds one per element. */
    static String of(Collection<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads.iterator());
        String text = out.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    static final class Collector extends StreamRDFBase {
        final List<Quad> quads = new ArrayList<>();

        @Override
        public void quad(Quad quad) { quads.add(quad); }
    }
}
