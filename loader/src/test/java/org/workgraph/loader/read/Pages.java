package org.workgraph.loader.read;

import java.util.List;

/** One small thread (invented people and text) in the markups of common blog systems, for the readers' tests. */
final class Pages {
    static final String A = "Our depot writes the handover on a whiteboard and photographs it.";
    static final String B = "A photograph cannot be searched next week, though.";
    static final String C = "We print a template and leave the blanks for the crew to fill.";

    private Pages() {}

    /** Which markups nest replies; the others show a flat thread. */
    static boolean nests(String markup) {
        return List.of("mf2", "mf2-reply", "jsonld", "drupal", "disqus", "wpcom").contains(markup);
    }

    static List<String> expected(String markup) {
        // Disqus's server-rendered fallback (noscript) prints no dates at all: none is read, none invented.
        boolean dated = !markup.equals("disqus-noscript");
        String d1 = dated ? "2022-01-10" : "null", d2 = dated ? "2022-01-11" : "null", d3 = dated ? "2022-01-12" : "null";
        return List.of("1 COMMENT ^null Wendeline Osei-Brandt " + d1 + " " + A,
                nests(markup) ? "2 REPLY ^1 Anselm Vukovic-Rhee " + d2 + " " + B : "2 COMMENT ^null Anselm Vukovic-Rhee " + d2 + " " + B,
                "3 COMMENT ^null Liesl Okonkwo-Dahl " + d3 + " " + C);
    }

    static String page(String markup) {
        String head = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Closing the loop on handovers | Depot Days</title></head><body>";
        String post = "<h1 class='entry-title'>Closing the loop on handovers</h1>"
                // WordPress.com prints a comment's date without its year: the post's date (December) gives it, and January is the next year.
                + (markup.equals("wpcom") ? "<div class='entry-meta'><time class='entry-date' datetime='2021-12-30T08:00:00+00:00'>December 30, 2021</time></div>" : "")
                + "<div class='entry-content'><p>Handovers fail quietly.</p></div>";
        String thread = switch (markup) {
            case "blogger" -> "<div id='comments'><h4>3 comments:</h4><dl id='comments-block'>"
                    + "<dt class='comment-poster' id='c1'><a name='c1'></a><span class='anon-comment-icon'><img alt='Anonymous' src='a.gif'></span>&nbsp;<a href='/profile/1'>Wendeline Osei-Brandt</a> said...</dt>"
                    + "<dd class='comment-body'><p>" + A + "</p></dd><dd class='comment-timestamp'><a href='#c1'>9:46 AM, January 10, 2022</a></dd>"
                    + "<dt class='comment-poster' id='c2'><a name='c2'></a>Anselm Vukovic-Rhee said...</dt>"
                    + "<dd class='comment-body'><p>" + B + "</p></dd><dd class='comment-timestamp'><a href='#c2'>10:01 AM, January 11, 2022</a></dd>"
                    + "<dt class='comment-poster' id='c3'><a name='c3'></a>Liesl Okonkwo-Dahl said...</dt>"
                    + "<dd class='comment-body'><p>" + C + "</p></dd><dd class='comment-timestamp'><a href='#c3'>11:30 PM, January 12, 2022</a></dd></dl></div>";
            case "typepad" -> "<div class='comments' id='all-comments'><h3 class='comments-header'>Comments</h3><div class='comments-content'>"
                    + typepad(1, A, "Wendeline Osei-Brandt", "January 10, 2022 at 09:46 AM")
                    + typepad(2, B, "Anselm Vukovic-Rhee", "January 11, 2022 at 10:01 AM")
                    + typepad(3, C, "Liesl Okonkwo-Dahl", "January 12, 2022 at 11:30 PM") + "</div></div>";
            case "mf2" -> "<article class='h-entry'><div class='h-cite p-comment'><p class='p-content'>" + A + "</p>"
                    + "<a class='u-author h-card' href='https://a.example'>Wendeline Osei-Brandt</a><time class='dt-published' datetime='2022-01-10T09:46:00-07:00'>10 Jan</time>"
                    + "<div class='h-cite p-comment'><p class='p-content'>" + B + "</p><span class='p-author h-card'><span class='p-name'>Anselm Vukovic-Rhee</span></span>"
                    + "<time class='dt-published' datetime='2022-01-11T10:01:00-07:00'>11 Jan</time></div></div>"
                    + "<div class='h-cite p-comment'><p class='p-content'>" + C + "</p><a class='u-author h-card' href='https://c.example'>Liesl Okonkwo-Dahl</a>"
                    + "<time class='dt-published' datetime='2022-01-12T23:30:00-07:00'>12 Jan</time></div></article>";
            case "jsonld" -> "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Depot Days\"},"
                    + "{\"@type\":\"BlogPosting\",\"headline\":\"Closing the loop on handovers\",\"comment\":["
                    + "{\"@type\":\"Comment\",\"author\":{\"@type\":\"Person\",\"name\":\"Wendeline Osei-Brandt\"},\"dateCreated\":\"2022-01-10T09:46:00Z\",\"text\":\"" + A + "\","
                    + "\"comment\":[{\"@type\":\"Comment\",\"author\":\"Anselm Vukovic-Rhee\",\"datePublished\":\"2022-01-11\",\"text\":\"" + B + "\"}]},"
                    + "{\"@type\":\"Comment\",\"author\":[{\"name\":\"Liesl Okonkwo-Dahl\"}],\"dateCreated\":\"2022-01-12T23:30:00+01:00\",\"text\":\"<p>" + C + "</p>\"}]}]}</script>";
            case "drupal" -> "<section class='comment-wrapper' id='comments'><h2 class='title'>Comments</h2>"
                    + drupal(1, A, "Wendeline Osei-Brandt", "Mon, 01/10/2022 - 09:46")
                    + "<div class='indented'>" + drupal(2, B, "Anselm Vukovic-Rhee", "Tue, 01/11/2022 - 10:01") + "</div>"
                    + drupal(3, C, "Liesl Okonkwo-Dahl", "Wed, 01/12/2022 - 23:30") + "</section>";
            case "disqus" -> "<div id='disqus_thread'><ul id='post-list' class='post-list'>"
                    + "<li class='post' id='post-1'><div class='post-content'><span class='author'>Wendeline Osei-Brandt</span>" + disqusTime("Monday, January 10, 2022 9:46 AM")
                    + "<div class='post-message'><p>" + A + "</p></div></div>"
                    + "<ul class='children'><li class='post' id='post-2'><div class='post-content'><span class='author'>Anselm Vukovic-Rhee</span>"
                    + disqusTime("Tuesday, January 11, 2022 10:01 AM") + "<div class='post-message'><p>" + B + "</p></div></div></li></ul></li>"
                    + "<li class='post' id='post-3'><div class='post-content'><span class='author'>Liesl Okonkwo-Dahl</span>" + disqusTime("Wednesday, January 12, 2022 11:30 PM")
                    + "<div class='post-message'><p>" + C + "</p></div></div></li></ul></div>";
            case "disqus-noscript" -> "<div id='disqus_thread'><div class='d-noscript-comments'><h2>Comments</h2>"
                    + "<div class='comment'><div class='comment-author'>Wendeline Osei-Brandt</div><div class='comment-body'>" + A + "</div></div>"
                    + "<div class='comment'><div class='comment-author'>Anselm Vukovic-Rhee</div><div class='comment-body'>" + B + "</div></div>"
                    + "<div class='comment'><div class='comment-author'>Liesl Okonkwo-Dahl</div><div class='comment-body'>" + C + "</div></div></div></div>";
            case "wpcom" -> "<div id='comments'><h3 id='comments-title'>3 Comments</h3><ol class='commentlist'>"
                    + wpcom(1, A, "Wendeline Osei-Brandt", "Jan 10th at 9:46 am", 1)
                    + "<ul class='children'>" + wpcom(2, B, "Anselm Vukovic-Rhee", "Jan 11th at 10:01 am", 2) + "</li></ul></li>"
                    + wpcom(3, C, "Liesl Okonkwo-Dahl", "Jan 12th at 11:30 pm", 1) + "</li></ol></div>";
            case "mf2-reply" -> "<article class='h-entry'><h1 class='p-name'>Closing the loop on handovers</h1><div class='e-content'><p>Handovers fail quietly.</p></div>"
                    + "<section class='responses'>"
                    + mf2Reply(1, A, "Wendeline Osei-Brandt", "2022-01-10", "https://depotdays.example.org/handovers")
                    + mf2Reply(2, B, "Anselm Vukovic-Rhee", "2022-01-11", "https://depotdays.example.org/handovers#reply-1")
                    + mf2Reply(3, C, "Liesl Okonkwo-Dahl", "2022-01-12", "https://depotdays.example.org/handovers") + "</section></article>";
            default -> throw new IllegalArgumentException(markup);
        };
        return head + post + thread + "</body></html>";
    }

    private static String disqusTime(String title) {
        return "<span class='post-meta'><a href='#comment-1' class='time-ago' data-role='relative-time' title='" + title + "'>4 years ago</a></span>";
    }

    /** WordPress.com's "highlander" comments: the item is left open for its replies' list, as WordPress leaves it. */
    private static String wpcom(int n, String text, String who, String when, int depth) {
        return "<li class='comment byuser even depth-" + depth + " highlander-comment' id='comment-" + n + "'><cite class='comment-author'><img alt='' class='avatar' src='a.png'>"
                + " <a href='https://x.example' rel='external nofollow ugc' class='url'>" + who + "</a></cite>"
                + "<small class='commentmetadata'><a href='#comment-" + n + "' title=''>" + when + "</a></small>"
                + "<div class='contenttext'><p>" + text + "</p><p class='comment-likes'><a class='comment-like-link'><span>Like</span></a></p></div>"
                + "<ul class='comment-actions'></ul>";
    }

    /** An IndieWeb reply: an h-entry in the post's, saying what it answers by u-in-reply-to (the post or another reply's u-url). */
    private static String mf2Reply(int n, String text, String who, String day, String inReplyTo) {
        return "<div class='h-entry' id='reply-" + n + "'><a class='u-in-reply-to' href='" + inReplyTo + "'></a>"
                + "<a class='p-author h-card' href='https://p" + n + ".example'>" + who + "</a>"
                + " <a class='u-url' href='https://depotdays.example.org/handovers#reply-" + n + "'><time class='dt-published' datetime='" + day + "T09:00:00Z'>" + day + "</time></a>"
                + "<div class='e-content p-name'>" + text + "</div></div>";
    }

    private static String typepad(int n, String text, String who, String when) {
        return "<a id='c" + n + "'></a><div class='comment font-entrybody' id='comment-" + n + "'><div class='comment-avatar'><img alt='" + who.split(" ")[0]
                + "' src='u.gif'></div><div class='comment-content font-entrybody'><p>" + text + "</p></div>"
                + "<p class='comment-footer font-entryfooter'>Posted by: <a rel='nofollow' href='https://x.example'>" + who + "</a> | <a href='#comment-" + n + "'>" + when + "</a></p></div>";
    }

    private static String drupal(int n, String text, String who, String when) {
        return "<a id='comment-" + n + "'></a><div class='comment comment-by-anonymous clearfix'><div class='attribution'><div class='submitted'>"
                + "<p class='commenter-name'><span class='username'>" + who + "</span></p><p class='comment-time'>" + when + "</p></div></div>"
                + "<div class='content'><div class='field field-name-comment-body'><p>" + text + "</p></div></div>"
                + "<ul class='links inline'><li class='comment-reply'><a href='/comment/reply/1/" + n + "'>reply</a></li></ul></div>";
    }
}
