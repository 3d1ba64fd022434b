package org.workgraph.loader.model;

import java.time.LocalDate;

/**
 * One response on a page.
 *
 * @param position    1-based order on the page over all responses
 * @param label       the number the page gives it ("3"), or null
 * @param kind        comment, reply, pingback or reblog
 * @param writer      the writer's name as the page gives it, or null when the text does not say
 * @param replyTo     the position of the response it answers, or null when it answers the post
 * @param date        the date the page gives it, or null
 * @param text        its text, whitespace normalised
 * @param sourceTitle for pingbacks and reblogs: the linking post's title, or null
 * @param sourceSite  for pingbacks and reblogs: the linking site, or null
 * @param line        the 1-based line of the source file where it starts
 * @param head        what its head says of its writer besides the name and date, or null: the line of who they are
 *                    under a name ("Leeds, teacher at Acme School"), a real name in brackets after a handle. Not part
 *                    of the text, yet the page names whom it names there.
 */
public record Response(int position, String label, ResponseKind kind, String writer, Integer replyTo,
                       LocalDate date, String text, String sourceTitle, String sourceSite, int line, String head) {

    /** A response whose head says nothing beyond its writer's name and date. */
    public Response(int position, String label, ResponseKind kind, String writer, Integer replyTo,
                    LocalDate date, String text, String sourceTitle, String sourceSite, int line) {
        this(position, label, kind, writer, replyTo, date, text, sourceTitle, sourceSite, line, null);
    }
}
