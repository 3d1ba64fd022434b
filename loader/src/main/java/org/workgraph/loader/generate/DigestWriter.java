package org.workgraph.loader.generate;

import java.util.SplittableRandom;

/**
 * Writes one futures digest: a site heading, the summarised article's title, headed sections, a summary
 * that names the article's author, and up to five tables of varying length whose rows run their columns
 * together the way digest exports do (a title-case name, then one sentence per text column).
 */
final class DigestWriter {
    private static final String[] TABLES = {"Signals", "Concerns", "Behaviors", "Technologies", "Issues"};
    private static final String[] TREND = {"Growth", "Decline", "Rise", "Spread", "Erosion", "Return", "Limits", "Costs"};
    private static final String[] QUALITY = {"Shared", "Portable", "Local", "Remote", "Flexible", "Automated", "Cooperative",
            "Public", "Informal", "Hybrid", "Open", "Seasonal"};
    private static final String[] THING = {"Benefit Funds", "Scheduling Tools", "Skills Records", "Training Budgets",
            "Care Networks", "Rating Systems", "Pay Agreements", "Learning Circles", "Dispatch Software", "Work Contracts",
            "Hiring Platforms", "Mentoring Schemes", "Worker Councils", "Office Space"};
    /** Capitalised openers: a sentence-case description starting with one is easy to tell from the title-case name. */
    private static final String[] OPENERS = {"Many", "More", "Some", "Most", "The"};
    private static final String[] SUBJECTS = {"employers", "unions", "cooperatives", "city councils", "freelancers",
            "small firms", "hospitals", "schools", "delivery riders", "care workers"};
    private static final String[] VERBS = {"experimenting with", "quietly dropping", "paying for", "negotiating over",
            "building their own", "asking for"};
    private static final String[] PRESSURES = {"costs of living", "staff shortages", "cheap software", "public scrutiny",
            "pressure from insurers", "demand for flexibility"};

    private final Cast cast;

    DigestWriter(Cast cast) {
        this.cast = cast;
    }

    String write(SplittableRandom r, int index, Tally tally) {
        String topic = Prose.topic(r);
        String article = Prose.title(r, topic);
        Cast.Person author = cast.anyone(r);
        StringBuilder b = new StringBuilder(4096);
        b.append("Futures\n\n").append(article).append(", (from page 2025").append(String.format("%04d", index % 10000))
                .append((char) ('a' + r.nextInt(4))).append(".)\n\n");
        b.append("External link\n\nKeywords\n\n").append(Prose.topic(r)).append(", ").append(Prose.topic(r)).append("\n\n");
        b.append("Themes\n\nOther\n\nSummary\n\n");
        b.append(author.full()).append(" argues that ").append(topic).append(" is changing faster than the rules around it. ")
                .append(Prose.paragraph(r, topic, 3 + r.nextInt(3))).append("\n\n");
        boolean any = false;
        for (int t = 0; t < TABLES.length; t++) {
            boolean include = t == 0 ? r.nextInt(20) != 0 : r.nextInt(4) != 0;
            if (!include && !(t == TABLES.length - 1 && !any)) continue;
            any = true;
            int rows = 1 + PostWriter.longTail(r, 1.3, 14);
            b.append(TABLES[t]).append("\n\n");
            b.append(t == 0 ? "name description change 10-year driving-force relevancy" : "name description").append('\n');
            for (int i = 0; i < rows; i++) {
                b.append(name(r)).append(' ').append(description(r));
                if (t == 0) {
                    b.append(" Work is moving from ").append(Cast.pick(r, SUBJECTS)).append(" acting alone toward shared arrangements.")
                            .append(" Within ten years ").append(Prose.topic(r)).append(" will be ordinary for ").append(Cast.pick(r, SUBJECTS)).append('.')
                            .append(" Rising ").append(Cast.pick(r, PRESSURES)).append(" pushes people to try new arrangements.")
                            .append(' ').append(1 + r.nextInt(5));
                }
                b.append('\n');
                tally.signals++;
            }
            b.append('\n');
        }
        tally.digests++;
        return b.toString();
    }

    private static String name(SplittableRandom r) {
        return Cast.pick(r, TREND) + " of " + Cast.pick(r, QUALITY) + " " + Cast.pick(r, THING);
    }

    private static String description(SplittableRandom r) {
        return Cast.pick(r, OPENERS) + " " + Cast.pick(r, SUBJECTS) + " are " + Cast.pick(r, VERBS) + " " + Prose.topic(r) + ".";
    }
}
