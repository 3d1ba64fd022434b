package org.workgraph.loader.digest;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.workgraph.loader.text.Search;

/**
 * Lists whose items are one line each, under the label that names them: a podcast page's "The stories this week" over
 * timestamped titles and "Other stories we bring up" over linked titles, a newsletter's "📣 Trending HR News" over headlines
 * closed by their source, "Topics covered:" over one topic per line, or a lead-in sentence ("The ten most downloaded
 * interviews are these:") over one-line items. A run is three lines or more right under the label, each one item, that open
 * with the same mark (a bullet, a number, a time, a pictograph, or none) and do not read as prose; several runs on a page
 * are read together, each under its own label, which becomes the rows' table (a lead-in that is a sentence names no table).
 * A run whose label or items are the page's contents ("In this issue", items the page prints again elsewhere), a menu (items
 * of one or two words) or running text (long lines of several sentences, or most items speaking as "I") is no list.
 * <p>
 * The layout is tried twice: early, when the page has several such lists and they weigh as lists of stories
 * ({@link Learnt#weighs}), so the other layouts do not read only one of them; and last, for runs that weigh, when no other
 * layout read the page.
 */
final class LabelledRuns extends PageLayout {
    // Compiled once: these run per line or per word.
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:\\s*$");
    private static final Pattern ENDS_STATEMENT = Pattern.compile(".*[.!][\u201D\"']?$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\u201D\"']?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\d]+");

    /** Fewer items than this under one label are an aside; a second run on a page that has one may be shorter. */
    static final int MIN_ITEMS = 3;
    private static final int MIN_SECOND_RUN = 2;
    /** A label is a short line: a section's name, not a sentence. */
    private static final int MAX_LABEL_WORDS = 8;
    /** A label told from its items by capitals alone is a section's name of a few words. */
    private static final int MAX_CAPITALS_LABEL_WORDS = 4;
    /** A one-line item longer than this is a paragraph, unless it carries the run's mark (a bullet, a source). */
    private static final int MAX_ITEM_WORDS = 40;
    private static final int MAX_MARKED_ITEM_WORDS = 70;
    /** Items of fewer words than this on average are a menu's, not a list of stories. */
    private static final double MIN_MEAN_WORDS = 3;
    /** Items of more words than this on average are paragraphs. */
    private static final double MAX_MEAN_WORDS = 30;

    /** A bullet or a number opening an item: "•", "-", "*", "3.", "3)". */
    private static final Search BULLET = Search.compile("^(?:[\u2022\u00B7\u25AA\u25E6\u2023\u2043*\u2013-]|\\d{1,3}[.)])\\s+(?=\\S)");
    /** A time in an episode opening an item: "04:50 Title", "1:02:13 – Title". */
    private static final Search TIME = Search.compile("^\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?\\s*[\u2013\u2014-]?\\s+(?=\\S)");
    /** A pictograph opening a line (an emoji and its joiners). */
    private static final Search PICTOGRAPH = Search.compile("^[\\p{So}\\p{Cs}\\p{Co}\\u2794-\\u27BF][\\p{So}\\p{Cs}\\p{Co}\\uFE0F\\u200D]*\\s*");
    /** The source closing an item: "(HR Dive)", "(The Washington Post)", and a reading time "(2 min read)". */
    private static final Search SOURCE = Search.compile("\\s*\\((\\p{Lu}[^()]{0,50})\\)\\s*[.]?\\s*$");
    /**
     * A source named after "via" at the end of an item: "Title via Acme Weekly", "Title via Acme Weekly, based on a survey by
     * Bo Labs" (the last "via" before a name in capitals: a headline may use the word itself; "via Ann for Bo" is a hat tip).
     */
    private static final Search VIA_SOURCE = Search.compile("\\s+via\\s+(\\p{Lu}[\\p{L}\\d.&'\u2019-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{L}\\d.&'\u2019-]*)){0,5})(?:,\\s(?:(?!\\svia\\s)[^()]){0,80})?\\s*$");
    /** An aside in parentheses on a line of its own: the writer's remark between the items, not one of them. */
    private static final Search ASIDE = Search.compile("^\\(.*\\)[.!]?$");
    /** Quotation marks around a whole headline: "'I had my pay stolen'". */
    private static final Search WRAPPING_QUOTES = Search.compile("^['\u2018\"\u201C](.+)['\u2019\"\u201D]$");
    private static final Search READING_TIME = Search.compile("(?i)\\s*\\(\\d{1,3}\\s*(?:min(?:ute)?s?|m)(?:\\s+read)?\\)");
    /** A name and its gloss joined by a spaced dash: "Title — what it says". */
    private static final Search DASHED = Search.compile("^(.{3,}?)\\s+[\u2013\u2014-]\\s+(\\S.*)$");
    /** A run-in label and its text: "Numbers first: Drop the hunch. …". */
    private static final Search RUN_IN = Search.compile("^(\\p{Lu}[^:.!?]{1,50}):\\s+(\\p{Lu}.*)$");
    /** "Name (a gloss in lower case)": the gloss describes the name. */
    private static final Search GLOSSED = Search.compile("^([^()]{3,}?)\\s*\\((\\p{Ll}[^()]*)\\)?\\s*\\.?$");
    /** A sentence break: a full stop, a question or an exclamation mark, then a capital. */
    private static final Search SENTENCE_BREAK = Search.compile("[.!?][\u201D\u2019\"']?\\s+(?=[\"\u201C\u2018']?\\p{Lu})");
    /** The labels of a page's furniture lists: its contents, related or recent posts, categories, sharing. */
    private static final Search FURNITURE_LABEL = Search.compile(
            "(?i)\\b(?:in this (?:issue|edition|episode)|upcoming in|inside|contents|related|recent (?:posts|comments)|popular|categories|archives?"
            + "|tags|share|follow us|subscribe|sign up|menu|navigation|you may also like|read next|more from|comments?|reply|replies|posts?|error)\\b");
    /** A label that names a list of stories or of what an episode covers: "Other stories we bring up", "Trending HR News". */
    private static final Search STORY_LABEL = Search.compile(
            "(?i)\\b(?:stories|news|headlines|links|reads|reading|topics|takeaways|highlights|articles|picks|updates|briefs?|roundup)\\b");
    /**
     * A label naming what a digest lists, in the plural ("DRIVERS", "Emerging trends"): not what the page is ("In today's
     * newsletter:"), nor a step's words ("Pair them with a senior driver").
     */
    private static final Search LISTED_LABEL = Search.compile("(?i)\\b(?:signals|(?:mega)?trends|drivers|forecasts|predictions)\\b");
    /** Words an item speaks in when it is the writer's own running text. */
    private static final Search FIRST_PERSON = Search.compile("(?i)(?:^|\\s)(?:i|i'm|i've|i'd|my|me)(?=[\\s,.!?])");
    /** A comment thread's marks: the items would be responses, not stories. */
    private static final Search THREAD_MARK = Search.compile("(?i)\\b(?:says|said|wrote|replied)\\s*:|^reply$|\\bago$");

    /** The page's calls to action after a list ("You can subscribe to this podcast …", "Send us your ideas"): its own, no item. */
    private static final Search CALL_TO_ACTION = Search.compile(
            "(?i)\\b(?:subscribe|follow us|send us|sign up|join us|contact us|email us|wherever you get|theme music)\\b");

    /** How a run's items open. */
    enum Mark { BULLET, TIME, PICTOGRAPH, NONE }

    /**
     * One list: its label as printed (null for none), whether that label is a sentence introducing the list (which names no
     * table), the line of the label, and the lines of its items.
     */
    record Run(String label, boolean sentence, int labelLine, List<Integer> lines, Mark mark, int period) {
        Run {
            lines = List.copyOf(lines);
        }

        /** The label as the rows' table: without its pictograph and colon. */
        String table() {
            return label == null || sentence ? null : TRAILING_COLON.matcher(Page.bare(label)).replaceAll("").strip();
        }
    }

    /**
     * What the page shows: its runs, how many items they hold, the share of the page's words they cover, how many of the runs
     * are full lists under a label of their own (three items or more, a label the page prints once: "The Fix:" over every
     * item's bullets labels a field, not a list), the mean length of their items, and whether one of those labels names a list
     * of stories ("Other stories", "Trending news", "Topics covered") or its items carry a time or a source.
     */
    record Learnt(List<Run> runs, int items, double coverage, int labelled, double meanWords, boolean stories, boolean sourced) {
        Learnt {
            runs = List.copyOf(runs);
        }

        boolean present() { return !runs.isEmpty(); }

        /**
         * Whether the runs are the page's lists of stories: a full labelled list that names stories (or whose items carry their
         * times or sources), of items of four words or more on average (a menu's are shorter), and either a second full
         * labelled list beside it (a newsletter's sections, a podcast page's stories and links), a quarter of the page's
         * words, or items most of which close with their source (a list of outside pieces under a long introduction). A post's lists of reasons or rules under labels of their own name no stories and carry no sources.
         */
        boolean weighs() {
            return labelled >= 1 && stories && meanWords >= 4 && (labelled >= 2 || coverage >= 0.25 || sourced);
        }

        /** For {@code kg inspect}: "'The stories this week' x2, 'Other stories we bring up' x16, 64% of the text". */
        String describe() {
            List<String> parts = new ArrayList<>();
            for (Run r : runs) parts.add((r.sentence() ? "lead-in " : "") + "'" + (r.label() == null ? "" : shorten(Page.bare(r.label())))
                    + "' x" + r.lines().size() + (r.mark() == Mark.NONE ? "" : " " + r.mark().name().toLowerCase(Locale.ROOT)));
            return String.join(", ", parts) + ", " + Math.round(coverage * 100) + "% of the text";
        }

        private static String shorten(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }

    private final boolean early;

    /** @param early whether this is the early reading, which takes the page only when its runs are clearly its lists */
    LabelledRuns(boolean early) {
        this.early = early;
    }

    @Override
    List<Item> items(Page page) {
        Learnt learnt = learn(page);
        // Early, only several lists, of which the other layouts read one; late, any runs that weigh as lists.
        if (!learnt.weighs() || (early && learnt.runs().size() < 2)) return List.of();
        List<Item> out = new ArrayList<>();
        for (Run run : learnt.runs()) {
            String table = run.table();
            // A lead-in that points at the list ("Here are this week's must-reads:") names no table, nor does the line over it.
            if (run.sentence()) table = Page.pointing(run.label()) ? null : headingAbove(page, run.labelLine());
            if (run.period() > 0) {
                out.addAll(blocks(page, run, table));
                continue;
            }
            for (int i : run.lines()) {
                Row row = row(page.text(i));
                out.add(new Item(table, row.name(), row.description(), i, i + 1, row.source()));
            }
        }
        return out.size() < MIN_ITEMS ? List.of() : out;
    }

    /**
     * A run's blocks of fields, one item each: named by the field whose values run longest (an episode's or a piece's title,
     * not its show, date or source), the last block kept when the end of the page cuts it short but still holds that field.
     */
    private static List<Item> blocks(Page page, Run run, String table) {
        List<Integer> lines = run.lines();
        int p = run.period();
        int[] words = new int[p];
        for (int k = 0; k < lines.size(); k++) words[k % p] += Page.words(fieldValue(page.text(lines.get(k))));
        int named = 0;
        for (int k = 1; k < p; k++) if (words[k] > words[named]) named = k;
        List<Item> out = new ArrayList<>();
        for (int b = 0; b + named < lines.size(); b += p) {
            int last = Math.min(b + p, lines.size()) - 1;
            out.add(new Item(table, fieldValue(page.text(lines.get(b + named))), null, lines.get(b), lines.get(last) + 1));
        }
        return out;
    }

    /** A field line's value: the words after its label's colon. */
    private static String fieldValue(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    /**
     * The number of fields in each block when the run's lines are "Label: value" fields whose labels repeat in one order, two
     * blocks or more of two fields or more ("Show:", "Episode:", "Date:", "Show:", …), else 0.
     */
    static int fieldPeriod(Page page, List<Integer> lines) {
        List<String> labels = new ArrayList<>();
        for (int i : lines) {
            String l = Page.label(page.text(i));
            if (l == null) return 0;
            labels.add(l);
        }
        for (int p = 2; p * 2 <= labels.size(); p++) {
            if (labels.size() % p != 0) continue;
            if (new java.util.HashSet<>(labels.subList(0, p)).size() != p) continue;
            boolean cycles = true;
            for (int k = p; k < labels.size() && cycles; k++) cycles = labels.get(k).equals(labels.get(k - p));
            if (cycles) return p;
        }
        return 0;
    }

    /** The heading a lead-in sentence sits under, when it is not the page's title: the section the list belongs to. */
    private static String headingAbove(Page page, int line) {
        for (int j = page.previous(line); j >= 0; j = page.previous(j)) {
            if (j == page.titleIndex()) return null;
            String t = page.text(j);
            if (page.isHeading(j) && !t.endsWith("?") && !t.endsWith("\u2026")) return Page.name(t);
        }
        return null;
    }

    /** The page's runs of one-line items under a label, learnt from its lines. */
    static Learnt learn(Page page) {
        List<Integer> text = new ArrayList<>();
        int pageWords = 0;
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            text.add(i);
            pageWords += Page.words(page.text(i));
        }
        List<Run> runs = new ArrayList<>();
        int k = 0;
        while (k < text.size()) {
            int at = text.get(k);
            String label = label(page, at);
            boolean sentence = label == null && leadInSentence(page, at);
            if (label == null && !sentence) {
                k++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            Mark mark = null;
            int j = k + 1;
            for (; j < text.size(); j++) {
                int i = text.get(j);
                String t = page.text(i);
                // The next run's label ends this run; a headline item under a bare label may look like one, so only a
                // marked label (a colon, a pictograph over unmarked items) or a shape change ends it.
                if (!items.isEmpty() && strongLabel(page, i, mark)) break;
                // A heading in capitals under a label or an item that is not: the next list's label ("ECONOMY").
                if (capitalsOver(page, i, items.isEmpty() ? at : items.get(items.size() - 1))) break;
                Mark m = mark(t);
                if (mark == null) mark = m;
                else if (m != mark) {
                    break;
                }
                if (!item(page, i, m)) break;
                items.add(i);
            }
            String named = label == null ? page.text(at) : label;
            // Blocks of fields in one order ("Show:", "Episode:", "Date:", then again): each block is one item.
            int period = fieldPeriod(page, items);
            if ((period > 0 && !FURNITURE_LABEL.find(named)) || (period == 0 && acceptable(page, named, items, MIN_SECOND_RUN))) {
                runs.add(new Run(sentence ? page.text(at) : label, sentence, at, items, mark, period));
                k = j;
            } else {
                k++;
            }
        }
        // A second run shorter than three items is kept only beside a full one.
        if (runs.stream().noneMatch(r -> r.lines().size() >= MIN_ITEMS)) runs.clear();
        int words = 0, items = 0, labelled = 0, fullWords = 0, fullItems = 0, marked = 0;
        boolean stories = false;
        boolean sourcedList = false;
        for (Run r : runs) {
            int closedBySource = 0;
            for (int i : r.lines()) if (sourced(page.text(i))) closedBySource++;
            // Items most of which close with their source ("Title (Acme Weekly)") are outside pieces listed, under a label or a
            // sentence pointing at them alike ("Here are this week's must-reads:").
            boolean sourced = r.lines().size() >= MIN_ITEMS && closedBySource * 2 > r.lines().size();
            boolean full = r.lines().size() >= MIN_ITEMS && r.label() != null && (!r.sentence() || sourced) && page.occurrences(r.label()) == 1;
            if (full && sourced) sourcedList = true;
            if (full) {
                labelled++;
                // A label naming stories, or what a digest lists ("DRIVERS", "Emerging trends"): the list is the page's matter.
                if (STORY_LABEL.find(r.label()) || LISTED_LABEL.find(r.label())) stories = true;
            }
            for (int i : r.lines()) {
                int w = Page.words(page.text(i));
                words += w;
                items++;
                if (full) {
                    fullWords += w;
                    fullItems++;
                    if (r.mark() == Mark.TIME || sourced(page.text(i))) marked++;
                }
            }
        }
        if (fullItems > 0 && marked * 2 > fullItems) stories = true;
        return new Learnt(runs, items, pageWords == 0 ? 0 : (double) words / pageWords, labelled,
                fullItems == 0 ? 0 : (double) fullWords / fullItems, stories, sourcedList);
    }

    /** The label over a run, as printed: a short line that is a heading, or closed by a colon; else null. */
    private static String label(Page page, int i) {
        String t = page.text(i);
        String bare = Page.bare(t);
        if (bare.isEmpty() || BULLET.find(t) || TIME.find(t) || Page.words(bare) > MAX_LABEL_WORDS) return null;
        if (i == page.titleIndex() || Page.caption(t)) return null;
        if (page.leadIn(i) != null) return Page.pointing(bare) ? null : t;
        // A question asks what follows, a greeting ("Hello, HR Pros!") opens a letter: neither names a list.
        return page.isHeading(i) && !bare.endsWith("?") && !bare.endsWith("!") && !SOURCE.find(bare) ? t : null;
    }

    /** A label no item is mistaken for: closed by a colon, or decorated with a pictograph over items that are not. */
    private static boolean strongLabel(Page page, int i, Mark mark) {
        String t = page.text(i);
        if (Page.words(Page.bare(t)) > MAX_LABEL_WORDS) return false;
        if (page.leadIn(i) != null) return true;
        return mark != Mark.PICTOGRAPH && PICTOGRAPH.find(t) && page.isHeading(i);
    }

    /**
     * A short heading set in capitals throughout ("ECONOMY") after an item that is not: the next list's label, told from the
     * items by its case as a decorated label is by its pictograph.
     */
    private static boolean capitalsOver(Page page, int i, int previousItem) {
        String t = Page.bare(page.text(i));
        return Page.words(t) <= MAX_CAPITALS_LABEL_WORDS && page.isHeading(i) && capitals(t) && !capitals(Page.bare(page.text(previousItem)));
    }

    /** Whether a line's letters, three or more, are all capitals. */
    private static boolean capitals(String t) {
        int letters = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c)) continue;
            if (!Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    /** A sentence closed by a colon that introduces the list under it ("Here's what you may have missed:"). */
    private static boolean leadInSentence(Page page, int i) {
        String t = page.text(i);
        return t.endsWith(":") && Page.words(t) > 3 && !BULLET.find(t) && Character.isUpperCase(t.codePointAt(0));
    }

    private static Mark mark(String t) {
        if (BULLET.find(t)) return Mark.BULLET;
        if (TIME.find(t)) return Mark.TIME;
        if (PICTOGRAPH.find(t)) return Mark.PICTOGRAPH;
        return Mark.NONE;
    }

    /** Whether a line can be one item of a run: not too long, not the page's furniture, not a thread's mark. */
    private static boolean item(Page page, int i, Mark mark) {
        String t = page.text(i);
        int words = Page.words(t);
        boolean sourced = sourced(t);
        if (words > (mark != Mark.NONE || sourced ? MAX_MARKED_ITEM_WORDS : MAX_ITEM_WORDS)) return false;
        if (i == page.titleIndex() || Page.caption(t) || THREAD_MARK.find(t) || CALL_TO_ACTION.find(t) || ASIDE.find(t.strip())) return false;
        // An unmarked line of three sentences or more is running text, not an item.
        return mark != Mark.NONE || sourced || sentences(t) < 3;
    }

    /** Whether the items under this label are a list of stories: enough of them, not a menu, not contents, not prose. */
    private static boolean acceptable(Page page, String label, List<Integer> items, int min) {
        if (items.size() < min) return false;
        if (FURNITURE_LABEL.find(label)) return false;
        int words = 0, firstPerson = 0, repeated = 0, long3 = 0, plainSentences = 0;
        String title = page.title();
        for (int i : items) {
            String t = page.text(i);
            words += Page.words(t);
            if (FIRST_PERSON.find(t)) firstPerson++;
            String name = strip(t);
            // The page's contents: items that the page prints again (its title, a heading further down).
            if (page.occurrences(t) > 1 || (title != null && Page.bare(name).equalsIgnoreCase(title)) || printedElsewhere(page, i, name)) repeated++;
            if (sentences(t) >= 3) long3++;
            // A line with no mark and no source that ends as a sentence does is running text more often than an item.
            // (A title and its gloss after a dash is an item however its gloss ends.)
            if (mark(t) == Mark.NONE && !sourced(t) && ENDS_STATEMENT.matcher(t).matches()
                    && !DASHED.matcher(READING_TIME.matcher(t).replaceAll("")).matches()) plainSentences++;
        }
        // Siblings: most items open with a capital (a thread's lines run on in lower case) and are of like length (a thread
        // alternates a name line and a post).
        int capital = 0, alike = 0;
        List<Integer> lengths = new ArrayList<>();
        for (int i : items) lengths.add(Page.words(strip(page.text(i))));
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2);
        for (int k = 0; k < items.size(); k++) {
            String n = strip(page.text(items.get(k)));
            if (!n.isEmpty() && !Character.isLowerCase(n.codePointAt(0))) capital++;
            if (lengths.get(k) * 2.5 >= median && lengths.get(k) <= median * 2.5) alike++;
        }
        if (capital * 3 < items.size() * 2 || alike * 4 < items.size() * 3) return false;
        double mean = (double) words / items.size();
        if (mean < MIN_MEAN_WORDS || mean > MAX_MEAN_WORDS) return false;
        if (repeated * 2 >= items.size()) return false;
        if (firstPerson * 2 > items.size()) return false;
        // Sentences of their own, long ones, one per line: a letter's paragraphs, not a list (short ones are a list's points).
        if (plainSentences * 2 > items.size() && mean > 15) return false;
        // A short run (a second list beside a full one) of unmarked lines that end as statements of more than 15 words is an
        // introduction's paragraphs under a caption, whatever dash one of them holds.
        if (items.size() < MIN_ITEMS && items.stream().allMatch(i -> mark(page.text(i)) == Mark.NONE && !sourced(page.text(i))
                && ENDS_STATEMENT.matcher(page.text(i)).matches() && Page.words(page.text(i)) > 15)) return false;
        return long3 * 2 < items.size();
    }

    /** Whether another line of the page starts with this item's words (a contents line and the section it names). */
    private static boolean printedElsewhere(Page page, int line, String name) {
        if (Page.words(name) < 3) return false;
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            if (i == line) continue;
            String t = Page.bare(page.text(i)).toLowerCase(Locale.ROOT);
            if (t.startsWith(n) || (t.startsWith("inside: ") && t.substring(8).startsWith(n))) return true;
        }
        return false;
    }

    private static int sentences(String t) {
        return SENTENCE_BREAK.split(t.strip()).length;
    }

    /** An item's text without its bullet, number, time or pictograph. */
    static String strip(String t) {
        String s = t.strip();
        for (int k = 0; k < 3; k++) {
            String before = s;
            s = BULLET.matcher(s).replaceFirst("");
            s = TIME.matcher(s).replaceFirst("");
            s = PICTOGRAPH.matcher(s).replaceFirst("");
            if (s.equals(before)) break;
        }
        return s.strip();
    }

    /** Whether a line closes with its source: "(Acme Weekly)", "via Acme Weekly". */
    private static boolean sourced(String t) {
        return SOURCE.find(t) || VIA_SOURCE.find(t);
    }

    /**
     * Whether an item's line closes with a publication's name in parentheses: "Title (Acme Weekly)", not a hat tip "(Ann for
     * Bo)" nor a gloss.
     */
    static boolean closesWithSource(String line) {
        Matcher m = SOURCE.matcher(READING_TIME.matcher(strip(line)).replaceAll(""));
        return m.find() && PUBLICATION_NAME.matches(m.group(1).strip());
    }

    /** A publication's name: capitalised words, with "of", "the", "and", "&" between them ("Journal of Work", "Acme Inc."). */
    private static final Search PUBLICATION_NAME = Search.compile("^\\p{Lu}[\\p{L}\\d.&'\u2019-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{L}\\d.&'\u2019-]*))*$");

    /** One row from one line: its name, its description and the source it closes with. */
    record Row(String name, String description, String source) {}

    /**
     * Reads one item: the source in parentheses it closes with and a reading time are not its name; a spaced dash or a short
     * run-in label splits a name from its gloss; "Name (gloss in lower case)" glosses the name; else, a title followed by the
     * writer's sentences is named by the title (the first sentence, when the rest does not read as the title's own words).
     */
    static Row row(String line) {
        String s = READING_TIME.matcher(strip(line)).replaceAll("");
        String source = null;
        Matcher src = SOURCE.matcher(s);
        if (src.find() && src.start() > 0) {
            source = src.group(1).strip();
            s = s.substring(0, src.start()).strip();
        } else {
            Matcher via = VIA_SOURCE.matcher(s);
            if (via.find() && via.start() > 0) {
                source = via.group(1).strip();
                s = s.substring(0, via.start()).strip();
                Matcher quoted = WRAPPING_QUOTES.matcher(s);
                if (quoted.matches()) s = quoted.group(1).strip();
            }
        }
        Matcher dashed = DASHED.matcher(s);
        // A headline closed by its source and in title case throughout keeps its dash: "Depot Schools — the Fix for the Forklift Gap (Acme)"
        // is one title with its subtitle, not a name and a gloss.
        boolean citedTitle = source != null && titleCase(s);
        if (!citedTitle && dashed.matches() && Page.words(dashed.group(1)) <= 16 && !dashed.group(1).contains(". ")) {
            return new Row(closed(dashed.group(1), true), dashed.group(2).strip(), source);
        }
        Matcher runIn = RUN_IN.matcher(s);
        if (source == null && runIn.matches() && Page.words(runIn.group(1)) <= 6 && Page.words(runIn.group(2)) >= 3
                && ENDS_SENTENCE.matcher(runIn.group(2)).matches()) {
            return new Row(runIn.group(1).strip(), runIn.group(2).strip(), source);
        }
        Matcher glossed = GLOSSED.matcher(s);
        if (glossed.matches() && source == null) return new Row(glossed.group(1).strip(), glossed.group(2).strip(), null);
        String[] parts = SENTENCE_BREAK.split(s, 2);
        if (parts.length == 2 && !titleCase(parts[1]) && Page.words(parts[0]) <= 20) {
            int cut = s.length() - parts[1].length();
            String first = s.substring(0, cut).strip();
            return new Row(closed(first, source != null || titleCase(first)), parts[1].strip(), source);
        }
        return new Row(closed(s, source != null || titleCase(s)), null, source);
    }

    /** A title without the full stop that closes it (a question or an exclamation mark stays). */
    private static String closed(String name, boolean title) {
        String n = name.strip();
        return title && n.endsWith(".") && !n.endsWith("..") ? n.substring(0, n.length() - 1).strip() : n;
    }

    /** Whether most of the words of four letters or more are capitalised, as a headline's are. */
    static boolean titleCase(String s) {
        int long_ = 0, caps = 0;
        for (String w : SPACES.split(s)) {
            String l = LEADING_NON_WORD.matcher(w).replaceAll("");
            if (l.length() < 4) continue;
            long_++;
            if (Character.isUpperCase(l.codePointAt(0))) caps++;
        }
        return long_ >= 2 && caps * 4 >= long_ * 3;
    }
}
