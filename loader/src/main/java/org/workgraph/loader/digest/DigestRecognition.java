package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Decides whether a page is a digest by weighing cues that many sites share, not by one cue word in its title. Strong cues
 * (weight 3, enough alone once a layout reads rows): a column table, a word naming what a digest lists (signals, trends,
 * drivers …) in the title, the rows' heading or lead-in, or a short line among the rows, a recurring field label that names
 * it ("The trend:"), a title counting things to come, a layout that names its own kind (dated stories). Weaker cues add up:
 * an introduction announcing what follows ("several trends likely to go mainstream", "the forces reshaping work") 2; a
 * field label that analyses each item ("Why it matters:", "What this means:") 2 when it recurs, 1 once; a newsletter
 * issue's form ("this week", "this edition") 1, the rows' heading decorated with a pictograph as a newsletter's sections are 1; rows most of which state a change or a forecast (will, could, rise,
 * increase, shift …) 1; a cue word in some other heading 1. Against: a title that counts points rather than things to come
 * ("Top 10 reasons", "7 tips", "five levels") -3, rows most of which give advice ("How to …", "Don't …") -2.
 */
final class DigestRecognition {
    /** How far into the page its introduction is looked for, in lines with text. */
    private static final int INTRO_LINES = 15;
    /** What a digest's introduction announces: trends, shifts, forces, developments, signals, forecasts, headlines, updates. */
    private static final Search ANNOUNCED = Search.compile(
            "(?i)\\b(?:(?:mega)?trends|shifts|forces|developments|signals|predictions|forecasts|headlines|updates|disruptions"
            // what a curated list gives: "here is my Sunday reading", "the seven stories we picked", "this week's links"
            + "|reading|reads|links|stories|articles|picks)\\b");
    /**
     * Words that make a sentence with such a noun announce them: a count or a quantifier ("five trends", "several", "the
     * following", "here are", "top", "key", "major"), or what the items will do ("likely to", "will", "to watch", "shaping",
     * "defining", "reshape", "transform").
     */
    private static final Search ANNOUNCER = Search.compile(
            "(?i)\\b(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|these|following|below|here (?:are|is)|here's|top|key|major"
            + "|biggest|main|emerging|will|likely|to watch|expect(?:ed)?|shaping|defining|reshap\\w*|transform\\w*)\\b");
    /** A newsletter issue speaks of itself: "this week", "this edition", "this issue", "last week", "week of", "this month". */
    private static final Search ISSUE = Search.compile(
            "(?i)\\b(?:this|last|past) (?:week|edition|issue|month|january|february|march|april|may|june|july|august|september|october|november|december)"
            + "(?:'s|\u2019s)?\\b|\\bweek of\\b|\\b(?:issue|edition) of (?:our|the|this)\\b");
    /** A head line that names the issue or edition it is, and little else: "North American Edition", "Issue #49", "Edition 12". */
    private static final Search EDITION_LINE = Search.compile("(?i)^(?:\\p{L}+\\s+){0,2}(?:edition|issue)(?:\\s+(?:#|no\\.?\\s*)?\\d{1,4})?$|^(?i:issue|edition)\\s+(?:#|no\\.?\\s*)?\\d{1,4}\\b");
    /** An issue that names itself so: "this edition", "this issue", "13th issue of our newsletter". */
    private static final Search EDITION = Search.compile("(?i)\\b(?:edition|issue)\\b");
    /** A field that analyses each item: "Why it matters:", "Why this matters at work:", "What this means:", "Implications:". */
    private static final Search ANALYSIS = Search.compile(
            "^(?i:why (?:it|this) matters|what (?:it|this) means|implications?|the details|the takeaway|the impact|so what)\\b[^:.!?]{0,30}:");
    /** A field label that names the row as a trend or a signal: "The trend:", "Signal:", "Driver:". */
    private static final Search CUE_LABEL = Search.compile(
            "^(?i:(?:the |weak |change )?(?:signal|trend|megatrend|driver|forecast|prediction|development))\\s*:\\s*\\S");
    /**
     * A title that counts points, not things to come: "Top 10 reasons to work from home", "7 tips", "The five levels of
     * remote work", "5 ways", "3 lessons". A listicle of points is a post though its items are parallel.
     */
    private static final Search POINTS = Search.compile(
            "(?i)\\b(?:reasons?|tips|ways|steps|mistakes|lessons|levels|rules|habits|questions|myths|secrets|hacks|ideas|things (?:i|we|you)|signs)\\b");
    /** A row that states a change or a forecast. */
    private static final Search CHANGE = Search.compile(
            "(?i)\\b(?:will|could|would|likely|expect\\w*|ris(?:e|es|ing)|grow\\w*|increas\\w*|declin\\w*|shift\\w*|drop\\w*|surg\\w*|fall(?:s|ing)?"
            + "|emerg\\w*|more and more|fewer|replac\\w*|adopt\\w*|moving|reshap\\w*|transform\\w*|mainstream|slow\\w*|boom\\w*)\\b");
    /**
     * A comment thread's count line, "4 Comments", "12 Responses to “…”", "16 thoughts on “…”": the page is a post and its
     * comments, whose parallel blocks are responses, not rows.
     */
    private static final Search THREAD_COUNT = Search.compile("^(?i:\\d{1,4}\\s+(?:comments?|responses?|replies|thoughts)\\b|one (?:comment|response|reply|thought)\\b)");
    /** A title that names a pick of reading: "The top 10 articles of 2023", "The Best Articles in Work", "5 must-read links". */
    private static final Search READING_TITLE = Search.compile(
            "(?i)\\b(?:top|best|must[- ]reads?|favou?rite|\\d{1,2})\\b.*\\b(?:articles|reads|links|stories|headlines|picks)\\b");
    /** How far into the page a newsletter's "this week" is looked for (its title, its greeting or first line), in lines with text. */
    private static final int ISSUE_HEAD_LINES = 3;
    /** A pictograph opening a heading. */
    private static final Search DECORATED = Search.compile("^[\\p{So}\\p{Cs}\\p{Co}]");
    /** A row that gives advice: "How to …", "Don't …", "Why you should …". */
    private static final Search ADVICE = Search.compile("^(?i:how to|don'?t|do not|never|always|make sure|try|avoid|why you|you should)\\b");

    private final List<DigestLayout> layouts;

    DigestRecognition(List<DigestLayout> layouts) {
        this.layouts = layouts;
    }

    KindEvidence decide(List<Line> lines) {
        if (ColumnTables.present(lines)) return COLUMN_TABLE;
        return weigh(new Page(lines));
    }

    /** The same decision on a page already built, which the digest parser then reads without building it again. */
    KindEvidence decide(Page page) {
        if (ColumnTables.present(page.lines())) return COLUMN_TABLE;
        return weigh(page);
    }

    private static final KindEvidence COLUMN_TABLE = new KindEvidence(true, 0, 3, List.of("+3 a column table under a 'name description' header"));

    private KindEvidence weigh(Page page) {
        List<String> cues = new ArrayList<>();
        int score = 0;
        boolean strong = false;
        String title = page.title();
        if (page.titleCountsForecasts()) {
            score += weigh(cues, 3, "the title counts things to come", title);
            strong = true;
        }
        if (title != null && Page.hasCue(title)) {
            score += weigh(cues, 3, "the title names what a digest lists", title);
            strong = true;
        }
        // "Weekly roundup" over the title: the label of the page's kind, skipped as no title, still says what the page is.
        else if (page.kindLabel() != null && Page.hasCue(page.kindLabel())) {
            score += weigh(cues, 3, "the label over the title names what a digest lists", page.kindLabel());
            strong = true;
        }
        // The item the page repeats, learnt from its own lines (a headline, its source, a paragraph; a date, a headline, a teaser).
        ItemShape.Learnt shape = page.itemShape();
        // The page's lines with text, once: labels, the introduction, headings with a cue word.
        int analysis = 0, cueLabels = 0;
        String analysisLine = null, cueLabelLine = null, issue = null, threadCount = null;
        int announcingAt = -1;
        List<Integer> cueHeadings = new ArrayList<>();
        int seen = 0;
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1), seen++) {
            String t = page.text(i);
            if (ANALYSIS.find(t)) {
                analysis++;
                if (analysisLine == null) analysisLine = t;
            }
            if (CUE_LABEL.find(t)) {
                cueLabels++;
                if (cueLabelLine == null) cueLabelLine = t;
            }
            if (i != page.titleIndex() && (page.isHeading(i) || page.leadIn(i) != null) && Page.hasCue(t)) cueHeadings.add(i);
            if (threadCount == null && THREAD_COUNT.find(t)) threadCount = t;
            if (seen < INTRO_LINES && announcingAt < 0 && page.isProse(i) && announcing(t) != null) announcingAt = i;
            // "This week", "last week's" in the title, a heading or the first lines; "this edition", "issue of our …" anywhere in the introduction.
            boolean head = seen < ISSUE_HEAD_LINES || page.isHeading(i) || page.leadIn(i) != null;
            if (issue == null && seen < INTRO_LINES && ISSUE.find(t) && (head || EDITION.find(t))) issue = t;
            // A head line that names the edition it is ("North American Edition", "Issue #49").
            if (issue == null && seen < INTRO_LINES && Page.words(t) <= 4 && EDITION_LINE.find(t)) issue = t;
        }
        if (cueLabels >= 2) {
            score += weigh(cues, 3, "a recurring field label names what a digest lists", cueLabelLine);
            strong = true;
        }
        if (analysis > 0) score += weigh(cues, analysis >= 2 ? 2 : 1, analysis >= 2 ? "a recurring field analyses each item" : "a field analyses an item", analysisLine);
        if (issue != null) score += weigh(cues, 1, "a newsletter issue's form", issue);
        // An issue dated at its head ("North American Edition" over "13th May 2030"): a newsletter's, not a post's sections.
        if (issue != null && shape.repeats()) {
            String dated = null;
            int firstItem = shape.items().get(0).start();
            for (int i = page.next(0), k = 0; i < firstItem && k < INTRO_LINES && dated == null; i = page.next(i + 1), k++) {
                if (ItemShape.dateOnly(page.text(i))) dated = page.text(i);
            }
            if (dated != null) score += weigh(cues, 1, "a dated issue", dated);
        }
        // "Links for 2031-01-02", "Our Weekend Reads #3", "The Reading List": a link blog's or a reading list's own name for it.
        if (LinkTitle.names(title)) {
            score += weigh(cues, 3, "the title names a list of links or reads", title);
            strong = true;
        } else if (title != null && READING_TITLE.find(title)) score += weigh(cues, 1, "the title names a pick of reading", title);
        if (title != null && page.announcedCount() >= 2 && POINTS.find(title)) score += weigh(cues, -3, "the title counts points", title);
        if (threadCount != null) score += weigh(cues, -3, "a comment thread's count line", threadCount);
        // The rhythm of the items' opening lines, learnt first: where it reads the items, their openers tell instructions.
        ItemRhythm.Learnt rhythm = page.itemRhythm();
        if (shape.repeats()) score += shapeCues(shape, rhythm, cues);
        // The rhythm of the items' opening lines, learnt from the page: a strong one whose items report on others.
        if (rhythm.strong() && rhythm.thirdPerson()) {
            score += weigh(cues, 2, "items open alike at a regular spacing and report in the third person", rhythm.describe());
            int carried = rhythm.carried();
            if (carried * 2 > rhythm.items().size()) score += weigh(cues, 1, "most items carry a source, a byline or a date line of their own", carried + " of " + rhythm.items().size());
        } else if (rhythm.repeats()) {
            weigh(cues, 0, "items open alike", rhythm.describe());
        }

        // Lists of one-line items, each under the label that names it ("The stories this week", "Topics covered:").
        LabelledRuns.Learnt runs = LabelledRuns.learn(page);
        if (runs.present()) score += runCues(runs, cues);

        boolean cheap = strong || !cueHeadings.isEmpty() || score > 0 || announcingAt >= 0 || shape.repeats() || rhythm.repeats() || runs.weighs();
        SignalDigest digest = null;
        DigestLayout reader = null;
        for (DigestLayout layout : layouts) {
            // Cheap: a page with no cue at all is read only by a layout that names its own kind.
            if (!cheap && !layout.namesItsKind()) continue;
            Optional<SignalDigest> d = layout.read(new Source("page", ""), page, w -> {});
            if (d.isPresent()) {
                digest = d.get();
                reader = layout;
                break;
            }
        }
        if (digest == null) return new KindEvidence(false, 0, score, cues);
        List<SignalRow> rows = digest.rows();
        // Which layout read the rows: kg inspect shows it, so a misread page says where to look.
        weigh(cues, 0, "rows read by", reader.getClass().getSimpleName());
        // The introduction: what the page says before its first row.
        if (announcingAt >= 0 && page.lines().get(announcingAt).number() < rows.get(0).line()) {
            score += weigh(cues, 2, "the introduction announces what follows", announcing(page.text(announcingAt)));
        }
        if (reader.namesItsKind()) score += weigh(cues, 3, "a layout that names its own kind", reader.getClass().getSimpleName());
        // A cue word in the heading the rows sit under (their table, or their lead-in), or on a short line among them.
        Set<Integer> names = new HashSet<>();
        for (SignalRow row : rows) names.add(row.line());
        String rowsCue = null;
        for (SignalRow row : rows) if (rowsCue == null && !Page.hasCue(title) && Page.hasCue(row.heading())) rowsCue = row.heading();
        int first = rows.get(0).line();
        String cueLine = null;
        for (int i : cueHeadings) {
            int number = page.lines().get(i).number();
            if (number > first && !names.contains(number) && Page.words(page.text(i)) <= 6) {
                cueLine = page.text(i);
                break;
            }
        }
        if (rowsCue != null) score += weigh(cues, 3, "the rows' heading names what a digest lists", rowsCue);
        else if (cueLine != null) {
            // Rows read only from a bare repeated shape (a headline over a paragraph, as a post's sections are printed) make a
            // cue word on a short line among them weak: it is as often a sign-up box ("Daily Newsletter") as the list's name.
            boolean bare = reader instanceof ShapedItems && !shape.sourcedItems() && !shape.datedItems();
            score += weigh(cues, bare ? 1 : 3, "a short line among the rows names what a digest lists", cueLine);
        }
        else if (!cueHeadings.isEmpty() && (title == null || !Page.hasCue(title))) score += weigh(cues, 1, "another heading names what a digest lists", page.text(cueHeadings.get(0)));
        // A newsletter decorates its section headings with a pictograph ("📊 Job tracker"): the rows' heading printed so.
        Set<String> headings = new HashSet<>();
        for (SignalRow row : rows) if (row.heading() != null) headings.add(row.heading());
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            if (DECORATED.matcher(t).lookingAt() && headings.contains(Page.bare(t))) {
                score += weigh(cues, 1, "the rows' heading is decorated as a newsletter's section", t);
                break;
            }
        }
        int changes = 0, advice = 0;
        for (SignalRow row : rows) {
            if (CHANGE.find(row.text())) changes++;
            if (ADVICE.find(row.name())) advice++;
        }
        if (rows.size() >= 2 && changes * 5 >= rows.size() * 3) score += weigh(cues, 1, "most rows state a change or a forecast", changes + " of " + rows.size());
        if (advice * 2 > rows.size()) score += weigh(cues, -2, "most rows give advice", advice + " of " + rows.size());
        return new KindEvidence(score >= KindEvidence.THRESHOLD, rows.size(), score, cues);
    }

    /**
     * What the item shape the page repeats says: +1 that it repeats over most of the page (a post's sections do too); +2 when
     * most items name an outside source, +2 when most carry their own date (what a digest's items do and a post's sections
     * do not); -2 when most items are instructions (an imperative name, a numbered step), as a how-to's or a listicle's are.
     */
    private static int shapeCues(ItemShape.Learnt shape, ItemRhythm.Learnt rhythm, List<String> cues) {
        int n = shape.items().size();
        int score = weigh(cues, 1, "items of one shape repeat over most of the page",
                shape.pattern() + " x" + n + ", " + Math.round(shape.coverage() * 100) + "% of the text");
        if (shape.sourcedItems()) score += weigh(cues, 2, "most items name an outside source", shape.sourced() + " of " + n);
        if (shape.datedItems()) score += weigh(cues, 2, "most items carry their own date", shape.dated() + " of " + n);
        // Instructions are told on the items the rhythm reads when it reads them (its openers without a link word run into
        // them, "Read moreOakland …"), else on the shape's.
        int instructions = rhythm.repeats() ? Instructions.count(rhythm.openers()) : Instructions.count(shape);
        if (rhythm.repeats()) n = rhythm.items().size();
        if (instructions * 2 > n) score += weigh(cues, -2, "most items are instructions (an imperative, a numbered step)", instructions + " of " + n);
        return score;
    }

    /**
     * What the page's runs of one-line items under a label say ({@link LabelledRuns}): +2 when they weigh as lists of stories
     * (two full labelled lists, or one that names stories or carries their times or sources and holds a quarter of the page),
     * +1 more for a second full labelled list. Runs that do not weigh are recorded with weight 0.
     */
    private static int runCues(LabelledRuns.Learnt runs, List<String> cues) {
        if (!runs.weighs()) {
            weigh(cues, 0, "one-line items run under a label", runs.describe());
            return 0;
        }
        int score = weigh(cues, 2, "one-line items of one shape run under a label", runs.describe());
        if (runs.labelled() >= 2) score += weigh(cues, 1, "several lists, each under its own label", runs.labelled() + " labels");
        return score;
    }

    /** The sentence of an introduction's line that announces items, or null. */
    private static String announcing(String line) {
        for (String sentence : line.split("(?<=[.!?])\\s+")) {
            Matcher noun = ANNOUNCED.matcher(sentence);
            if (noun.find() && ANNOUNCER.find(sentence)) return sentence;
        }
        return null;
    }

    private static int weigh(List<String> cues, int weight, String cue, String text) {
        String t = text == null ? "" : text.length() <= 80 ? text : text.substring(0, 77) + "...";
        cues.add((weight > 0 ? "+" : "") + weight + " " + cue + (t.isEmpty() ? "" : ": '" + t + "'"));
        return weight;
    }
}
