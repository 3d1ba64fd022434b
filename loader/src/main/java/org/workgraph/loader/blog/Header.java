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
import org.workgraph.loader.text.Search;

/**
 * A response header recognised by its form: who wrote the response below it and when, as the page prints it.
 *
 * @param form   which form of header it is
 * @param name   the writer as printed, or null ("Anonymous", or a form that gives no name)
 * @param date   the date printed with it, or null (none, or only a time or an age such as "5 days ago")
 * @param label  the page's own number for the response ("3"), or null
 * @param lines  how many lines the header takes (a name line with its date line below takes two)
 * @param reply  whether the header itself says the response answers another ("| parent |")
 * @param target whom the header says the response answers ("bo replied to Ann Lee" gives "Ann Lee"), or null
 * @param evidence for a header learnt from the page ({@link Form#REPEATED}), the line shape it shares with the page's
 *                 other headers; else null
 *
 * <p>Some systems sign a response under its text instead ({@link #trailer()}): Typepad's "Posted by: ann | date",
 * Blogger's "By Blogger ann, at 12:20 PM".
 */
record Header(Form form, String name, LocalDate date, String label, int lines, boolean reply, String target, String evidence) {

    Header(Form form, String name, LocalDate date, String label, int lines, boolean reply) {
        this(form, name, date, label, lines, reply, null, null);
    }

    Header(Form form, String name, LocalDate date, String label, int lines, boolean reply, String target) {
        this(form, name, date, label, lines, reply, target, null);
    }

    /** What the thread's explanation shows for it: its form, and for a form learnt from the page the shape it repeats. */
    String shown() { return evidence == null ? form.name() : form.name() + " `" + evidence + "`"; }

    /** Whether the header signs the text above it rather than heading the text below ("Posted by: ann | date"). */
    boolean trailer() { return form.trailer; }

    /**
     * The header forms comment systems print, tried in this order. A newcomer adds a comment system's header by adding
     * a constant with its recogniser here. {@link Strength#WEAK} forms are also what quotations and signatures look like
     * inside a response ("Ann wrote:", a name alone on a line), so a thread uses them only when it shows no stronger form.
     */
    enum Form {
        /** Typepad: "Posted by: ann | 28 November 2006 at 10:44 AM", under the text it signs. */
        POSTED_BY_UNDER(Strength.STRONG, true, c -> c.named(Forms.POSTED_BY_UNDER)),
        /**
         * "posted by ann at 5:41 PM on September 8, 2008", under the text it signs: how Blogger closes a post and
         * community Q&amp;A sites close each answer. ("Posted by ann on DATE" above a text is a byline, not this.)
         */
        POSTED_BY_AT_UNDER(Strength.STRONG, true, c -> c.named(Forms.POSTED_BY_AT_UNDER)
                .filter(f -> Dates.TIME_OR_AGE.matcher(f.stamp()).lookingAt())),
        /** Blogger: "By Blogger ann, at 12:20 PM", "By Anonymous, at 3:33 PM", under the text it signs. */
        BY_AT_UNDER(Strength.STRONG, true, c -> c.named(Forms.BY_AT_UNDER)),
        /** "Ann Lee says:", "3. Ann Lee says: March 3, 2013 at 10:14 am", "Ann said...". */
        SAYS(Strength.STRONG, c -> c.named(Forms.SAYS)
                .filter(f -> f.stamp().isEmpty() || Dates.isStamp(f.stamp()))),
        /** phpBB: "Post by ann » Thu Aug 13, 2020 9:43 pm". */
        POST_BY(Strength.STRONG, c -> c.named(Forms.POST_BY)),
        /** Drupal: "Submitted by ann on March 3, 2013". */
        SUBMITTED_BY(Strength.STRONG, c -> c.named(Forms.SUBMITTED_BY)),
        /** "Ann Lee's avatar", "ann's picture", "Profile picture for user ann", "Avatar of Ann": alt text of a portrait. */
        PORTRAIT(Strength.STRONG, c -> c.named(Forms.PORTRAIT)
                .or(() -> c.credentialed())
                .or(() -> c.named(Forms.PORTRAIT_OF))),
        /** Link aggregators: "ann 5 days ago | parent | next [-]": a reply by its own account. */
        PARENT_LINKS(Strength.STRONG, c -> {
            Matcher m = Forms.PARENT_LINKS.matcher(c.text);
            if (!m.matches()) return Optional.empty();
            return stamped(m.group(1)).map(h -> c.header(h[0], h[1], 1, true));
        }),
        /** "Comment by ann", "Reply from Ann Lee on March 3, 2013", "Comment from ann · 2 days ago". */
        COMMENT_BY(Strength.STRONG, c -> {
            Matcher m = Forms.COMMENT_BY.matcher(c.text);
            if (!m.matches()) return Optional.empty();
            String rest = m.group(1).trim();
            Optional<String[]> s = stamped(rest);
            if (s.isPresent()) return Optional.of(c.header(s.get()[0], s.get()[1], 1, false));
            String name = clean(rest.replaceFirst("\\s*:$", ""));
            return nameLike(name, false) ? Optional.of(c.header(name, "", 1, false)) : Optional.empty();
        }),
        /** Link aggregators and their mirrors: "by ann 5 days ago", "by ann on March 3, 2013" heading a comment. */
        BY_NAME_STAMP(Strength.STRONG, c -> c.text.regionMatches(true, 0, "by ", 0, 3)
                ? stamped(c.text.substring(3).trim()).map(h -> c.header(h[0], h[1], 1, false)) : Optional.empty()),
        /**
         * "ann replied", "Ann Lee commented on March 3", "bo replied to Ann Lee": the writer and an action, as activity
         * feeds and newer comment widgets print it; "replied to NAME" also says whom it answers ({@link #replyTo()}).
         */
        ACTED(Strength.STRONG, c -> {
            Matcher m = ACTION.matcher(c.text);
            if (!m.matches() || !nameLike(clean(m.group(1)))) return Optional.empty();
            String rest = m.group(3) == null ? "" : m.group(3).trim();
            if (!rest.isEmpty() && !Dates.isStamp(rest)) return Optional.empty();
            String target = m.group(2) == null ? null : clean(m.group(2).trim().replaceFirst("^(?i:to)\\s+", "").replaceFirst("^@", ""));
            return Optional.of(new Found(m.group(1), rest, 1, target != null, target));
        }),
        /**
         * Social posts: a display name with its handle, its age, or both ("Ann Lee @ann@example.social · 3h",
         * "Ann Lee (@ann)", "ann · 2d"), as microblogs and their mirrors print each post's head.
         */
        SOCIAL(Strength.STRONG, c -> {
            Matcher m = SOCIAL_HEAD.matcher(c.text);
            if (!m.matches() || (m.group(2) == null && m.group(3) == null)) return Optional.empty();
            String name = clean(m.group(1));
            // "Thanks @ann", "cc @ann", "Agreed @ann": a short reply that speaks to a handle, not a post's head.
            if (!nameLike(name, false) || SPOKEN.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) return Optional.empty();
            // A head has a post under it; a list of names with handles one under another is a byline or a signature block.
            if (c.below() >= c.lines.size()) return Optional.empty();
            Matcher next = SOCIAL_HEAD.matcher(c.lines.get(c.below()).trimmed());
            if (next.matches() && (next.group(2) != null || next.group(3) != null) && nameLike(clean(next.group(1)), false)) return Optional.empty();
            for (int k : new int[] {c.i - 1, c.i + 1}) {
                if (k < 0 || k >= c.lines.size()) continue;
                String near = c.lines.get(k).trimmed();
                if (!near.isEmpty() && near.length() <= 60 && NAMED_HANDLE.find(near)) return Optional.empty();
            }
            return Optional.of(c.header(name, m.group(3) == null ? "" : m.group(3), 1, false));
        }),
        /** "Ann Lee 16 February 2009 at 10:10 am #", "u/ann 4d ago", "Anonymous9:56 PM": a name with its stamp. */
        NAME_STAMP(Strength.STRONG, c -> stamped(c.text).map(h -> c.header(h[0], h[1], 1, false))),
        /** "👤 ann": a name behind a portrait icon (an emoji or symbol), the way Q&amp;A and chat systems print it. */
        ICON_NAME(Strength.STRONG, c -> c.iconed() && c.bareName(false) ? Optional.of(c.header(c.text(), null, 1, false)) : Optional.empty()),
        /**
         * A name with a writer's badge and nothing else ("Ann Lee Post author", "ann (author)", "Ann · Moderator"):
         * the badge says the line names an account, which a heading or a signature never does.
         */
        BADGED(Strength.STRONG, c -> c.badged() && c.bareName(false) ? Optional.of(c.header(c.text, null, 1, false)) : Optional.empty()),
        /** A name alone with a date line right below it. */
        NAME_OVER_STAMP(Strength.STRONG, c -> c.bareName(false) && c.below() == c.i + 1 && c.below() < c.lines.size() && Dates.isStamp(c.lines.get(c.below()).trimmed())
                ? Optional.of(c.header(c.text, c.lines.get(c.below()).trimmed(), 2, false)) : Optional.empty()),
        /**
         * A name alone over a line of who they are ("Arlington County, Army Test Command", "Leeds, retired teacher"), then
         * the text: how newspapers print readers' letters and answers, and Q&amp;A pages their respondents. Trusted only
         * where a page repeats it ({@link ThreadParser#headers}): one such pair is as likely a speaker's card.
         */
        NAME_OVER_ROLE(Strength.STRONG, c -> c.nameOverRole()),
        /** "3. Ann Lee" or "• Ann Lee" with the response's text indented deeper below. */
        LIST_NAME(Strength.STRONG, c -> c.listedName() && c.below() < c.lines.size()
                && c.lines.get(c.below()).indent() > c.lines.get(c.i).indent()
                // Unnumbered, the line must head a text, not a short label set in under it ("View Only").
                && (c.listed || c.lines.get(c.below()).trimmed().split("\\s+").length > 3)
                ? Optional.of(c.header(c.text, null, 1, false)) : Optional.empty()),
        /**
         * "I'm curious as to how many ... (Below threshold)": a collapsed comment's head, its own first words cut short,
         * over the full text that opens with the same words. Comment systems that fold low-rated or long comments print
         * such a preview; the words repeated right below are what no heading or quotation does. It names no one.
         */
        PREVIEW(Strength.STRONG, c -> c.previews() ? Optional.of(c.header("", null, 1, false)) : Optional.empty()),
        /**
         * "Tilly - Age 10", "— Ann Lee, Leeds": a name with a short detail on a line under the text it signs, as news and
         * school sites print readers' comments. Weak, and trusted only where a page repeats it under several texts
         * ({@link ThreadParser#headers}): one such line is as likely a quoted signature.
         */
        SIGNED_LINE(Strength.WEAK, true, c -> c.named(Forms.SIGNED_LINE).filter(f -> f.stamp().split("\\s+").length <= 4
                && !f.stamp().matches(".*[.!?:;]$") && c.text.length() <= 50 && Character.isUpperCase(f.name().codePointAt(0)))),
        /** "Ann wrote:": also how a response quotes another. */
        WROTE(Strength.WEAK, c -> c.named(Forms.WROTE)),
        /** A name alone on a line with a paragraph below, after a blank line: also how a response is signed. */
        NAME_LINE(Strength.WEAK, c -> c.label == null && !c.listed && c.bareName(true) && c.below() > c.i + 1 && c.below() < c.lines.size()
                && !Furniture.is(c.lines.get(c.below()).trimmed()) ? Optional.of(c.header(c.text, null, 1, false)) : Optional.empty()),
        /**
         * A name alone over each text, where the page repeats the shape with user handles ("harla007", "okjob_io",
         * "TravellingMackem"): forums and their mirrors that lost everything of a header but the writer's name. Never
         * recognised by itself: {@link ThreadParser#headers} promotes {@link #NAME_LINE} lines to it when three or more
         * of a page's name lines are handles, which headings and signatures are not.
         */
        HANDLE_LINE(Strength.STRONG, c -> Optional.empty()),
        /**
         * A line whose shape the page repeats over its texts ("NAME said @ TIME on DATE", "u/NAME Jul 22 '22", "by NAME"),
         * in a form no constant above knows: never recognised by itself, {@link RepeatedShapes} induces it from the whole
         * page where the forms above find fewer than two headers. Its {@link Header#evidence()} is the shape.
         */
        REPEATED(Strength.STRONG, c -> Optional.empty()),
        /**
         * A line a {@link HeaderClassifier} took for a header where no form above matched: never recognised by itself
         * ({@link #learned}), its name is the name-shaped opening of the line, if it has one.
         */
        LEARNED(Strength.STRONG, c -> Optional.empty());

        final Strength strength;
        final boolean trailer;
        private final Function<Candidate, Optional<Found>> recogniser;

        Form(Strength strength, Function<Candidate, Optional<Found>> recogniser) {
            this(strength, false, recogniser);
        }

        Form(Strength strength, boolean trailer, Function<Candidate, Optional<Found>> recogniser) {
            this.strength = strength;
            this.trailer = trailer;
            this.recogniser = recogniser;
        }
    }

    /** The forms' patterns, compiled once (a form is tried on every line of every thread). */
    private static final class Forms {
        static final Search POSTED_BY_UNDER = Search.compile("^(?i:posted by):\\s*" + NAME + "\\s*[|\u00B7,]\\s*(\\S.*)$");
        static final Search POSTED_BY_AT_UNDER = Search.compile("^(?i:posted by)\\s+" + NAME + "\\s+(?i:at)\\s+(\\d.*)$");
        static final Search BY_AT_UNDER = Search.compile("^(?i:by)\\s+" + NAME + ",\\s*(?i:at|on)\\s+(\\S.*)$");
        static final Search SAYS = Search.compile("^" + NAME + "\\s+(?i:says|said)\\s*(?::|\\.{2,}|\u2026)?\\s*(.*)$");
        static final Search POST_BY = Search.compile("^(?i:post(?:ed)? by)\\s+" + NAME + "\\s*(?:\u00BB|&raquo;|\u2014|-|\\|)\\s*(.*)$");
        static final Search SUBMITTED_BY = Search.compile("^(?i:submitted by)\\s+" + NAME + "(?:\\s+(?i:on)\\b\\s*(.*))?$");
        // "Ann Lee Avatar" as well as "Ann Lee's avatar": some themes and front-ends print the alt text without the
        // possessive. Only "avatar" so: "Team photo", "Cover picture" are captions.
        static final Search PORTRAIT = Search.compile("^" + NAME + "(?:['\u2019]s\\s+(?i:avatar|picture|photo|profile picture|gravatar)|(?<!['\u2019]s)\\s+(?i:avatar))()$");
        static final Search PORTRAIT_OF = Search.compile("^(?i:profile picture for user|avatar (?:of|for)|photo of)\\s+" + NAME + "()$");
        static final Search PARENT_LINKS = Search.compile("^(.+?)\\s*\\|\\s*(?i:parent|root|prev|next|context)\\b.*$");
        static final Search COMMENT_BY = Search.compile("^(?i:comment|reply|response|answer)\\s+(?i:by|from)\\s+(.+)$");
        static final Search SIGNED_LINE = Search.compile("^(?:[\u2013\u2014-]\\s*)?" + NAME + "\\s*(?:\\s[\u2013\u2014-]|,)\\s+(\\S.{0,30})$");
        static final Search WROTE = Search.compile("^" + NAME + "\\s+(?i:wrote)\\s*:?\\s*(.*)$");
    }

    /** "NAME replied", "NAME commented:", "NAME replied to OTHER", each with an optional stamp after it. */
    private static final Search ACTION = Search.compile("^" + "([*@]?[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019*-]*(?:\\s+[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019*-]*){0,3}?)"
            + "\\s+(?i:replied|commented|responded|answered)(\\s+(?i:to)\\s+[@\\p{L}][\\p{L}\\p{M}\\d_.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019-]*){0,2})?"
            + "\\s*:?\\s*(?:[\u00B7\u2022|,\u2013\u2014-]\\s*)?(\\S.*)?$");

    /** A name with a handle beside it, in any line: "Ann Lee (@ann)*", "Ann Lee @ann". */
    private static final Search NAMED_HANDLE = Search.compile("\\p{L}[\\p{L}.'-]*\\s+\\(?@[\\p{L}\\d_]");

    /** Words that open a short reply speaking to a handle: "Thanks @ann", "cc @ann". */
    private static final Set<String> SPOKEN = Set.of("thanks", "thank", "thx", "ty", "hi", "hello", "hey", "dear", "cc", "via", "congrats",
            "agreed", "agree", "yes", "yep", "no", "nope", "same", "lol", "ok", "okay", "sure", "true", "exactly", "ha", "haha", "wow",
            "nice", "great", "love", "welcome", "sorry", "cheers", "please", "right", "indeed", "oh");

    /** "Ann Lee @ann@example.social · 3h": group 1 the name, 2 the handle, 3 a short age ("3h", "2d", "5m") or a stamp. */
    private static final Search SOCIAL_HEAD = Search.compile("^(.+?)(?:\\s+\\(?(@[\\p{L}\\d_][\\p{L}\\d_.-]*(?:@[\\w.-]+\\.[a-z]{2,})?)\\)?)?"
            + "(?:\\s*[\u00B7\u2022|]\\s*(\\d{1,3}\\s?(?:s|m|min|h|hr|d|w|mo|y)|\\p{Lu}\\p{Ll}{2}\\s\\d{1,2}(?:,\\s\\d{4})?))?$");

    /** What a form reads off a line: the name as printed, the stamp after it (or null), lines taken, a reply cue. */
    private record Found(String name, String stamp, int lines, boolean reply, String target) {}

    /** A line being tried as a header: its text without any list number, and where it stands. */
    private record Candidate(List<Line> lines, int i, String text, String label, boolean listed, boolean iconed, boolean badged) {
        /** A form whose pattern gives the name (group 1) and what follows it, a stamp or nothing (group 2). */
        /** A portrait's alt text with a credential or emoji after the name ({@link #CREDENTIALED}). */
        Optional<Found> credentialed() {
            Matcher m = CREDENTIALED.matcher(text);
            if (!m.matches() || m.group(2).isBlank() || !nameLike(clean(m.group(1)))) return Optional.empty();
            return Optional.of(header(text.substring(0, m.end(2)).trim(), "", 1, false));
        }

        Optional<Found> named(Search pattern) {
            Matcher m = pattern.matcher(text);
            if (!m.matches()) return Optional.empty();
            String name = clean(m.group(1));
            return nameLike(name) ? Optional.of(header(name, m.group(2) == null ? "" : m.group(2), 1, false)) : Optional.empty();
        }

        /** The whole line is a name and nothing else, like a sentence's end; {@code cased}: capitalised word by word. */
        boolean bareName(boolean cased) {
            return nameLike(text, cased) && !text.matches(".*[.,:?!]$");
        }

        /**
         * A list item's header: a name, or any short line that is no sentence. The list number and the text indented
         * under it vouch for the layout; whether the line is a usable name is the mapping's call (a header of markup
         * still heads its response, and names no one).
         */
        boolean listedName() {
            if (bareName(false)) return true;
            return label != null && text.length() <= 100 && text.split("\\s+").length <= 8 && text.matches(".*\\p{L}.*")
                    && !text.matches(".*[.,:;?!]$");
        }

        /** The line is the opening words of the text right below it, cut short by an ellipsis ({@link Form#PREVIEW}). */
        boolean previews() {
            Matcher m = PREVIEW_LINE.matcher(text);
            if (!m.matches() || below() >= lines.size()) return false;
            String opening = m.group(1).trim();
            if (SPACE.split(opening).length < 3) return false;
            String next = org.workgraph.loader.text.Text.normalizeSpace(lines.get(below()).trimmed());
            if (next.length() <= opening.length() + 3 || !next.startsWith(org.workgraph.loader.text.Text.normalizeSpace(opening))) return false;
            // The text below is a comment's prose, not a headline a breadcrumb cut short ("Fair and Square: Why…" over the
            // title): ten words or more, a sentence's end in it, and a third of its words in lower case as prose has them.
            String[] words = SPACE.split(next);
            long lower = java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0))).count();
            return words.length >= 10 && SENTENCE_END.find(next) && lower * 3 >= words.length;
        }

        /**
         * A name of two to four capitalised words alone on its line, a role line below it (a comma in it, short, no
         * sentence's end), then text: the header takes the name and role lines and whatever blank lies between them.
         */
        Optional<Found> nameOverRole() {
            String[] words = SPACE.split(text);
            if (label != null || listed || !bareName(true) || !text.contains(" ") || words.length > 4) return Optional.empty();
            for (String w : words) if (!Character.isUpperCase(w.codePointAt(0))) return Optional.empty();
            int role = below();
            if (role >= lines.size() || role > i + 2) return Optional.empty();
            String r = lines.get(role).trimmed();
            if (!ROLE_LINE.matches(r) || Dates.isStamp(r) || Furniture.is(r)) return Optional.empty();
            int next = role + 1;
            while (next < lines.size() && lines.get(next).isBlank()) next++;
            if (next >= lines.size() || SPACE.split(lines.get(next).trimmed()).length < 6) return Optional.empty();
            return Optional.of(new Found(text, "", role - i + 1, false, null));
        }

        int below() {
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            return j;
        }

        Found header(String name, String stamp, int lineCount, boolean reply) {
            return new Found(name, stamp, lineCount, reply, null);
        }
    }

    enum Strength { STRONG, WEAK }

    /** A writer's name or handle as comment systems print it: up to four words, no sentence in it. */
    private static final String TOKEN = "[*@]?[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019*-]*(?:@[\\w.-]+\\.[a-z]{2,})?";
    private static final String NAME = "((?:/?u/)?" + TOKEN + "(?:\\s+" + TOKEN + "){0,3})";
    /**
     * A portrait's alt text whose display name carries more than a name: a credential (", PhD", ", MBA") or emoji ("Ann
     * Lee, PhD \uD83C\uDF31's avatar"). The name must be one; the writer is the display name as printed, as a thread
     * shows it.
     */
    private static final Search CREDENTIALED = Search.compile("^" + NAME + "((?:,\\s*\\p{Lu}[\\p{L}.]{1,5})?(?:\\s*[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]+)*)"
            + "['\u2019]s\\s+(?i:avatar|picture|photo|profile picture|gravatar)$");
    // Compiled once: String.matches and replaceFirst would compile these on every line tried.
    private static final Search NAME_ONLY = Search.compile(NAME);
    private static final Search HAS_LETTER = Search.compile(".*\\p{L}.*");
    private static final Search TRAILING_STARS = Search.compile("\\*+$");
    private static final Search REDDIT_USER = Search.compile("^/?u/(?=\\S)");
    private static final Search AT_SIGN = Search.compile("^@(?=\\S)");
    private static final Search PROFILE_ICON = Search.compile("^(?i:blogger|anonymous)\\s+(?=\\S)");
    private static final Search HOME_SERVER = Search.compile("@[\\w.-]+\\.[a-z]{2,}$");
    private static final Search ITEM_ID = Search.compile("(?<=\\S)\\s+(?=[a-z\\d_]*\\d)(?=[a-z\\d_]*_)[a-z\\d_]{5,}$");
    private static final Search LIST = Search.compile("^(?:(?:[\u2022\u25E6\u25AA\u2023\u2219\u00B7]\\s*)?(\\d{1,5})[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+(\\S.*)$");
    /** A writer's badge after the name: "Ann Lee Post author", "ann (author)", "ann \u00B7 Moderator", "bo OP", "ann Gold badge". */
    private static final Search BADGE = Search.compile("\\s+(?:[\u00B7\u2022|\u2013\u2014-]\\s*)?(?:(?i:post author|\\(author\\)|\\(op\\)|author|moderator|admin|OP)|\\p{Lu}\\p{Ll}+ badge)\\s*$");
    /**
     * What systems print around a header's name that is neither name nor stamp: collapse toggles ("[–]"), a portrait
     * icon or emoji, a score ("104 points"), a reply count ("(2 children)"), a Q&amp;A site's "Accepted Answer ✓", a note
     * in brackets before "says" ("(not verified)").
     */
    private static final Search DECORATION = Search.compile("^(?:\\[[\u2013\u2014+-]\\]|[^\\p{L}\\p{N}\\s\\[(@*\"'\u201C\u2018]+)\\s*"
            + "|\\s+[+-]?\\d[\\d,.]*k?\\s+points?\\b|\\s*\\(\\d+\\s+(?:children|child|replies|reply)\\)\\s*$"
            + "|\\s+(?i:accepted answer)\\s*\\W*$"
            // A note in brackets between the name and "says" or "wrote": "ann (not verified) says:", "bo (Leeds) wrote:".
            + "|\\s*\\([^()]{1,40}\\)(?=\\s+(?i:says|said|wrote)\\b)"
            // Pronouns or a note in brackets before a portrait's "'s avatar": "Ann Lee (she/her)'s avatar".
            + "|\\s*\\([^()]{1,20}\\)(?=['\u2019]s\\s+(?i:avatar|picture|photo|profile picture|gravatar)$)"
            // A writer's badge after the name: "Ann Lee Post author", "ann (author)", "ann · Moderator", "bo OP".
            + "|" + BADGE.pattern());
    /**
     * A score before a "by NAME" head ("3 points by ann 5 days ago", "[-] 12 points by ann"): link aggregators and forums
     * that rank replies print the score first. Taken off after {@link #DECORATION}, which strips the toggle before it.
     */
    /** A preview's words, its ellipsis, and what the system prints after it in brackets ("(Below threshold)"), if anything. */
    private static final Search PREVIEW_LINE = Search.compile("^(.+?)\\s*(?:\\.{3}|\u2026)(?:\\s*\\([^()]{1,40}\\))?$");
    /** A role line under a name: capitalised, a comma in it, up to twelve words, no sentence's end ("Leeds, retired teacher"). */
    private static final Search ROLE_LINE = Search.compile("^\\p{Lu}[^.!?:;]{0,40},\\s[^.!?:;]{1,90}[^.!?:;,]$");
    private static final Search SENTENCE_END = Search.compile("[.!?](?:\\s|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Search SCORE_BEFORE_BY = Search.compile("^[+-]?\\d[\\d,.]*k?\\s+points?\\s+(?=(?i:by)\\s)");
    /**
     * An address a site's e-mail protection has replaced by "[email protected]": federated handles ("ann@example.social")
     * are addresses to it, so every writer's name on such a page reads so. It names no one, as "Anonymous" does.
     */
    private static final Search MASKED_ADDRESS = Search.compile("\\[email\\s+protected\\]");
    /** A Reddit-style "u/" before a user name, the glue between a name and its stamp ("NAME on DATE"), and the separators after it. */
    private static final Search USER_PREFIX = Search.compile("^u/");
    private static final Search TRAILING_PUNCTUATION = Search.compile("[\\s|\u00B7\u2022,\u2013\u2014-]+$");
    private static final Search NAME_JOINER_BEFORE_STAMP = Search.compile("\\s+(?i:on|at)$");
    /**
     * What some systems print after the writer's name in a head: the member's score or id in brackets, and their place
     * after it ("ann (212) from Leeds, UK", "ann (12345)"). No part of the name.
     */
    private static final Search MEMBER_SCORE = Search.compile("\\s*\\(\\d[\\d,]*\\)(?:\\s+(?i:from)\\s+\\S.{0,40})?$");
    private static final Set<String> NOT_NAMES = Set.of("leave", "reply", "replies", "comment", "comments", "share", "related", "posted",
            "tags", "categories", "category", "menu", "home", "search", "previous", "next", "older", "newer", "subscribe",
            "login", "log", "sign", "read", "more", "about", "contact", "archives", "recent", "popular", "trackbacks", "pingbacks",
            "responses", "thoughts", "the", "this", "a", "an", "my", "our", "your", "we", "i", "it", "and", "or", "but", "if", "so",
            "in", "on", "at", "to", "of", "for", "with", "what", "why", "how", "who", "when", "note", "update", "image", "source",
            "photo", "figure", "table", "notes", "references", "footnotes", "like", "view", "user", "member", "admin",
            "founded", "joined", "created", "updated", "edited", "modified", "published", "last", "top", "sorted",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** What systems print where a name would stand but name no one: anonymous markers, and a writer's badge alone ("author"). */
    private static final Set<String> NO_NAME = Set.of("anonymous", "unknown", "guest", "(no name)", "deleted", "[deleted]", "removed",
            "author", "post author", "moderator", "op");

    /**
     * The header at line {@code i}, if the line is one. {@code lines} is the thread with its blank lines; context
     * matters for the forms that are a bare name: a stamp must follow, or the response's text indented deeper.
     */
    static Optional<Header> at(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.isEmpty() || t.length() > 120 || Dates.isStamp(t)) return Optional.empty();
        Matcher list = LIST.matcher(t);
        boolean listed = list.matches();
        String text = DECORATION.matcher(MASKED_ADDRESS.matcher(listed ? list.group(2).trim() : t).replaceAll("Anonymous")).replaceAll("").trim();
        text = SCORE_BEFORE_BY.matcher(text).replaceFirst("");
        if (text.isEmpty()) return Optional.empty();
        String bare = listed ? list.group(2).trim() : t;
        boolean iconed = Character.getType(bare.codePointAt(0)) == Character.OTHER_SYMBOL;
        boolean badged = BADGE.find(listed ? list.group(2).trim() : t);
        Candidate c = new Candidate(lines, i, text, listed ? list.group(1) : null, listed, iconed, badged);
        for (Form form : Form.values()) {
            Optional<Found> f = form.recogniser.apply(c);
            if (f.isPresent()) {
                Header h = of(form, f.get().name(), f.get().stamp(), c.label(), f.get().lines(), f.get().reply());
                return Optional.of(f.get().target() == null ? h : new Header(h.form(), h.name(), h.date(), h.label(), h.lines(), true, f.get().target()));
            }
        }
        return Optional.empty();
    }

    /**
     * The header a classifier proposes at line {@code i}: the name is what opens the line before its stamp, a cue word
     * ("says", "wrote", "|", a dash) or its end, when that is name-shaped; else the header names no one.
     */
    static Header learned(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        Matcher list = LIST.matcher(t);
        String label = list.matches() ? list.group(1) : null;
        String text = DECORATION.matcher(list.matches() ? list.group(2).trim() : t).replaceAll("").trim();
        Optional<String[]> stamp = stamped(text);
        String name = stamp.map(s -> s[0]).orElse(null);
        if (name == null) {
            String head = text.split("(?i)\\s+(?:says|said|wrote|writes|commented|replied)\\b|\\s*[|\u00BB\u2013\u2014:]|\\s+-\\s+|,\\s")[0].trim();
            if (nameLike(head)) name = head;
        }
        if (name == null) {
            // Else the capitalised words that open it ("Wren Aldous ~ regular"), up to four.
            String[] words = text.split("\\s+");
            int k = 0;
            while (k < Math.min(4, words.length) && words[k].matches("\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*")) k++;
            String head = String.join(" ", java.util.Arrays.copyOf(words, k));
            if (k > 0 && nameLike(head)) name = head;
        }
        return of(Form.LEARNED, name == null ? "" : name, stamp.map(s -> s[1]).orElse(text), label, 1, false);
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
        String name = MEMBER_SCORE.matcher(USER_PREFIX.matcher(t.substring(0, start)).replaceFirst("").trim()).replaceFirst("");
        name = NAME_JOINER_BEFORE_STAMP.matcher(TRAILING_PUNCTUATION.matcher(name).replaceFirst("")).replaceFirst("").trim();
        String stamp = t.substring(start);
        if (name.isEmpty() || !nameLike(name) || !Dates.isStamp(stamp)) return Optional.empty();
        return Optional.of(new String[] {name, stamp});
    }

    /**
     * The name without what systems print around it: Blogger's profile icon alt text before it ("Blogger Ann Lee
     * said..."), a federated account's home server after it ("ann@example.social"), a trailing asterisk.
     */
    private static String clean(String name) {
        String n = TRAILING_STARS.matcher(name).replaceAll("");
        n = REDDIT_USER.matcher(n).replaceFirst("");
        n = AT_SIGN.matcher(n).replaceFirst("");
        n = PROFILE_ICON.matcher(n).replaceFirst("");
        n = HOME_SERVER.matcher(n).replaceFirst("");
        // An item's id printed after the name ("ann_b t1_jb9uvi1 wrote"): lower case, digits and an underscore.
        return ITEM_ID.matcher(n).replaceFirst("").trim();
    }

    private static Header of(Form form, String name, String stamp, String label, int lines, boolean reply) {
        String n = clean(name);
        // A forum's "Re: subject" heading a post names the topic, not a writer.
        if (n.isEmpty() || NO_NAME.contains(n.toLowerCase(Locale.ROOT)) || Furniture.isReplySubject(n)) n = null;
        LocalDate date = stamp == null ? null : Dates.find(stamp).orElse(null);
        return new Header(form, n, date, label, lines, reply);
    }

    /** The name without the member's score or id and place printed after it ("ann (212) from Leeds, UK" gives "ann"). */
    static String withoutMemberScore(String name) {
        return MEMBER_SCORE.matcher(name).replaceFirst("");
    }

    static boolean nameLike(String s) { return nameLike(s, true); }

    /**
     * A user handle rather than a person's name or a heading: one token with a digit, an underscore, a dot or a hyphen
     * inside it, a lower-case first letter, or a capital inside it ("okjob_io", "j-whiskey", "TravellingMackem").
     */
    static boolean handleShaped(String s) {
        if (s == null) return false;
        String t = s.trim().replaceFirst("^[@*]", "");
        if (t.isEmpty() || t.contains(" ") || !nameLike(t, false)) return false;
        return HAS_LETTER.matches(t) && (t.matches(".+[\\d_.-].*") || Character.isLowerCase(t.codePointAt(0))
                || t.substring(1).chars().anyMatch(Character::isUpperCase));
    }

    /**
     * Up to four words, each a name token, none of them a word pages print as furniture or prose. {@code cased}: a
     * name of several words is capitalised word by word; without it ("renata okonkwo" as a list header with the text
     * indented under it) the layout alone vouches for the name.
     */
    static boolean nameLike(String s, boolean cased) {
        if (s == null) return false;
        String t = s.trim();
        if (t.isEmpty() || t.length() > 40 || !NAME_ONLY.matches(t) || !HAS_LETTER.matches(t)) return false;
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
