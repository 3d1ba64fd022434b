package org.workgraph.server.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The example queries of the repository's {@code data/queries/}, which the build copies into this package's
 * {@value #FOLDER} folder: so the same list is there under {@code ./kg serve} and in the packaged jar. Read
 * once, at start-up, from wherever this class was loaded (a folder of classes or a jar).
 */
final class ExampleQueries {
    static final String FOLDER = "org/workgraph/server/explorer/examples/";

    /** One example: its file name without {@code .rq}, the question its first comment asks, and its text. */
    record Example(String name, String title, String text) {}

    private final List<Example> examples;

    private ExampleQueries(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    static ExampleQueries load() {
        List<Example> out = new ArrayList<>();
        for (String resource : names()) {
            try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(FOLDER + resource)) {
                if (in == null) continue;
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.add(new Example(resource.substring(0, resource.length() - 3), title(text, resource), text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(Comparator.comparing(Example::name));
        return new ExampleQueries(out);
    }

    List<Example> all() { return examples; }

    Optional<Example> named(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The first comment line, or the file name when there is none. */
    static String title(String text, String fallback) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip()).filter(l -> !l.isEmpty())
                .findFirst().orElse(fallback);
    }

    /** The .rq files in the folder, listed from the class path entry this class came from. */
    private static List<String> names() {
        try {
            Path location = Path.of(ExampleQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(FOLDER);
                if (!Files.isDirectory(folder)) return List.of();
                try (Stream<Path> files = Files.list(folder)) {
                    return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
                }
            }
            try (ZipFile jar = new ZipFile(location.toFile())) {
                return jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(FOLDER) && n.endsWith(".rq") && n.indexOf('/', FOLDER.length()) < 0)
                        .map(n -> n.substring(FOLDER.length())).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            return List.of(); // an unusual class loader: the query page still works, without examples
        }
    }
}
