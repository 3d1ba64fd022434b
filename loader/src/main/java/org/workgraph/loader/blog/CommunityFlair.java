package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;

/**
 * What a link aggregator's community line and the subject under it carry besides the subject: the post's date with a
 * two-digit year ("r/name Jul 22 '22", as Reddit's front-ends print it) and the post's flair, a label of the post's kind
 * that the front-ends run into the subject's line, before or after it ("Discussion State of the job market", "… a Dud
 * Discussion"). The flair is the post's category, not part of its subject.
 * <p>
 * Flairs are a small closed vocabulary of post kinds that communities share (each community may add its own, which stay
 * in the subject): only these words, and only on the line under a community line, are taken. Stateless.
 */
final class CommunityFlair {
    /** A date with a two-digit year closing the community line: "Jul 22 '22", "22 Jul '22". */
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile(
            "(?:^|\\s)(?:(\\p{Lu}\\p{Ll}{2})\\s+(\\d{1,2})|(\\d{1,2})\\s+(\\p{Lu}\\p{Ll}{2}))\\s+['\u2019](\\d{2})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LOWERCASE_WORD = Pattern.compile("\\p{Ll}+[\\p{Ll}'\u2019-]*");
    private static final Pattern DETERMINER = Pattern.compile("(?i)a|an|the|this|that|our|my|your|their|his|her|its");
    /** The post kinds communities label posts with, lowercased. */
    private static final Set<String> FLAIRS = Set.of("discussion", "question", "meme", "news", "help", "advice", "rant", "vent",
            "meta", "serious", "humor", "humour", "opinion", "article", "video", "image", "resource", "resources", "showcase",
            "announcement", "update", "misc", "other", "satire", "research", "analysis", "media", "story", "venting");
    /** A subject needs words of its own besides the flair. */
    private static final int MIN_SUBJECT_WORDS = 2;
    /** Reddit's front-ends print two-digit years for the years since the site began. */
    private static final int CENTURY = 2000;

    private CommunityFlair() {}

    /** A subject with its flair taken off; {@code flair} null when the line carries none. */
    record Subject(String title, String flair) {}

    /** The community line's date, when it closes with one whose year has two digits. */
    static Optional<LocalDate> date(String communityLine) {
        Matcher m = SHORT_YEAR_DATE.matcher(communityLine.trim());
        if (!m.find()) return Optional.empty();
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        return Dates.parse(month + " " + day + " " + (CENTURY + Integer.parseInt(m.group(5))));
    }

    /** The subject line under a community line, its flair (a known post kind as its first or last word) taken off. */
    static Subject subject(String line) {
        String t = line.trim();
        String[] words = SPACES.split(t);
        if (words.length <= MIN_SUBJECT_WORDS - 1) return new Subject(t, null);
        String first = words[0], last = words[words.length - 1];
        // "Meme codersAreDoomed": a flair before a subject of one word is still a flair, the subject stays; but
        // "Update on the strike" and "Help needed" open with the word as the subject's own (a lowercase word follows).
        if (isFlair(first) && Character.isUpperCase(first.codePointAt(0)) && !LOWERCASE_WORD.matcher(words[1]).matches()) {
            return new Subject(t.substring(first.length()).trim(), first);
        }
        // "… a Dud Discussion", but "Join Our Discussion" keeps it: a determiner right before makes it the subject's noun.
        if (words.length > MIN_SUBJECT_WORDS && isFlair(last) && Character.isUpperCase(last.codePointAt(0))
                && !DETERMINER.matcher(words[words.length - 2]).matches()) {
            return new Subject(t.substring(0, t.length() - last.length()).trim(), last);
        }
        return new Subject(t, null);
    }

    private static boolean isFlair(String word) {
        return FLAIRS.contains(word.toLowerCase(Locale.ROOT));
    }
}
