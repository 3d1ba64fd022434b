package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
     * The header forms comment systems print, strongest first. A newcomer adds a comment system's header by adding
     * a constant here. {@link Strength#WEAK} forms are also what quotations and signatures look like inside a
     * response ("Ann wrote:", a name alone on a line), so a thread uses them only when it shows no stronger form.
     */
    enum Form {
        /** "Ann Lee says:", "3. Ann Lee says: March 3, 2013 at 10:14 am", "Ann said...". */
        SAYS(Strength.STRONG),
        /** phpBB: "Post by ann » Thu Aug 13, 2020 9:43 pm". */
        POST_BY(Strength.STRONG),
        /** Drupal: "Submitted by ann on March 3, 2013". */
        SUBMITTED_BY(Strength.STRONG),
        /** "Ann Lee's avatar", "ann's picture", "Profile picture for user ann", "Avatar of Ann": alt text of a portrait. */
        PORTRAIT(Strength.STRONG),
        /** Link aggregators: "ann 5 days ago | parent | next [-]". */
        PARENT_LINKS(Strength.STRONG),
        /** "Ann Lee 16 February 2009 at 10:10 am #", "u/ann 4d ago", "Anonymous9:56 PM": a name with its stamp. */
        NAME_STAMP(Strength.STRONG),
        /** A name alone with a date line right below it. */
        NAME_OVER_STAMP(Strength.STRONG),
        /** "3. Ann Lee" or "• Ann Lee" with the response's text indented deeper below. */
        LIST_NAME(Strength.STRONG),
        /** "Ann wrote:": also how a response quotes another. */
        WROTE(Strength.WEAK),
        /** A name alone on a line with a paragraph below: also how a response is signed. */
        NAME_LINE(Strength.WEAK);

        final Strength strength;

        Form(Strength strength) { this.strength = strength; }
    }

    enum Strength { STRONG, WEAK }

    /** A writer's name or handle as comment systems print it: up to four words, no sentence in it. */
    private static final String TOKEN = "[*@]?[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019*-]*";
    private static final String NAME = "(" + TOKEN + "(?:\\s+" + TOKEN + "){0,3})";
    private static final Pattern LIST = Pattern.compile("^(?:(\\d{1,5})[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+(\\S.*)$");
    private static final Pattern SAYS = Pattern.compile("^" + NAME + "\\s+(?i:says|said)\\s*(?::|\\.{2,}|\u2026)?\\s*(.*)$");
    private static final Pattern WROTE = Pattern.compile("^" + NAME + "\\s+(?i:wrote)\\s*:?\\s*(.*)$");
    private static final Pattern POST_BY = Pattern.compile("^(?i:post(?:ed)? by)\\s+" + NAME + "\\s*(?:\u00BB|&raquo;|\u2014|-|\\|)\\s*(.*)$");
    private static final Pattern SUBMITTED_BY = Pattern.compile("^(?i:submitted by)\\s+" + NAME + "(?:\\s+(?i:on)\\b\\s*(.*))?$");
    private static final Pattern PORTRAIT = Pattern.compile("^(?:" + NAME + "['\u2019]s\\s+(?i:avatar|picture|photo|profile picture|gravatar)"
            + "|(?i:profile picture for user|avatar (?:of|for)|photo of)\\s+" + NAME + ")$");
    private static final Pattern PARENT_LINKS = Pattern.compile("^(.+?)\\s*\\|\\s*(?i:parent|root|prev|next|context)\\b.*$");
    private static final Pattern NAME_THEN_STAMP = Pattern.compile("^(?:u/)?" + NAME + "\\s*(?:[|\u00B7\u2022,\u2013\u2014-]\\s*)?(\\S.*)$");
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
        Line line = lines.get(i);
        String t = line.trimmed();
        if (t.isEmpty() || t.length() > 120 || Dates.isStamp(t)) return Optional.empty();
        String label = null;
        Matcher list = LIST.matcher(t);
        boolean listed = list.matches();
        if (listed) {
            label = list.group(1);
            t = list.group(2).trim();
        }
        Matcher m;
        if ((m = SAYS.matcher(t)).matches() && nameLike(m.group(1))) return Optional.of(of(Form.SAYS, m.group(1), m.group(2), label, 1, false));
        if ((m = POST_BY.matcher(t)).matches() && nameLike(m.group(1))) return Optional.of(of(Form.POST_BY, m.group(1), m.group(2), label, 1, false));
        if ((m = SUBMITTED_BY.matcher(t)).matches() && nameLike(m.group(1))) return Optional.of(of(Form.SUBMITTED_BY, m.group(1), m.group(2), label, 1, false));
        if ((m = PORTRAIT.matcher(t)).matches()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (nameLike(name)) return Optional.of(of(Form.PORTRAIT, name, null, label, 1, false));
        }
        if ((m = PARENT_LINKS.matcher(t)).matches()) {
            Optional<Header> linked = nameWithStamp(m.group(1), label);
            if (linked.isPresent()) return Optional.of(of(Form.PARENT_LINKS, linked.get().name() == null ? "anonymous" : linked.get().name(),
                    m.group(1), label, 1, true));
        }
        Optional<Header> stamped = nameWithStamp(t, label);
        if (stamped.isPresent()) return stamped;
        if ((m = WROTE.matcher(t)).matches() && nameLike(m.group(1))) return Optional.of(of(Form.WROTE, m.group(1), m.group(2), label, 1, false));
        if (!nameLike(t, false) || t.endsWith(".") || t.endsWith(",") || t.endsWith(":") || t.endsWith("?") || t.endsWith("!")) return Optional.empty();
        int next = nextContent(lines, i + 1);
        if (next >= lines.size()) return Optional.empty();
        Line below = lines.get(next);
        if (next == i + 1 && Dates.isStamp(below.trimmed())) {
            return Optional.of(of(Form.NAME_OVER_STAMP, t, below.trimmed(), label, 2, false));
        }
        if (below.indent() > line.indent()) return Optional.of(of(Form.LIST_NAME, t, null, label, 1, false));
        if (!nameLike(t, true)) return Optional.empty();
        if (!listed && next > i + 1 && !Furniture.is(below.trimmed())) return Optional.of(of(Form.NAME_LINE, t, null, null, 1, false));
        return Optional.empty();
    }

    /** "Ann Lee 16 February 2009 at 10:10 am #", "ann 5 days ago", "Anonymous9:56 PM". */
    private static Optional<Header> nameWithStamp(String t, String label) {
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
        return Optional.of(of(Form.NAME_STAMP, name, stamp, label, 1, false));
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

    private static int nextContent(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }
}
