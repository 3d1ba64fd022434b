package org.workgraph.loader.source;

import java.nio.file.Path;

import org.workgraph.loader.model.Source;

/** The decoded text of one source file, with where it came from. */
public record SourceText(Path path, Source source, String text) {}
