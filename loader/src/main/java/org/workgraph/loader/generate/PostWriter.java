package org.workgraph.loader.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one blog post page: title, byline, body, and a thread laid out the way blog exports show it
 * (numbered comments, bulleted replies indented under what they answer, then reblogs and pingbacks).
 * Comment counts follow a long tail: most posts have a handful, a few have a hundred or more.
 */
final class PostWriter {
    private static final DateTimeFormatter BYLINE_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final String[] CATEGORIES = {"Future of Work", "Workplace", "Learning", "Management", "Technology",
            "Skills", "Policy", "Organisations", "Labour Markets", "Leadership"};
    private static final int MAX_COMMENTS = 400;

    private final Cast cast;

    PostWriter(Cast cast) {
        this.cast = cast;
    }

    String write(SplittableRandom r, Tally tally) {
        Cast.Site site = cast.site(r);
        Cast.Person author = site.owner();
        String topic = Prose.topic(r);
        String title = Prose.title(r, topic);
        StringBuilder thread = new StringBuilder();
        int responses = thread(r, author, thread, tally);

        StringBuilder b = new StringBuilder(4096);
        b.append(title).append("\n\n");
        LocalDate date = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6000));
        b.append("Posted by ").append(author.full()).append(" on ").append(BYLINE_DATE.format(date)).append(" in ")
                .append(Cast.pick(r, CATEGORIES));
        if (r.nextBoolean()) b.append(", ").append(Cast.pick(r, CATEGORIES));
        b.append(" | ").append(responses == 0 ? "No Comments" : responses + (responses == 1 ? " Comment" : " Comments")).append("\n\n");
        int paragraphs = 3 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            b.append(Prose.paragraph(r, topic, 3 + r.nextInt(3)));
            if (r.nextInt(8) == 0) {
                // People recur across posts and sites: the body cites someone from elsewhere in the network.
                b.append(' ').append(cast.anyone(r).full()).append(" has written about ").append(Prose.topic(r)).append(" before.");
            }
            b.append("\n\n");
        }
        if (responses > 0) {
            b.append(responses).append(responses == 1 ? " Response" : " Responses").append(" to \u201C").append(title).append("\u201D\n\n");
            b.append(thread);
        }
        b.append("Leave a Reply\n");
        tally.blogPosts++;
        return b.toString();
    }

    /** Appends the thread; returns how many responses it holds. */
    private int thread(SplittableRandom r, Cast.Person author, StringBuilder b, Tally tally) {
        int responses = 0;
        int comments = r.nextInt(4) == 0 ? 0 : longTail(r, 1.3, MAX_COMMENTS);
        for (int c = 1; c <= comments; c++) {
            Cast.Person writer = someoneBut(r, author);
            header(b, 2, c + ". ", writer, r);
            body(b, 4, r, null);
            tally.comments++;
            responses++;
            int replies = r.nextInt(10) < 3 ? 1 + r.nextInt(2) : 0;
            for (int k = 0; k < replies; k++) {
                Cast.Person replier = r.nextBoolean() ? author : someoneBut(r, writer);
                header(b, 4, "\u2022 ", replier, r);
                body(b, 6, r, writer);
                tally.replies++;
                responses++;
                if (r.nextInt(10) < 3) {
                    Cast.Person third = someoneBut(r, replier);
                    header(b, 6, "\u2022 ", third, r);
                    body(b, 8, r, replier);
                    tally.replies++;
                    tally.deepReplies++;
                    responses++;
                }
            }
        }
        if (r.nextInt(20) == 0) {
            b.append("Reblogged this on ").append(cast.site(r).name()).append("\n");
            tally.reblogs++;
            responses++;
        }
        int pingbacks = r.nextInt(10) < 3 ? longTail(r, 1.5, 60) : 0;
        for (int p = 0; p < pingbacks; p++) {
            b.append("Pingback: ").append(Prose.title(r, Prose.topic(r))).append(" | ").append(cast.site(r).name()).append("\n");
            tally.pingbacks++;
            responses++;
        }
        if (pingbacks > 0 || responses > comments) b.append("\n");
        return responses;
    }

    private void header(StringBuilder b, int indent, String marker, Cast.Person writer, SplittableRandom r) {
        b.append(" ".repeat(indent)).append(marker).append(writer.full());
        if (r.nextInt(5) == 0) {
            b.append(" | ").append(BYLINE_DATE.format(LocalDate.of(2010, 1, 1).plusDays(r.nextInt(5000))));
        }
        b.append("\n\n");
    }

    /** One to three paragraphs; a reply may thank the writer it answers by first name. */
    private static void body(StringBuilder b, int indent, SplittableRandom r, Cast.Person answering) {
        int paragraphs = 1 + (r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0);
        String topic = Prose.topic(r);
        for (int p = 0; p < paragraphs; p++) {
            b.append(" ".repeat(indent));
            if (p == 0 && answering != null && r.nextBoolean()) b.append("Thanks, ").append(answering.first()).append(". ");
            b.append(Prose.paragraph(r, topic, 1 + r.nextInt(3))).append("\n\n");
        }
    }

    private Cast.Person someoneBut(SplittableRandom r, Cast.Person not) {
        Cast.Person p = cast.anyone(r);
        while (p.equals(not)) p = cast.anyone(r);
        return p;
    }

    /** A Pareto-distributed count, at least 1: most draws are small, a few are large. */
    static int longTail(SplittableRandom r, double alpha, int max) {
        double u = r.nextDouble();
        return (int) Math.min(max, Math.floor(1 / Math.pow(1 - u, 1 / alpha)));
    }
}
