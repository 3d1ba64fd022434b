package org.workgraph.loader.read;

import static org.workgraph.loader.read.Pages.A;
import static org.workgraph.loader.read.Pages.B;
import static org.workgraph.loader.read.Pages.C;

import java.util.List;

/**
 * The thread of {@link Pages} in the markups of engines and comment systems the real set lacks, written for these
 * tests after the systems' documented or rendered markup (invented people and text). No reader has a branch for any of
 * them: they are to be read by the general rules (comment classes, schema.org, microformats, repeated blocks).
 */
final class OtherEngines {
    static final String[] WHO = {"Wendeline Osei-Brandt", "Anselm Vukovic-Rhee", "Liesl Okonkwo-Dahl"};
    static final String[] TEXT = {A, B, C};
    static final String[] ISO = {"2022-01-10T09:46:00+00:00", "2022-01-11T10:01:00+00:00", "2022-01-12T23:30:00+00:00"};
    static final String[] WRITTEN = {"January 10, 2022 at 9:46 am", "January 11, 2022 at 10:01 am", "January 12, 2022 at 11:30 pm"};

    private OtherEngines() {}

    static final List<String> ALL = List.of("isso", "commento", "remark42", "staticman", "discourse", "phpbb", "blogger-contempo",
            "wp-block", "medium-like", "hyvor-like");

    /** Whether the markup nests the reply under the first comment (the others show the thread flat). */
    static boolean nests(String engine) {
        return List.of("isso", "commento", "remark42", "blogger-contempo", "wp-block", "hyvor-like", "discourse").contains(engine);
    }

    static List<String> expected(String engine) {
        String[] d = {"2022-01-10", "2022-01-11", "2022-01-12"};
        return List.of("1 COMMENT ^null " + WHO[0] + " " + d[0] + " " + A,
                nests(engine) ? "2 REPLY ^1 " + WHO[1] + " " + d[1] + " " + B : "2 COMMENT ^null " + WHO[1] + " " + d[1] + " " + B,
                "3 COMMENT ^null " + WHO[2] + " " + d[2] + " " + C);
    }

    static String page(String engine) {
        String head = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Closing the loop on handovers | Depot Days</title></head><body>";
        String post = "<header class='site-header'><a href='/'>Depot Days</a></header><article class='post'><h1 class='post-title'>Closing the loop on handovers</h1>"
                + "<div class='post-content'><p>Handovers fail quietly.</p></div></article>";
        String thread = switch (engine) {
            case "isso" -> "<section id='isso-thread'><h4>3 Comments</h4><div id='isso-root'>" + isso(0, isso(1, "")) + isso(2, "") + "</div></section>";
            case "commento" -> "<div id='commento'><div class='commento-main-area'><div class='commento-comments'>" + commento(0, commento(1, "")) + commento(2, "")
                    + "</div></div></div>";
            case "remark42" -> "<div id='remark42'><div class='root'><div class='root__threads'>"
                    + "<div class='thread thread_level_0'>" + remark(0, 0) + "<div class='thread thread_level_1'>" + remark(1, 1) + "</div></div>"
                    + "<div class='thread thread_level_0'>" + remark(2, 0) + "</div></div></div></div>";
            case "staticman" -> "<div class='page__comments'><h4 class='page__comments-title'>Comments</h4>" + staticman(0) + staticman(1) + staticman(2) + "</div>";
            case "discourse" -> "<div id='discourse-comments'><div class='posts'>" + discourse(0, null) + discourse(1, 0) + discourse(2, null)
                    + "</div><footer><a class='button' href='https://forum.example.org/t/handovers/42'>Continue discussion</a></footer></div>";
            case "phpbb" -> "<div id='page-body'><h2 class='topic-title'><a href='./viewtopic.php?t=7'>Closing the loop on handovers</a></h2>"
                    + phpbb(0) + phpbb(1) + phpbb(2) + "</div>";
            case "blogger-contempo" -> "<section class='comments threaded' id='comments'><h3 class='title'>Comments</h3><div class='comments-content'>"
                    + "<div class='comment-thread toplevel-thread'><ol id='top-ra'>"
                    + contempo(0, "<div class='comment-replies'><div class='comment-thread inline-thread' id='c0-rt'><span class='thread-toggle thread-expanded'>"
                            + "<span class='thread-count'><a target='_self'>Replies</a></span></span><ol class='thread-chrome thread-expanded' id='c0-ra'><div>"
                            + contempo(1, "") + "</div><div class='continue'><a class='comment-reply' target='_self'>Reply</a></div></ol></div></div>")
                    + contempo(2, "") + "</ol></div></div></section>";
            case "wp-block" -> "<div class='wp-block-comments'><h2 class='wp-block-comments-title'>3 responses to &ldquo;Closing the loop on handovers&rdquo;</h2>"
                    + "<ol class='wp-block-comment-template'>" + wpBlock(0, "<ol class='children'>" + wpBlock(1, "") + "</ol>") + wpBlock(2, "") + "</ol></div>";
            case "medium-like" -> "<div class='responses-stream'><h3>Responses (3)</h3>" + medium(0) + medium(1) + medium(2) + "</div>";
            case "hyvor-like" -> "<div id='hyvor-talk-view'><div class='talk-comments'>" + hyvor(0, "<div class='talk-replies'>" + hyvor(1, "") + "</div>")
                    + hyvor(2, "") + "</div></div>";
            default -> throw new IllegalArgumentException(engine);
        };
        return head + post + thread + "</body></html>";
    }

    private static String isso(int i, String replies) {
        return "<div class='isso-comment' id='isso-" + (i + 1) + "'><div class='isso-avatar'><svg></svg></div><div class='isso-text-wrapper'>"
                + "<div class='isso-comment-header' role='meta'><span class='isso-author'>" + WHO[i] + "</span><span class='isso-spacer'>&bull;</span>"
                + "<a class='isso-permalink' href='#isso-" + (i + 1) + "'><time title='" + WRITTEN[i] + "' datetime='" + ISO[i] + "'>4 years ago</time></a></div>"
                + "<div class='isso-text'><p>" + TEXT[i] + "</p></div><div class='isso-comment-footer'><a class='isso-reply' href='#'>Reply</a></div></div>"
                + "<div class='isso-follow-up'>" + replies + "</div></div>";
    }

    private static String commento(int i, String children) {
        return "<div class='commento-card' id='commento-card-" + i + "'><div class='commento-header'><div class='commento-name'>" + WHO[i] + "</div>"
                + "<div class='commento-subtitle'><div class='commento-timeago' title='" + WRITTEN[i] + "'>4 years ago</div></div></div>"
                + "<div class='commento-contents'><div class='commento-body'><p>" + TEXT[i] + "</p></div>"
                + "<div class='commento-options'><button class='commento-option-reply'></button></div>"
                + "<div class='commento-children'>" + children + "</div></div></div>";
    }

    private static String remark(int i, int level) {
        return "<article class='comment comment_level_" + level + "' id='remark42__comment-" + i + "'><div class='comment__info'>"
                + "<img class='avatar-icon' alt=''><span class='comment__username'>" + WHO[i] + "</span>"
                + "<a class='comment__time' href='#remark42__comment-" + i + "' title='" + WRITTEN[i] + "'>" + WRITTEN[i] + "</a>"
                + "<span class='comment__score'><span class='comment__score-value'>+2</span></span></div>"
                + "<div class='comment__body'><div class='comment__text raw-content'><p>" + TEXT[i] + "</p></div>"
                + "<div class='comment__actions'><button class='comment__action'>Reply</button></div></div></article>";
    }

    private static String staticman(int i) {
        return "<article id='comment" + (i + 1) + "' class='js-comment comment' itemprop='comment' itemscope itemtype='http://schema.org/Comment'>"
                + "<div class='comment__avatar-wrapper'><img class='comment__avatar' alt='" + WHO[i] + "'></div><div class='comment__content-wrapper'>"
                + "<h3 class='comment__author' itemprop='author' itemscope itemtype='http://schema.org/Person'><span itemprop='name'>" + WHO[i] + "</span></h3>"
                + "<p class='comment__date'><a href='#comment" + (i + 1) + "' itemprop='url'><time datetime='" + ISO[i] + "' itemprop='datePublished'>" + WRITTEN[i]
                + "</time></a></p><div itemprop='text'><p>" + TEXT[i] + "</p></div></div></article>";
    }

    /** Discourse's embedded comments are flat: a reply says what it answers in a link above it to that post's permalink. */
    private static String discourse(int i, Integer answers) {
        return "<article class='post' id='post-" + (i + 2) + "'><div class='author'><a href='https://forum.example.org/u/p" + i + "'><img class='avatar' alt=''></a></div>"
                + "<div class='cooked'><header><div class='username'><a href='https://forum.example.org/u/p" + i + "'>" + WHO[i] + "</a></div>"
                + "<div class='post-date'><a href='https://forum.example.org/t/handovers/42/" + (i + 2) + "' title='" + ISO[i] + "'>Jan '22</a></div></header>"
                + (answers == null ? "" : "<div class='in-reply-to'><a href='https://forum.example.org/t/handovers/42/" + (answers + 2) + "'>" + WHO[answers] + "</a></div>")
                + "<p>" + TEXT[i] + "</p></div></article>";
    }

    private static String phpbb(int i) {
        int id = 11 + i;
        return "<div id='p" + id + "' class='post has-profile bg" + (i % 2 + 1) + "'><div class='inner'><dl class='postprofile' id='profile" + id + "'>"
                + "<dt class='has-profile-rank'><a href='./memberlist.php?mode=viewprofile&amp;u=" + id + "' class='username'>" + WHO[i] + "</a></dt>"
                + "<dd class='profile-rank'>Member</dd><dd class='profile-posts'><strong>Posts:</strong> " + (10 * i + 4) + "</dd></dl>"
                + "<div class='postbody'><div id='post_content" + id + "'><h3><a href='#p" + id + "'>Re: Closing the loop on handovers</a></h3>"
                + "<p class='author'><span class='responsive-hide'>by <strong><a href='./memberlist.php?u=" + id + "' class='username'>" + WHO[i] + "</a></strong> &raquo; </span>"
                + "<time datetime='" + ISO[i] + "'>" + WRITTEN[i] + "</time></p><div class='content'>" + TEXT[i] + "</div></div></div></div></div><hr class='divider'>";
    }

    private static String contempo(int i, String replies) {
        return "<li class='comment' id='c" + i + "'><div class='avatar-image-container'><img src='a.png' alt=''></div><div class='comment-block'>"
                + "<div class='comment-header'><cite class='user'><a href='https://www.blogger.com/profile/" + i + "'>" + WHO[i] + "</a></cite><span class='icon user'></span>"
                + "<span class='datetime secondary-text'><a rel='nofollow' href='?showComment=" + i + "#c" + i + "'>" + WRITTEN[i].replace(" at ", " at ").replace("am", "AM").replace("pm", "PM") + "</a></span></div>"
                + "<p class='comment-content'>" + TEXT[i] + "</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'>Reply</a>"
                + "<span class='item-control blog-admin'><a href='#'>Delete</a></span></span></div>" + replies + "</li>";
    }

    private static String wpBlock(int i, String children) {
        return "<li id='comment-" + (i + 1) + "' class='comment even depth-1'><div class='wp-block-group'><div class='wp-block-comment-author-name'>"
                + "<a rel='external nofollow ugc' href='https://p" + i + ".example'>" + WHO[i] + "</a></div><div class='wp-block-comment-date'><time datetime='" + ISO[i]
                + "'><a href='#comment-" + (i + 1) + "'>" + WRITTEN[i] + "</a></time></div><div class='wp-block-comment-content'><p>" + TEXT[i] + "</p></div>"
                + "<div class='wp-block-comment-reply-link'><a class='comment-reply-link' href='#'>Reply</a></div></div>" + children + "</li>";
    }

    /** Responses as a stream of cards with generated class names and no word "comment" anywhere. */
    private static String medium(int i) {
        return "<div class='streamItem js-streamItem'><div class='u-flex postMetaInline'><a class='link avatar' href='/@p" + i + "'><img alt='Go to the profile of " + WHO[i] + "'></a>"
                + "<div class='postMetaInline-authorLockup'><a class='ds-link ds-link--styleSubtle' data-action='show-user-card' href='/@p" + i + "'>" + WHO[i] + "</a>"
                + "<time datetime='" + ISO[i] + "'>" + WRITTEN[i].substring(0, WRITTEN[i].indexOf(" at ")) + "</time></div></div>"
                + "<div class='section-content'><div class='section-inner'><p class='graf'>" + TEXT[i] + "</p></div></div>"
                + "<div class='u-flex buttonSet'><button>Clap</button><button>Respond</button></div></div>";
    }

    private static String hyvor(int i, String replies) {
        return "<div class='talk-comment' data-id='c" + i + "'><div class='talk-comment-head'><span class='talk-name'>" + WHO[i] + "</span>"
                + "<span class='talk-time' title='" + WRITTEN[i] + "'>4y</span></div><div class='talk-comment-body'><p>" + TEXT[i] + "</p></div>"
                + "<div class='talk-comment-actions'><button>Reply</button><button>Share</button></div>" + replies + "</div>";
    }
}
