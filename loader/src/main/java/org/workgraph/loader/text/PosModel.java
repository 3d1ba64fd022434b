package org.workgraph.loader.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;

/**
 * Apache OpenNLP's English part-of-speech model (universal tags), read once per JVM and shared: the model is
 * immutable and safe across threads; each thread makes its own {@code POSTaggerME} from it.
 */
public final class PosModel {
    /** The model file inside the opennlp-models-pos-en jar. */
    private static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private PosModel() {}

    /** Read on first use (the JVM's class initialisation makes it safe). */
    private static final class Holder {
        static final POSModel ENGLISH = read();
    }

    public static POSModel english() { return Holder.ENGLISH; }

    private static POSModel read() {
        try (InputStream in = PosModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("OpenNLP part-of-speech model " + RESOURCE + " is not on the classpath");
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
