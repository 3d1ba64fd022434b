package org.workgraph.loader.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.source.SourceReader;
import org.workgraph.loader.source.SourceText;

/** Plain-text documents: a page's text as saved or dumped, read by the blog and digest parsers. */
public final class TextReader implements DocumentReader {
    private final SourceReader files;

    public TextReader(SourceReader files) {
        this.files = files;
    }

    @Override
    public String format() { return "text"; }

    @Override
    public boolean claims(String fileName) { return fileName.endsWith(".txt"); }

    @Override
    public boolean canRead(String fileName, byte[] head) { return claims(fileName); }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        SourceText source = files.read(file);
        if (context.unchanged().test(source.source())) {
            out.accept(new ReadItem.Unchanged(source.source()));
            return ReadSummary.NONE;
        }
        List<String> warnings = new ArrayList<>();
        out.accept(new ReadItem.Parsed(context.text().parse(source.source(), source.text(), warnings::add), warnings));
        return ReadSummary.NONE;
    }
}
