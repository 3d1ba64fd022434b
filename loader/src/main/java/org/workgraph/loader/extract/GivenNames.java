package org.workgraph.loader.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English given names, as a general lexicon: the male and female first-name lists (about 5,500 names) of the
 * Apache-licensed {@code net.datafaker:datafaker} jar on Maven Central, of which only the data file
 * {@code en/name.yml} is read. A capitalised word in this list opens a person's name ("Ann Lee"); it is never a
 * list of the people any page names. Read once per JVM, on first use; immutable.
 */
final class GivenNames {
    private static final String FILE = "/en/name.yml";

    private final Set<String> names;
    /** The same file's list of common family names ("Smith", "Lee"): "Smith's report" is a person's, not a firm's. */
    private final Set<String> familyNames;

    private GivenNames(Set<String> names, Set<String> familyNames) {
        this.names = Set.copyOf(names);
        this.familyNames = Set.copyOf(familyNames);
    }

    private static final class Holder {
        static final GivenNames ENGLISH = read();
    }

    static GivenNames english() { return Holder.ENGLISH; }

    /** Whether a word, written as a name is ("Ann", not "ann" or "ANN"), is an English given name. */
    boolean contains(String word) { return names.contains(word); }

    int size() { return names.size(); }

    /** Whether a word, written as a name is, is one of the lexicon's common English family names. */
    boolean familyName(String word) { return familyNames.contains(word); }

    private static GivenNames read() {
        Set<String> out = new HashSet<>();
        Set<String> family = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("given names " + FILE + " are not on the classpath (net.datafaker:datafaker)");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inList = false, inFamily = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.trim();
                if (t.endsWith(":")) {
                    inList = t.equals("male_first_name:") || t.equals("female_first_name:");
                    inFamily = t.equals("last_name:");
                } else if ((inList || inFamily) && t.startsWith("- ")) {
                    String name = t.substring(2).replace("\"", "").trim();
                    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) (inList ? out : family).add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GivenNames(out, family);
    }
}
