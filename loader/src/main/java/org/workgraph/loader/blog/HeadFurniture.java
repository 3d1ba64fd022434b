package org.workgraph.loader.blog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a page's head prints that are never its title or its writer, told by their shape and not by any site's wording.
 * Forums, microblogs and newsletters open with such lines more often than blogs do, and a reader that takes the first
 * short line for the title takes one of them:
 * <ul>
 * <li><b>chrome</b>, which stands before the head and is passed over there: a skip link ("Skip to content", "Jump to
 * navigation": a verb of moving and "to" with at most three words), a label whose object was an image (a short line
 * ending in "with" or "by", the sponsor's logo lost: "In partnership with", "Presented by"; a byline's own words are
 * not such a label), a sentence addressed to the reader about subscribing or following (second person and a verb of
 * subscribing), a bare web address, an image's credit left where the image stood ("Photo by NAME on SOURCE"), and a
 * comment system's link to report content ("Report abuse", "Report Inappropriate Comments");</li>
 * <li><b>labels of the page's parts</b>, which are dropped where a reader took them for the title but never passed
 * over (what follows them is a thread, not a title): a thread heading (a short line that points at the page itself,
 * "about this post", "on this thread", or opens with a thread's noun: "Discussion", "Comments", "Replies"), a handle
 * (one token with an underscore, a digit after letters or a dot between letters: an account, not a subject), a
 * greeting ("Hey y'all!!": the text's opening), an avatar's alt text ("NAME's avatar"), a byline's words alone ("Posted
 * by" over the name).</li>
 * </ul>
 * Stateless.
 */
final class HeadFurniture {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Only "skip" and "jump": "Back to the Depot" and "Go to Work" are headlines.
    private static final Pattern SKIP = Pattern.compile("(?i)^(?:skip|jump)\\s+to\\s+(?:the\\s+)?\\p{L}[\\p{L} ]{0,30}$");
    /** A byline's or a credit's own words before "by": "Posted by" over a name is a byline, not a lost logo's label. */
    private static final Set<String> CREDIT_OPENERS = Set.of("by", "posted", "written", "published", "submitted", "created", "words",
            "story", "text", "reporting", "photo", "photos", "image", "images", "illustration", "edited", "interview", "video",
            "compiled", "curated", "reviewed", "updated", "authored", "produced", "and", "with");
    private static final Pattern SUBSCRIBING = Pattern.compile("(?i)\\b(?:subscrib\\w*|sign(?:ing)?\\s+up|follow(?:ing)?\\s+this|comment\\s+feed|rss|"
            + "forwarded\\s+to\\s+you|get\\s+it\\s+in\\s+your\\s+inbox|notif(?:y|ied|ications?))\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|you['\u2019]ll|you['\u2019]re)\\b");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.?!]\\s+\\p{Lu}");
    /** Byline words alone on a line, the name on the next: "Posted by", "Written by:", "By". */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:(?:posted|written|published|submitted|created|words|story|text|reporting)\\s+)?by\\s*:?$");
    /** A journal's icon line: the poster's account and the icon's keyword, "ann_lee: (work)". */
    static final Pattern ICON_LINE = Pattern.compile("^([\\p{L}\\d_.-]{2,40}):\\s*\\([^()]{1,40}\\)$");
    /**
     * An image's credit line left where the image stood: "Photo by NAME on SOURCE", "Photo by NAME / SOURCE", "Image: NAME",
     * "Illustration courtesy of NAME": the photographer, never the title or the writer.
     */
    private static final Pattern IMAGE_CREDIT = Pattern.compile("(?i)^(?:photo(?:graph)?|image|illustration|picture|(?:header|cover|featured|hero)\\s+image)"
            + "(?:\\s+credit)?\\s*(?:by|via|courtesy\\s+of|:)\\s+\\S.*$");
    private static final int CREDIT_WORDS = 10;
    /** A comment system's link to report what is on the page: "Report abuse", "Report Inappropriate Comments". */
    private static final Pattern REPORT = Pattern.compile("(?i)^report\\s+(?:abuse|spam|inappropriate(?:\\s+(?:comments?|content|posts?))?|"
            + "this\\s+(?:comment|post|page|content)|comment|post)$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern SELF_POINTING = Pattern.compile("(?i)\\b(?:about|on|to|for|in)\\s+this\\s+(?:post|article|story|thread|entry|topic|page|piece|issue|episode)\\b");
    private static final Pattern THREAD_NOUN = Pattern.compile("(?i)^(?:\\d+\\s+)?(?:discussions?|comments?|replies|responses|conversation|recommended\\s+posts|"
            + "join\\s+the\\s+(?:discussion|conversation)|leave\\s+a\\s+(?:comment|reply))\\b.*");
    private static final Pattern HANDLE = Pattern.compile("^@?(?=[\\p{L}\\d_.-]*\\p{L})[\\p{L}\\d_.-]{3,40}$");
    private static final Pattern HANDLE_MARK = Pattern.compile("_|\\p{L}\\d|\\p{L}\\.\\p{L}");
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:hey|hi|hello|howdy|greetings|dear|hiya|yo)\\b[^.?]{0,25}[!,.]*$");
    private static final Pattern AVATAR = Pattern.compile("(?i)^(.{1,60}?)(?:['\u2019]s)?\\s+(?:avatar|profile\\s+(?:picture|photo|image))$");
    /** Labels of a page's parts are short. */
    private static final int LABEL_WORDS = 6;
    private static final int SPONSOR_WORDS = 5;

    private HeadFurniture() {}

    /** Chrome that stands before a page's head and is passed over there; empty when the line is no chrome. */
    static Optional<String> chrome(String trimmed) {
        if (trimmed == null || trimmed.isEmpty()) return Optional.empty();
        String[] words = SPACES.split(trimmed);
        if (words.length <= 5 && SKIP.matcher(trimmed).matches()) return Optional.of("a skip link");
        if (words.length >= 2 && words.length <= SPONSOR_WORDS && !CREDIT_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))
                && (words[words.length - 1].equalsIgnoreCase("with") || words[words.length - 1].equalsIgnoreCase("by"))) {
            return Optional.of("a label whose image was lost (ends in '" + words[words.length - 1] + "')");
        }
        // A sentence (a headline asking "before you subscribe" ends with no full stop) addressed to the reader.
        if (words.length >= 6 && (trimmed.endsWith(".") || SENTENCE_INSIDE.matcher(trimmed).find()) && SUBSCRIBING.matcher(trimmed).find()
                && SECOND_PERSON.matcher(trimmed).find()) {
            return Optional.of("a line asking the reader to subscribe or follow");
        }
        if (ADDRESS.matcher(trimmed).matches()) return Optional.of("a web address");
        if (words.length <= CREDIT_WORDS && !trimmed.endsWith(".") && IMAGE_CREDIT.matcher(trimmed).matches()) return Optional.of("an image's credit");
        if (REPORT.matcher(trimmed).matches()) return Optional.of("a link to report the page's content");
        return Optional.empty();
    }

    /** Why a line a reader took for the title is none (chrome or a label of the page's parts); empty if it may be one. */
    static Optional<String> notTitle(String trimmed) {
        Optional<String> c = chrome(trimmed);
        if (c.isPresent()) return c;
        String[] words = SPACES.split(trimmed);
        if (words.length <= LABEL_WORDS && (SELF_POINTING.matcher(trimmed).find() || THREAD_NOUN.matcher(trimmed).matches())) {
            return Optional.of("a thread heading");
        }
        if (BYLINE_LABEL.matcher(trimmed).matches()) return Optional.of("a byline's label");
        if (ICON_LINE.matcher(trimmed).matches()) return Optional.of("a journal's icon line");
        if (words.length == 1 && HANDLE.matcher(trimmed).matches() && HANDLE_MARK.matcher(trimmed).find()) return Optional.of("a handle");
        if (words.length <= 4 && GREETING.matcher(trimmed).matches()) return Optional.of("a greeting");
        if (avatar(trimmed).isPresent()) return Optional.of("an avatar's alt text");
        return Optional.empty();
    }

    /** Byline words alone on a line ("by", "Posted by"): the name on the next line is a writer, never a title. */
    static boolean isBylineLabel(String trimmed) {
        return BYLINE_LABEL.matcher(trimmed).matches();
    }

    /** The name an avatar's alt text gives ("Ann Lee avatar", "ann_lee's Avatar"); empty for "User's avatar". */
    static Optional<String> avatar(String trimmed) {
        var m = AVATAR.matcher(trimmed);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).trim();
        if (name.isEmpty() || name.equalsIgnoreCase("user") || name.equalsIgnoreCase("author") || name.equalsIgnoreCase("default")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
