package org.workgraph.loader.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Writes a synthetic corpus of blog posts and signal digests that the loader reads like real ones, for
 * load tests and benchmarks. The same seed gives the same files, byte for byte. Each document is written
 * as soon as it is made, so memory stays flat however many are asked for; a thousand go in each sub-folder.
 */
public final class CorpusGenerator {
    /** About one document in seven is a digest. */
    private static final int DIGEST_ONE_IN = 7;
    private static final int PER_FOLDER = 1000;

    /** Generates {@code documents} files into {@code out}; {@code progress} hears each document's index as it is written. */
    public GeneratedCorpus generate(int documents, long seed, Path out, IntConsumer progress) throws IOException {
        if (documents < 0) throw new IllegalArgumentException("documents must be at least 0");
        SplittableRandom castRandom = new SplittableRandom(seed);
        Cast cast = Cast.invent(castRandom, Math.max(40, documents / 2), Math.max(3, documents / 100));
        PostWriter posts = new PostWriter(cast);
        DigestWriter digests = new DigestWriter(cast);
        Tally tally = new Tally();
        for (int i = 0; i < documents; i++) {
            // Each document has a generator of its own, derived from the seed and its index.
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            boolean digest = r.nextInt(DIGEST_ONE_IN) == 0;
            String text = digest ? digests.write(r, i, tally) : posts.write(r, tally);
            Path folder = out.resolve(String.format("%04d", i / PER_FOLDER));
            if (i % PER_FOLDER == 0) Files.createDirectories(folder);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("%s-%07d.txt", digest ? "digest" : "post", i)), bytes);
            tally.bytes += bytes.length;
            progress.accept(i);
        }
        return new GeneratedCorpus(out, seed, tally.blogPosts, tally.digests, tally.responses(), tally.comments, tally.replies,
                tally.deepReplies, tally.pingbacks, tally.reblogs, tally.signals, tally.bytes);
    }
}
