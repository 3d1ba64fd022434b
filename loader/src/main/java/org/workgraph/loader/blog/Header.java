package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * A response header recognised by its form: who wrote the response below it and when, as the page prints it.
 *
 * @param form   which form of header it is
 * @param name   the writer as printed, or null ("Anonymous", or a form that gives no name)
 * @param date   the date printed with it, or null (none, or only a time or an age such as "5 days ago")
 * @param label  the page's own number for the response ("3"), or null
 * @param lines  how many lines the header takes (a name line with its date line below takes two)
 * @param reply  whether the header itself says the response answers another ("| parent |")
 */
record Header(Form form, String name, LocalDate date, String label, int lines, boolean reply) {

    /**
     * The header forms comment systems print, tried in this order. A newcomer adds a comment system's header by adding
     * a constant with its recogniser here. {@link Strength#WEAK} forms are also what quotations and signatures look like
     * inside a response ("Ann wrote:", a name alone on a line), so a thread uses them only when it shows no stronger form.
     */
    enum Form {
        /** "Ann Lee says:", "3. Ann Lee says: March 3, 2013 at 10:14 am", "Ann said...". */
        SAYS(Strength.STRONG, c -> c.named(Pattern.compile("^" + NAME + "\\s+(?i:says|said)\\s*(?::|\\.{2,}|\u2026)?\\s*(.*)$"))),
        /** phpBB: "Post by ann » Thu Aug 13, 2020 9:43 pm". */
        POST_BY(Strength.STRONG, c -> c.named(Pattern.compile("^(?i:post(?:ed)? by)\\s+" + NAME + "\\s*(?:\u00BB|&raquo;|\u2014|-|\\|)\\s*(.*)$"))),
        /** Drupal: "Submitted by ann on March 3, 2013". */
        SUBMITTED_BY(Strength.STRONG, c -> c.named(Pattern.compile("^(?i:submitted by)\\s+" + NAME + "(?:\\s+(?i:on)\\b\\s*(.*))?$"))),
        /** "Ann Lee's avatar", "ann's picture", "Profile picture for user ann", "Avatar of Ann": alt text of a portrait. */
        PORTRAIT(Strength.STRONG, c -> c.named(Pattern.compile("^" + NAME + "['\u2019]s\\s+(?i:avatar|picture|photo|profile picture|gravatar)()$"))
                .or(() -> c.named(Pattern.compile("^(?i:profile picture for user|avatar (?:of|for)|photo of)\\s+" + NAME + "()$")))),
        /** Link aggregators: "ann 5 days ago | parent | next [-]": a reply by its own account. */
        PARENT_LINKS(Strength.STRONG, c -> {
            Matcher m = Pattern.compile("^(.+?)\\s*\\|\\s*(?i:parent|root|prev|next|context)\\b.*$").matcher(c.text);
            if (!m.matches()) return Optional.empty();
            return stamped(m.group(1)).map(h -> c.header(h[0], h[1], 1, true));
        }),
        /** "Ann Lee 16 February 2009 at 10:10 am #", "u/ann 4d ago", "Anonymous9:56 PM": a name with its stamp. */
        NAME_STAMP(Strength.STRONG, c -> stamped(c.text).map(h -> c.header(h[0], h[1], 1, false))),
        /** A name alone with a date line right below it. */
        NAME_OVER_STAMP(Strength.STRONG, c -> c.bareName(false) && c.below() == c.i + 1 && c.below() < c.lines.size() && Dates.isStamp(c.lines.get(c.below()).trimmed())
                ? Optional.of(c.header(c.text, c.lines.get(c.below()).trimmed(), 2, false)) : Optional.empty()),
        /** "3. Ann Lee" or "• Ann Lee" with the response's text indented deeper below. */
        LIST_NAME(Strength.STRONG, c -> c.bareName(false) && c.below() < c.lines.size()
                && c.lines.get(c.below()).indent() > c.lines.get(c.i).indent() ? Optional.of(c.header(c.text, null, 1, false)) : Optional.empty()),
        /** "Ann wrote:": also how a response quotes another. */
        WROTE(Strength.WEAK, c -> c.named(Pattern.compile("^" + NAME + "\\s+(?i:wrote)\\s*:?\\s*(.*)$"))),
        /** A name alone on a line with a paragraph below, after a blank line: also how a response is signed. */
        NAME_LINE(Strength.WEAK, c -> c.label == null && !c.listed && c.bareName(true) && c.below() > c.i + 1 && c.below() < c.lines.size()
                && !Furniture.is(c.lines.get(c.below()).trimmed()) ? Optional.of(c.header(c.text, null, 1, false)) : Optional.empty());

        final Strength strength;
        private final Function<Candidate, Optional<Found>> recogniser;

        Form(Strength strength, Function<Candidate, Optional<Found>> recogniser) {
            this.strength = strength;
            this.recogniser = recogniser;
        }
    }

    /** What a form reads off a line: the name as printed, the stamp after it (or null), lines taken, a reply cue. */
    private record Found(String name, String stamp, int lines, boolean reply) {}

    /** A line being tried as a header: its text without any list number, and where it stands. */
    private record Candidate(List<Line> lines, int i, String text, String label, boolean listed) {
        /** A form whose pattern gives the name (group 1) and what follows it, a stamp or nothing (group 2). */
        Optional<Found> named(Pattern pattern) {
            Matcher m = pattern.matcher(text);
            return m.matches() && nameLike(m.group(1)) ? Optional.of(header(m.group(1), m.group(2), 1, false)) : Optional.empty();
        }

        /** The whole line is a name and nothing else, like a sentence's end; {@code cased}: capitalised word by word. */
        boolean bareName(boolean cased) {
            return nameLike(text, cased) && !text.matches(".*[.,:?!]$");
        }

        int below() {
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            return j;
        }

        Found header(String name, String stamp, int lineCount, boolean reply) {
            return new Found(name, stamp, lineCount, reply);
        }
    }

    enum Strength { STRONG, WEAK }

    /** A writer's name or handle as comment systems print it: up to four words, no sentence in it. */
    private static final String TOKEN = "[*@]?[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019*-]*";
    private static final String NAME = "(" + TOKEN + "(?:\\s+" + TOKEN + "){0,3})";
    private static final Pattern LIST = Pattern.compile("^(?:(\\d{1,5})[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+(\\S.*)$");
    private static final Set<String> NOT_NAMES = Set.of("leave", "reply", "replies", "comment", "comments", "share", "related", "posted",
            "tags", "categories", "category", "menu", "home", "search", "previous", "next", "older", "newer", "subscribe",
            "login", "log", "sign", "read", "more", "about", "contact", "archives", "recent", "popular", "trackbacks", "pingbacks",
            "responses", "thoughts", "the", "this", "a", "an", "my", "our", "your", "we", "i", "it", "and", "or", "but", "if", "so",
            "in", "on", "at", "to", "of", "for", "with", "what", "why", "how", "who", "when", "note", "update", "image", "source",
            "photo", "figure", "table", "notes", "references", "footnotes", "like", "view", "user", "member", "admin",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> NO_NAME = Set.of("anonymous", "unknown", "guest", "(no name)", "deleted", "[deleted]", "removed");

    /**
     * The header at line {@code i}, if the line is one. {@code lines} is the thread with its blank lines; context
     * matters for the forms that are a bare name: a stamp must follow, or the response's text indented deeper.
     */
    static Optional<Header> at(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.isEmpty() || t.length() > 120 || Dates.isStamp(t)) return Optional.empty();
        Matcher list = LIST.matcher(t);
        boolean listed = list.matches();
        Candidate c = new Candidate(lines, i, listed ? list.group(2).trim() : t, listed ? list.group(1) : null, listed);
        for (Form form : Form.values()) {
            Optional<Found> f = form.recogniser.apply(c);
            if (f.isPresent()) return Optional.of(of(form, f.get().name(), f.get().stamp(), c.label(), f.get().lines(), f.get().reply()));
        }
        return Optional.empty();
    }

    /** "Ann Lee 16 February 2009 at 10:10 am #", "ann 5 days ago", "Anonymous9:56 PM": the name and the stamp. */
    private static Optional<String[]> stamped(String t) {
        Matcher time = Dates.TIME_OR_AGE.matcher(t);
        Matcher date = Dates.DATE.matcher(t);
        int start = -1;
        if (date.find()) start = date.start();
        if (time.find() && (start < 0 || time.start() < start)) start = time.start();
        // A name glued to its time ("Anonymous9:56 PM") is how one widely used system prints it.
        if (start <= 0) return Optional.empty();
        String name = t.substring(0, start).replaceAll("^u/", "").replaceAll("[\\s|\u00B7\u2022,\u2013\u2014-]+$", "").trim();
        String stamp = t.substring(start);
        if (name.isEmpty() || !nameLike(name) || !Dates.isStamp(stamp)) return Optional.empty();
        return Optional.of(new String[] {name, stamp});
    }

    private static Header of(Form form, String name, String stamp, String label, int lines, boolean reply) {
        String n = name.replaceAll("\\*+$", "").trim();
        if (NO_NAME.contains(n.toLowerCase(Locale.ROOT))) n = null;
        LocalDate date = stamp == null ? null : Dates.find(stamp).orElse(null);
        return new Header(form, n, date, label, lines, reply);
    }

    static boolean nameLike(String s) { return nameLike(s, true); }

    /**
     * Up to four words, each a name token, none of them a word pages print as furniture or prose. {@code cased}: a
     * name of several words is capitalised word by word; without it ("renata okonkwo" as a list header with the text
     * indented under it) the layout alone vouches for the name.
     */
    static boolean nameLike(String s, boolean cased) {
        if (s == null) return false;
        String t = s.trim();
        if (t.isEmpty() || t.length() > 40 || !t.matches(NAME) || !t.matches(".*\\p{L}.*")) return false;
        if (Furniture.is(t) || ResponseCount.parse(t).isPresent()) return false;
        String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(first)) return false;
        for (String w : t.split("\\s+")) {
            // Inside a multi-word name every word is capitalised ("Ann Lee", "Ann van Dijk" aside): "great post" is prose.
            if (cased && t.contains(" ") && Character.isLowerCase(w.charAt(0)) && w.length() > 3) return false;
        }
        return true;
    }
}
