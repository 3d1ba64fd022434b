package org.workgraph.loader.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;

public final class FeedReader implements DocumentReader {
    @Override
    public String format() { return "FeedReader"; }

    @Override
    public boolean claims(String fileName) { return false; }

    @Override
    public boolean canRead(String fileName, byte[] head) { return false; }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        throw new ParseException(0, "not yet");
    }
}
