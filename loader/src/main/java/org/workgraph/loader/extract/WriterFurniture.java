package org.workgraph.loader.extract;

import java.util.regex.Pattern;

/**
 * What comment systems print around a writer's name, which makes the line a header and no part of the name: the
 * avatar's alt text ("Ann Lee's avatar", "Ann Lee Avatar", "Ann Lee (she/her)'s avatar") and the pronouns a profile
 * shows. Substack, WordPress themes, Reddit-like and Lemmy-like threads print these (the writer's name itself is cleaned
 * where the header is read, in {@code blog/Header}); read as prose they made mentions of "Ann Lee Avatar", or of a writer whose pronouns stood between the name and "'s avatar".
 */
final class WriterFurniture {
    private WriterFurniture() {}

    /** Pronouns as a profile prints them after a name: "(she/her)", "(they/them)", "(he/him/his)". */
    private static final String PRONOUNS = "\\((?:she|he|they|ze|xe|it|any)(?:/(?:her|hers|him|his|them|theirs|they|she|he|zir|xem|its|any))+\\)";
    /** The rest of a header line after the name: pronouns, then "'s avatar" (or picture …), or the alt text's bare "Avatar". */
    private static final Pattern AFTER_NAME = Pattern.compile("(?is)^(?:" + PRONOUNS + "\\s*)?(?:['\u2019]s\\s+(?:avatar|picture|profile|photo|gravatar)\\b.*"
            + "|avatar(?:\\s+image)?)?$");

    /** Whether what follows a name on its line (trimmed) is a header's furniture: the name there is a writer, not a mention. */
    static boolean afterName(String rest) { return !rest.isEmpty() && AFTER_NAME.matcher(rest).matches(); }

    /** Whether the rest of the line after a name's end is a header's furniture ("Ann Lee (she/her)'s avatar"). */
    static boolean endsHeader(String text, int end) {
        int e = text.indexOf('\n', end);
        return afterName(text.substring(end, e < 0 ? text.length() : e).trim());
    }
}
