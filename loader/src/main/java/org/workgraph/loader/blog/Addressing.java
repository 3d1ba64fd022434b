package org.workgraph.loader.blog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * How responses speak to people and sign themselves: "Thank you for your kind words Bo",
 * "Hi Ann,", "@cy", "Best wishes, Dee". Used to tell where one unnumbered response ends and
 * the next begins, and who answers whom.
 */
public final class Addressing {
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?)";
    /** An opening that speaks to someone by name: thanks or a greeting, the name within the first clause. */
    private static final Search OPENING = Search.compile(
            "^(?:(?i:thank you|thanks|many thanks)(?!\\s+to\\b)\\b[^.!?;:]{0,60}?\\b|(?i:hi|hello|hey|dear|greetings)[ ,]+)" + NAME
            + "(?=[\\s,.!;:]|$)");
    /** "@ann", and handles that open with a digit ("@1spider_man"), as long as a letter follows. */
    private static final Search HANDLE = Search.compile("^@((?:\\p{L}|\\d+[\\p{L}_])[\\p{L}\\d_.-]*)");
    /** A closing signature: "Best wishes, Dee", "Cheers, Ann Lee", "— Ann". */
    private static final Search SIGN_OFF = Search.compile(
            "(?:(?i:best wishes|best regards|kind regards|warm regards|regards|cheers|all the best|best|warmly|yours|thanks again|many thanks|thanks)\\s*,?\\s*|[\u2014\u2013-]\\s*)"
            + NAME + "\\s*\\.?$");

    /** "Ann Lee's Learning Blog": a site named for its owner. */
    private static final Search OWNED_SITE = Search.compile("^(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})['\u2019]s\\s");

    private Addressing() {}

    /**
     * The person whose blog most of a page's pingbacks come from ("Ann Lee's Learning Blog"): on a blog that links
     * to itself, the post's own writer. {@code sites} holds one entry per pingback, null where it names no site;
     * the owner must hold a strict majority of them, else there is none.
     */
    public static Optional<String> blogOwner(List<String> sites) {
        Map<String, Integer> owners = new HashMap<>();
        for (String site : sites) siteOwner(site).ifPresent(o -> owners.merge(o, 1, Integer::sum));
        return owners.entrySet().stream().filter(e -> e.getValue() * 2 > sites.size()).map(Map.Entry::getKey).findFirst();
    }

    /** The person a site is named for ("Ann Lee's Learning Blog" gives "Ann Lee"), if it is. */
    public static Optional<String> siteOwner(String site) {
        if (site == null) return Optional.empty();
        Matcher m = OWNED_SITE.matcher(site.strip() + " ");
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The name a text opens by speaking to, if it does. */
    public static Optional<String> openingAddressee(String text) {
        String t = text.strip();
        Matcher handle = HANDLE.matcher(t);
        if (handle.find()) return Optional.of(handle.group(1));
        Matcher m = OPENING.matcher(t);
        if (!m.find()) return Optional.empty();
        String name = m.group(1);
        // "Thanks For sharing" or "Hi All" are not names: the first letter must be upper case as written.
        if (!Character.isUpperCase(name.charAt(0)) || isCommonWord(name)) return Optional.empty();
        return Optional.of(name);
    }

    private static final Search LEADING_NAME = Search.compile("^(\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+)?),\\s");

    /**
     * The name a text opens by speaking to: as {@link #openingAddressee}, or a name set off by a comma at the very
     * start ("Folasade, that is a fair worry"). The second form is ambiguous on its own ("However, …"), so callers
     * must check the name against the people they know.
     */
    public static Optional<String> openingName(String text) {
        Optional<String> a = openingAddressee(text);
        if (a.isPresent()) return a;
        Matcher m = LEADING_NAME.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A full name as the text's last sentence: "… am I mistaken? Chris Smith." */
    private static final Search BARE_NAME = Search.compile("(?<=[.!?]\\s)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s*\\.?$");
    /** Words that open a closing wish or remark, not a name: "Good Luck.", "Happy Holidays." */
    private static final java.util.Set<String> NOT_FIRST_NAMES = java.util.Set.of("good", "happy", "merry", "god", "take", "see", "well",
            "great", "nice", "thank", "thanks", "no", "yes", "oh", "wow", "love", "best", "kind", "warm", "all", "keep", "stay",
            "have", "much", "many", "so", "very", "just", "my", "your", "our", "the", "this", "that", "more", "big", "new");

    /** The name a text signs off with at its very end, if it does. */
    public static Optional<String> signOff(String text) {
        Matcher m = SIGN_OFF.matcher(text.strip());
        if (!m.find()) {
            // Or a full name standing as the last sentence, after a sentence of the text.
            Matcher bare = BARE_NAME.matcher(text.strip());
            if (!bare.find()) return Optional.empty();
            String name = bare.group(1);
            return NOT_FIRST_NAMES.contains(name.split("\\s+")[0].toLowerCase()) || isCommonWord(name) ? Optional.empty() : Optional.of(name);
        }
        String name = m.group(1);
        if (!Character.isUpperCase(name.charAt(0)) || isCommonWord(name)) return Optional.empty();
        // The signature must stand apart: after a sentence end or at the start of the text.
        String before = text.strip().substring(0, m.start()).strip();
        if (!before.isEmpty() && ".!?)\u201D\"\u2019".indexOf(before.charAt(before.length() - 1)) < 0) return Optional.empty();
        // "Thanks, Ann." as the whole text thanks Ann: it speaks to someone rather than signing.
        if (before.isEmpty() && m.group().matches("(?i)^(?:thanks|many thanks|thanks again)\\b.*")) return Optional.empty();
        return Optional.of(name);
    }

    private static boolean isCommonWord(String name) {
        String first = name.split("\\s+")[0].toLowerCase();
        // "Thanks for the wishes…I'm going to": the pronoun and its contractions are no name.
        if (first.equals("i") || first.startsWith("i'") || first.startsWith("i\u2019")) return true;
        return switch (first) {
            case "all", "everyone", "everybody", "there", "again", "for", "so", "you", "folks", "guys", "team", "the", "a",
                 "to", "very", "much", "sir", "madam", "friends" -> true;
            default -> false;
        };
    }

    /**
     * How a response speaks to someone by name beyond its opening greeting, the forms many comment systems share. Only
     * {@link Form#QUOTED} names its person outright; every other form is a guess the caller must resolve to someone the
     * page shows (the post's writer, a responder), since a capitalised word in those places is often no name at all.
     */
    public enum Form {
        /** A quotation header opening the response: "Ann Lee wrote:", "Quote Originally Posted by Ann View Post". */
        QUOTED,
        /** A name set off by a dash or a colon opening the text, a line or a sentence: "Ann - I did the same", "Bo: yes". */
        DASH,
        /** A name after an interjection that takes no object: "Sorry Ann.", "LOL Bo!", "Congrats Cy!". */
        INTERJECTION,
        /** A name opening a sentence that goes on in the second person: "Ann you have a way with words". */
        BEFORE_YOU,
        /** A name closing a sentence after a word that takes no object: "I really enjoyed it Ann!" (the post's writer only). */
        CLOSING
    }

    /** A name a text speaks to, where it writes it ({@code start}, {@code end} into the text) and in which form. */
    public record Spoken(String name, int start, int end, Form form) {}

    private static final String CAP_NAME = "(\\p{Lu}[\\p{L}'\u2019-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*\\p{L})?)";
    /** Where a sentence can start: the text's start, a line's, or after a sentence's closing mark. */
    private static final String SENTENCE_START = "(?:^|(?<=\\n)[ \\t]*|(?<=[.!?\u2026)])[ \\t]+)";
    private static final Search QUOTED = Search.compile(
            "^\\s*(?:(?i:quote):?\\s+)?(?:(?i:originally\\s+posted\\s+by)\\s+([^\\n]{1,40}?)(?:\\s+(?i:view\\s+post))?(?=\\s*\\n|\\s{2,}|$)"
            + "|([^\\n:]{1,40}?)\\s+(?i:wrote):)");
    private static final Search DASH = Search.compile(SENTENCE_START + CAP_NAME + "(?:\\s?[-\u2013\u2014]\\s|[-\u2013\u2014]\\s|:\\s)(?=\\S)", Pattern.MULTILINE);
    private static final Search INTERJECTION = Search.compile(SENTENCE_START
            + "(?:(?i:sorry|so sorry|congrats|congratulations|lol|haha|ha|wow|oh|aw+|yay|welcome|bravo|hugs|ugh|oops|yes|okay|ok|well done)[,!]?)\\s+"
            + CAP_NAME + "(?=\\s*(?:[!.,?;\u2026]|$))");
    private static final Search BEFORE_YOU = Search.compile(SENTENCE_START + CAP_NAME
            + ",?\\s+(?i:you|your|you're|you\u2019re|you've|you\u2019ve|you'll|you\u2019ll)\\b");
    private static final Search CLOSING = Search.compile(
            "(?<![\\p{L}])(?!(?i:with|to|from|by|about|for|like|and|or|of|than|as|at|in|on|the|a|an|is|was|are|were|dear)\\s)\\p{Ll}[\\p{L}'\u2019]*\\s+(\\p{Lu}\\p{Ll}+)\\s*[!.]");

    /** Every name a text speaks to in the forms of {@link Form}, in text order of form. */
    public static List<Spoken> spokenTo(String text) {
        List<Spoken> out = new java.util.ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        if (q.find()) {
            int g = q.group(1) != null ? 1 : 2;
            String name = q.group(g).strip();
            // "On Mon, Ann Lee wrote:" as mail quotes it: the name is what follows the date's last comma.
            int comma = name.lastIndexOf(',');
            int start = q.start(g) + (comma >= 0 ? comma + 1 : 0);
            name = comma >= 0 ? name.substring(comma + 1).strip() : name;
            // "X said:" opens a paraphrase as often as a quotation ("you said:", "Dunbar's said:"), so only "wrote:" counts.
            if (!name.isEmpty() && Character.isLetterOrDigit(name.charAt(0)) && name.split("\\s+").length <= 4 && !isCommonWord(name)) {
                start = text.indexOf(name, start);
                out.add(new Spoken(name, start, start + name.length(), Form.QUOTED));
            }
        }
        collect(out, DASH.matcher(text), Form.DASH);
        collect(out, INTERJECTION.matcher(text), Form.INTERJECTION);
        collect(out, BEFORE_YOU.matcher(text), Form.BEFORE_YOU);
        collect(out, CLOSING.matcher(text), Form.CLOSING);
        return out;
    }

    private static void collect(List<Spoken> out, Matcher m, Form form) {
        while (m.find()) {
            String name = m.group(1);
            if (isCommonWord(name)) continue;
            // "Love you guys", "Hope you are well": a verb before "you" is its object, not a name spoken to; "Bob, you" is.
            if (form == Form.BEFORE_YOU && !m.group().contains(",") && org.workgraph.loader.text.Lexicon.english().verb(name.toLowerCase(java.util.Locale.ROOT))) continue;
            out.add(new Spoken(name, m.start(1), m.end(1), form));
        }
    }
}
