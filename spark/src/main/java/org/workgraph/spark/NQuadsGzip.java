package org.workgraph.spark;

import org.apache.hadoop.io.compress.GzipCodec;

/**
 * Gzip under the name {@code part-NNNNN.nq.gz}, not Hadoop's {@code part-NNNNN.gz}: bulk loaders (tdb2.tdbloader,
 * riot, most stores' loaders) tell N-Quads by the name, so the files load without naming the syntax.
 */
public final class NQuadsGzip extends GzipCodec {
    @Override
    public String getDefaultExtension() { return ".nq.gz"; }
}
