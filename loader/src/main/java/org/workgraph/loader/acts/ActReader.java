package org.workgraph.loader.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Search;

/**
 * Reads the discourse acts of each response of a post (the ten coarse acts of the Coarse Discourse Sequence Corpus):
 * its main act and every act it performs, each with the words or thread cues that decided it.
 *
 * <p>It reads the thread as well as the words: a response to a post or response that asks is an answer unless it
 * disputes, agrees or thanks (a Q&A page that counts its responses as answers asks); the post's writer answering the
 * comment before it that asked answers it, and so does a fragment that only completes the question just before ("If
 * they have no better options."); "good question" takes up the question of what it replies to; "yes" answers a
 * question and endorses anything else, and "yeah, but" answers one and objects to anything else; a tag question or
 * "just imagine if ...?" asks no one; a reply that opens with "but" disputes the response it answers, and a reply
 * under a dispute with a case of its own and no other cue carries the dispute on. The words: thanks and praise (appreciation, when they frame the
 * response or make most of it), stated endorsement (agreement; before a "but" it is a caveat, so elaboration), open
 * dispute, a concession set up for a counter-claim or a claim waved off ({@link Rebuttal}) (disagreement), derision (negative reaction), a question put to
 * someone (question), laughter marks in a short response (humor), well-wishing that makes half of it, a removed or
 * cut-off text (other). Pingbacks and reblogs announce. Anything else that has words adds a point: elaboration.
 */
public final class ActReader {
    private static final Search SENTENCE = Search.compile("[^.!?\u2026]+(?:[.!?\u2026]+[\"'\u201d\u2019)]*|$)");
    /** A greeting or @handle before the first real words: "Hi Harold, ", "@chris ", "Dear all, ". */
    private static final Search GREETING = Search.compile(
            "^(?:(?:hi|hello|hey|dear|hiya)\\b[^,.!:\\n]{0,40}[,.!:]\\s*|@[\\p{L}\\d_-]+[,:]?\\s+|\\p{Lu}\\p{L}+\\s*[-\u2013\u2014:]\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Compiled once rather than on every response or sentence.
    private static final Search BUT = Search.compile("^(?:but|however)\\b", Pattern.CASE_INSENSITIVE);
    /** A quotation opening a response: quoted lines ("> ..."), or words in double quotation marks before a new sentence. */
    private static final Search OPENING_QUOTE = Search.compile(
            "^(?:(?:>[^\\n]*(?:\\n\\s*|$))+|[\"\u201c\u201e][^\"\u201d\\n]{3,300}[\"\u201d][.!?\u2026]?\\s+(?=\\p{Lu}))");
    /** A question put to someone by name ("Dave, how do you ...?"): only that person's answer would answer it. */
    private static final Pattern VOCATIVE = Pattern.compile("^(?:@[\\p{L}\\d_-]+|\\p{Lu}\\p{L}+),\\s");
    private static final Search HANDLE = Search.compile("(?<![\\p{L}\\d@])@([\\p{L}][\\p{L}\\d_-]*)");
    private static final Search CLOSING_MARK = Search.compile("(?s).*[.!?\u2026\\p{So}].*");
    private static final Search NAMED_SIGN_OFF = Search.compile("(?i)(?:cheers|best wishes|regards|kind regards|all the best),?\\s+\\p{Lu}[\\p{L}.'-]*[.!]?");
    private static final Search WORD = Search.compile("[\\p{L}\\d'\u2019]+");
    /** A text that stops on a word no sentence ends with ("... and", "... of the"): cut off, whatever marks come before. */
    private static final Search DANGLING = Search.compile(
            "\\b(?:and|or|but|the|a|an|to|of|in|on|with|for|that|my|your|our|their|is|was|are|were)\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * @param post       the post and its thread
     * @param postWriter the post's writer, as the page states it or the reading inferred it, or null
     */
    public List<ActFinding> read(BlogPost post, String postWriter) {
        List<ActFinding> out = new ArrayList<>();
        Span postAsks = postAsks(post);
        Map<Integer, Span> asks = new java.util.HashMap<>(); // position -> the question a response puts
        Map<Integer, Response> disputes = new java.util.HashMap<>(); // position -> a response whose main act disputes
        List<Response> responses = post.responses();
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            Response previous = i > 0 ? responses.get(i - 1) : null;
            Response disputed = r.replyTo() != null && r.kind() == ResponseKind.REPLY ? disputes.get(r.replyTo()) : null;
            if (disputed != null && r.writer() != null && disputed.writer() != null && Names.key(r.writer()).equals(Names.key(disputed.writer()))) disputed = null;
            Reading reading = read(r, post, postWriter, postAsks, asks, previous, disputed, i == responses.size() - 1);
            if (reading.asking != null) asks.put(r.position(), reading.asking);
            for (ActFinding f : reading.findings) {
                // An argued dispute invites a counter-case; derision invites joining in or a joke, so only a dispute counts.
                if (f.main() && f.act() == Act.DISAGREEMENT) disputes.put(r.position(), r);
            }
            out.addAll(reading.findings);
        }
        return out;
    }

    private record Reading(List<ActFinding> findings, Span asking) {}

    /** One cue found: the act it points to, where, and in words why. */
    private record Cue(Act act, Span span, String why) {}

    /**
     * @param disputed the response this one replies to, when that one disputes and another writer replies;
     *                 else null
     */
    private Reading read(Response r, BlogPost post, String postWriter, Span postAsks, Map<Integer, Span> asks, Response previous,
            Response disputed, boolean last) {
        int unit = r.position();
        String text = r.text() == null ? "" : r.text();
        if (r.kind() == ResponseKind.PINGBACK || r.kind() == ResponseKind.REBLOG) {
            Span s = new Span(unit, 0, Math.min(text.length(), firstSentenceEnd(text)), text.substring(0, Math.min(text.length(), firstSentenceEnd(text))));
            String what = r.kind() == ResponseKind.PINGBACK ? "a pingback" : "a reblog";
            return only(unit, Act.ANNOUNCEMENT, what + ": another site's post announces that it links to or republishes this one",
                    text.isEmpty() ? List.of() : List.of(s));
        }
        if (text.isBlank()) return only(unit, Act.OTHER, "the response has no words to read", List.of());
        Matcher placeholder = Cues.PLACEHOLDER.matcher(text);
        if (placeholder.find()) return only(unit, Act.OTHER, "the response was taken down: a placeholder stands for its words", List.of(span(unit, placeholder, text)));
        int words = words(text);
        // The page's last response, short and with no closing mark: the excerpt ended inside it. Up to 12 words when no
        // word of thanks or endorsement says what it was for.
        if (last && (!CLOSING_MARK.matches(text) || DANGLING.find(text)) && !Cues.JOKE.find(text)
                && (words < 8 || words < 12 && !Cues.PRAISE.find(text) && !Cues.AGREE.find(text))) {
            return only(unit, Act.OTHER, "the page's last response, cut off after " + words + " words, before its function can be read",
                    List.of(new Span(unit, 0, text.length(), text)));
        }

        List<Sentence> sentences = sentences(text);
        if (sentences.isEmpty()) {
            // A response of marks alone ("@", "+1" aside, a lone emoji): no sentence to weigh, and nothing below may assume one.
            return only(unit, Act.OTHER, "no words to read an act from", List.of(new Span(unit, 0, text.length(), text)));
        }
        int open = opening(text);
        List<Cue> cues = new ArrayList<>();
        // Appreciation: praise or thanks per sentence (sign-offs and bare names aside).
        List<Sentence> content = sentences.stream().filter(s -> !s.signOff).toList();
        int praised = 0;
        for (Sentence s : content) {
            Matcher m = Cues.PRAISE.matcher(s.text);
            Span at = null;
            // Not inside a wish: "Glad you are okay" is relief for someone, not thanks.
            if (m.find() && !withinWish(s.text, m.start(), m.end())) at = new Span(unit, s.start + m.start(), s.start + m.end(), m.group());
            else if (Cues.DELIGHT.matches(s.text.strip())) at = new Span(unit, s.start, s.end, s.text);
            if (at != null) {
                praised++;
                s.praise = true;
                cues.add(new Cue(Act.APPRECIATION, at, "thanks or praises: '" + at.exact() + "'"));
            }
        }
        Cue agree = first(Act.AGREEMENT, Cues.AGREE, text, 0, unit, "states agreement");
        Matcher ao = Cues.AGREE_OPENING.matcher(text.substring(open));
        Cue openingYes = null;
        if (ao.find()) {
            Cue opening = new Cue(Act.AGREEMENT, new Span(unit, open + ao.start(), open + ao.end(), ao.group()), "opens by endorsing what came before");
            if (Cues.YES.find(ao.group())) openingYes = opening; // weighed below, once it is known whether anything was asked
            else agree = earlier(agree, opening);
        }
        Cue disagree = first(Act.DISAGREEMENT, Cues.DISAGREE, text, 0, unit, "disputes a point");
        Matcher dop = Cues.DISAGREE_OPENING.matcher(text.substring(open));
        if (dop.find()) disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, open + dop.start(), open + dop.end(), dop.group()), "opens by rejecting the point"));
        Matcher con = Cues.CONCESSION.matcher(text.substring(open));
        if (con.find()) disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, open + con.start(), open + con.end(), con.group()), "concedes, then argues the other side"));
        Matcher weighs = Cues.WEIGHS_EARLIER.matcher(text.substring(open));
        if (weighs.find()) disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, open + weighs.start(), open + weighs.end(), weighs.group()),
                "opens by weighing the earlier words and finding them wanting: '" + weighs.group().strip() + "'"));
        Matcher counter = Cues.COUNTER_OPENING.matcher(text.substring(open));
        // Whatever follows ("And yet, I guess it could be worse?"): the opening has already set it against what came before.
        if (counter.find()) {
            disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, open + counter.start(), open + counter.end(), counter.group()),
                    "opens by setting itself against what came before: '" + counter.group().strip() + "'"));
        }
        // Dismissal and contradiction worded without "I disagree": a disclaimer before bad news, the claim waved off.
        Matcher rebuts = Rebuttal.ANYWHERE.matcher(text);
        if (Rebuttal.ANYWHERE.mayMatch(text) && rebuts.find()) {
            disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, rebuts.start(), rebuts.end(), rebuts.group()),
                    "dismisses or contradicts what came before: '" + rebuts.group() + "'"));
        }
        Matcher waves = Rebuttal.OPENING.matcher(text.substring(open));
        if (waves.find()) {
            disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, open + waves.start(), open + waves.end(), waves.group()),
                    "opens by waving off what came before: '" + waves.group().strip() + "'"));
        }
        if (r.replyTo() != null && r.kind() == ResponseKind.REPLY) {
            Matcher but = BUT.matcher(text.substring(open));
            if (but.find() && open > 0) {
                disagree = earlier(disagree, new Cue(Act.DISAGREEMENT, new Span(unit, 0, open + but.end(), text.substring(0, open + but.end())),
                        "answers the response it replies to, by name or by quoting it, with 'but'"));
            }
        }
        if (disagree != null) cues.add(disagree);
        List<Cue> derision = all(Act.NEGATIVE_REACTION, Cues.DERISION, text, unit, "derides");
        cues.addAll(derision);
        Cue joke = first(Act.HUMOR, Cues.JOKE, text, 0, unit, "marks a joke");
        if (joke != null) cues.add(joke);
        int wishing = 0;
        for (Sentence s : content) {
            Matcher m = Cues.WELL_WISHING.matcher(s.text);
            if (m.find()) {
                wishing++;
                cues.add(new Cue(Act.OTHER, new Span(unit, s.start + m.start(), s.start + m.end(), m.group()), "well-wishing: '" + m.group() + "'"));
            }
        }
        Span asking = asking(unit, content);
        if (asking != null) cues.add(new Cue(Act.QUESTION, asking, "puts a question to someone"));

        // What it answers: the post that asks (a comment on it), the response it replies to that asks, or the comment
        // just before it that asked, when the post's writer (or whoever it names) takes it up.
        Span asked = null;
        String askedWhy = null;
        Integer askedUnit = null;
        if (r.replyTo() != null && asks.containsKey(r.replyTo())) {
            asked = asks.get(r.replyTo());
            askedWhy = "replies to response " + r.replyTo() + ", which asks";
        } else if (r.replyTo() == null && previous != null && asks.containsKey(previous.position())
                && (isPostWriter(r, postWriter) || names(text, previous.writer()))) {
            asked = asks.get(previous.position());
            askedWhy = (isPostWriter(r, postWriter) ? "the post's writer" : "it names the asker and")
                    + " takes up the question of the response just before";
        } else if (r.replyTo() == null && previous != null && asks.containsKey(previous.position())
                && Cues.ELLIPTICAL_ANSWER.find(text.substring(open)) && words(firstSentence(text.substring(open))) <= 12) {
            // "If they have no better options." on its own completes nothing but the question just before it.
            asked = asks.get(previous.position());
            askedWhy = "opens with a fragment that completes the question of the response just before";
        } else if (r.replyTo() == null && previous != null && asks.containsKey(previous.position())
                && Cues.POLAR_QUESTION.find(asks.get(previous.position()).exact().strip())
                && Cues.YES.find(text.substring(open))) {
            // A yes-or-no question, and "Yes" right after it: the pair answers itself, whoever the page says wrote it.
            asked = asks.get(previous.position());
            askedWhy = "says 'yes' right after the response just before asked a yes-or-no question";
        } else if (r.replyTo() == null && previous != null && asks.containsKey(previous.position()) && asking == null
                && Cues.ASKS_YOU.matcher(asks.get(previous.position()).exact().strip()).find()
                && !VOCATIVE.matcher(asks.get(previous.position()).exact().strip()).find()
                && Cues.FIRST_PERSON_OPENING.matcher(text.substring(open)).find() && !sameWriter(r, previous)) {
            // The response just before put a question to "you", and this one, by someone else, turns at once to "I" or "my":
            // the voice answers the question even where the page lost the nesting and the names.
            asked = asks.get(previous.position());
            askedWhy = "speaks of itself ('I', 'my') right after the response just before put a question to 'you'";
        } else if (r.replyTo() == null && postAsks != null && !speaksToAnother(text, postWriter) && !isPostWriter(r, postWriter)) {
            // Not the post's writer: the one who asked does not answer their own post.
            asked = postAsks;
            askedWhy = "a comment on a post that asks its readers";
        }
        if (asked != null) askedUnit = asked.unit();
        // "Yeah, but ..." where nothing was asked: an endorsement that only prefaces an objection.
        Matcher yesBut = Cues.YES_BUT.matcher(text.substring(open));
        if (asked == null && yesBut.find()) {
            Cue objection = new Cue(Act.DISAGREEMENT, new Span(unit, open + yesBut.start(), open + yesBut.end(), yesBut.group()),
                    "endorses only to object: '" + yesBut.group() + "'");
            if (disagree != null) cues.remove(disagree);
            disagree = earlier(disagree, objection);
            cues.add(disagree);
        }
        // Words that say it takes up a question ("Good question", "To answer your question"): an answer to the response it
        // replies to, else to the post, whichever way the thread reads.
        Span takesUp = null;
        Matcher tq = Cues.TAKES_UP_QUESTION.matcher(text);
        if (tq.find() && words(text.substring(tq.end())) >= 8 && (asked == null || asked.unit() != unit)) {
            takesUp = span(unit, tq, text);
            if (asked == null) {
                asked = takesUp;
                askedUnit = r.replyTo() != null ? r.replyTo() : 0;
                askedWhy = "says it takes up a question ('" + takesUp.exact() + "') of " + (askedUnit == 0 ? "the post" : "response " + askedUnit);
            } else {
                askedWhy = askedWhy + ", and says it takes up a question ('" + takesUp.exact() + "')";
            }
        }

        // "Yes." to a question answers it; where nothing was asked it endorses what came before.
        if (openingYes != null && asked == null) agree = earlier(agree, openingYes);
        if (agree != null) cues.add(agree);

        Act main;
        String why;
        List<Span> because = new ArrayList<>();
        int n = content.size();
        // A "but" in the endorsing sentence or opening the next makes the endorsement a preface to a point of its own.
        boolean contrast = false;
        if (agree != null) {
            int to = text.length();
            for (int k = 0; k < sentences.size(); k++) {
                if (sentences.get(k).end >= agree.span.end()) {
                    to = k + 1 < sentences.size() ? Math.min(sentences.get(k + 1).end, sentences.get(k + 1).start + 30) : sentences.get(k).end;
                    break;
                }
            }
            contrast = Cues.CONTRAST.find(text.substring(agree.span.end(), Math.max(agree.span.end(), to)))
                    && words(text.substring(agree.span.end())) > 12;
        }
        boolean praiseFrames = n >= 2 && content.get(0).praise && content.get(n - 1).praise;
        // Praise makes the response when it frames it, makes most of its sentences, or leaves fewer than ten words of
        // anything else (thanks: 25 words in all): "Great post! Clear and useful." is appreciation, praise plus a case of one's own is elaboration.
        int otherWords = content.stream().filter(x -> !x.praise).mapToInt(x -> words(x.text)).sum();
        // Thanks weigh more: a short response (25 words or fewer) that thanks is thanking.
        boolean thanks = content.stream().anyMatch(x -> x.praise && Cues.THANKS.find(x.text));
        boolean praiseDominates = praised > 0 && (praiseFrames || 2 * praised > n || otherWords < 10 || thanks && words <= 25);
        Cue firstPraise = cues.stream().filter(c -> c.act == Act.APPRECIATION).findFirst().orElse(null);

        // One scornful word beside a stated endorsement shares the post's scorn ("sucks, doesn't it. I've been saying that"):
        // it sides with the post rather than attacking it.
        if (derision.size() >= 2 || (derision.size() == 1 && (words <= 25 || r.kind() == ResponseKind.REPLY) && asked == null && agree == null)) {
            main = Act.NEGATIVE_REACTION;
            why = "derision with little argument";
            derision.forEach(c -> because.add(c.span));
        } else if (disagree != null && !(agree != null && agree.span.start() < disagree.span.start())) {
            main = Act.DISAGREEMENT;
            why = disagree.why;
            because.add(disagree.span);
        } else if (asked != null && r.replyTo() != null && asking == null && !praiseDominates) {
            main = Act.ANSWER;
            why = askedWhy;
            because.add(asked);
        } else if (asked != null && asking != null && n >= 3 && agree == null && !praiseDominates) {
            main = Act.ANSWER;
            why = askedWhy + "; its own question is a small part of it";
            because.add(asked);
        } else if (asking != null && joke != null && joke.span.start() >= asking.start() && Cues.RETRACTION.find(joke.span.exact())) {
            // "... can I apply? (just kidding)": the question is taken back as it is put, so the joke is what it does.
            main = Act.HUMOR;
            why = "puts a question and takes it back as a joke";
            because.add(joke.span);
        } else if (asking != null && agree == null) {
            main = Act.QUESTION;
            why = "puts a question to someone";
            because.add(asking);
        } else if (agree != null && !(firstPraise != null && firstPraise.span.start() < agree.span.start() && praiseDominates)) {
            // "Yes, that's why we asked the union": the "yes" grants what was said only to explain what its writer did or wrote.
            boolean ownReason = agree == openingYes && Cues.YES_THATS_WHY.find(text.substring(open));
            main = contrast || ownReason ? Act.ELABORATION : Act.AGREEMENT;
            why = contrast ? "endorses, then turns ('but', 'however') to a point of its own"
                    : ownReason ? "says 'yes' only to give the reason for what its writer did or wrote" : agree.why;
            because.add(agree.span);
        } else if (praiseDominates) {
            main = Act.APPRECIATION;
            why = praiseFrames ? "thanks or praise opens and closes it" : "thanks or praise make most of it";
            cues.stream().filter(c -> c.act == Act.APPRECIATION).forEach(c -> because.add(c.span));
        } else if (wishing > 0 && 2 * wishing >= n) {
            main = Act.OTHER;
            why = "well-wishing or sympathy makes half of it or more";
            cues.stream().filter(c -> c.act == Act.OTHER).forEach(c -> because.add(c.span));
        } else if (asked != null) {
            main = Act.ANSWER;
            why = askedWhy;
            because.add(asked);
        } else if (joke != null && words <= 60) {
            main = Act.HUMOR;
            why = "a short response marked as a joke";
            because.add(joke.span);
        } else if (disputed != null && words >= 15) {
            // A reply nested under a dispute that neither agrees, thanks, asks nor jokes sets a case of its own against it:
            // someone who only wanted to add to the topic would comment on the post rather than answer the disputer.
            main = Act.DISAGREEMENT;
            why = "replies to response " + disputed.position() + ", which disputes, with a case of its own and no word of agreement";
            Sentence longest = content.stream().max(Comparator.comparingInt(s -> s.end - s.start)).orElse(sentences.get(0));
            because.add(new Span(unit, longest.start, longest.end, longest.text));
        } else {
            main = Act.ELABORATION;
            why = "adds a point of its own: no words of thanks, agreement, dispute or question decide it";
            Sentence longest = content.stream().max(Comparator.comparingInt(s -> s.end - s.start)).orElse(sentences.get(0));
            because.add(new Span(unit, longest.start, longest.end, longest.text));
        }

        if (main == Act.ANSWER && takesUp != null && !because.contains(takesUp)) because.add(takesUp);
        List<ActFinding> findings = new ArrayList<>();
        // What the main act takes up: the question it answers, else the post or response it replies to.
        Integer target = switch (main) {
            case ANSWER -> askedUnit;
            case QUESTION, AGREEMENT, DISAGREEMENT -> r.replyTo() != null ? r.replyTo() : 0;
            default -> null;
        };
        findings.add(new ActFinding(unit, main, true, why, because, target));
        // Every other act clearly present, in text order; at most three acts in all.
        Map<Act, Cue> others = new EnumMap<>(Act.class);
        for (Cue c : cues) {
            if (c.act == main) continue;
            if (c.act == Act.NEGATIVE_REACTION && main != Act.DISAGREEMENT) continue; // one scornful word is not an act
            // Sympathy beside a point or an endorsement ("I agree. So sad.") is a second act; a formulaic wish ("Good luck!")
            // is no act at all (ACTS.md rule 7), so only beside thanks, where wishes in return are what is said.
            if (c.act == Act.OTHER && main != Act.APPRECIATION
                    && (main != Act.ELABORATION && main != Act.AGREEMENT || Cues.FORMULAIC_WISH.matches(c.span.exact()))) continue;
            // Laughter beside another act reacts to a joke ("LOL, so true"); it does not make one.
            if (c.act == Act.HUMOR && Cues.LAUGHTER.matches(c.span.exact())) continue;
            others.merge(c.act, c, (a, b) -> a.span.start() <= b.span.start() ? a : b);
        }
        // Points of its own beyond the sentence that decided the main act: ten words or more of them (not praise).
        List<Sentence> beyond = content.stream().filter(x -> !x.praise).skip(1).toList();
        // Not beside derision, a joke or chit-chat: those acts are what a response does when it makes no point of its own
        // (a joke that makes a point takes the point's act; a rebuttal with reasons is a disagreement).
        if (main != Act.ELABORATION && main != Act.ANSWER && main != Act.QUESTION
                && main != Act.NEGATIVE_REACTION && main != Act.HUMOR && main != Act.OTHER
                && (main == Act.APPRECIATION ? beyond.size() >= 2 : beyond.stream().mapToInt(x -> words(x.text)).sum() >= 10)) {
            Sentence s = beyond.get(0);
            if (s != null) others.put(Act.ELABORATION, new Cue(Act.ELABORATION, new Span(unit, s.start, s.end, s.text), "adds points of its own"));
        }
        if (asked != null && main != Act.ANSWER && (main == Act.AGREEMENT || main == Act.DISAGREEMENT)) {
            others.put(Act.ANSWER, new Cue(Act.ANSWER, asked, askedWhy));
        }
        others.values().stream().sorted(Comparator.comparingInt(c -> c.span.unit() == unit ? c.span.start() : Integer.MAX_VALUE)).limit(2)
                .forEach(c -> findings.add(new ActFinding(unit, c.act, false, c.why, List.of(c.span))));
        return new Reading(findings, main == Act.QUESTION || (asking != null && main != Act.DISAGREEMENT && main != Act.NEGATIVE_REACTION) ? asking : null);
    }

    private static Reading only(int unit, Act act, String why, List<Span> evidence) {
        return new Reading(List.of(new ActFinding(unit, act, true, why, evidence)), null);
    }

    /**
     * The question a post puts to its readers, if it does: a page that calls itself a Q&A, a title that asks, a question
     * or request at its end, or one anywhere that turns to the readers ("what's your take?", "anyone else?").
     */
    static Span postAsks(BlogPost post) {
        String body = post.body() == null ? "" : post.body();
        String title = post.title() == null ? "" : post.title();
        Matcher qa = Cues.QA_PAGE.matcher(body.length() < 200 ? body : body.substring(0, 200));
        if (qa.find()) return new Span(0, qa.start(), qa.end(), qa.group());
        Matcher counted = Cues.ANSWER_COUNT.matcher(body);
        if (counted.find()) return new Span(0, counted.start(), counted.end(), counted.group());
        // Sentences of three words or more: a link split at its dots is not the post's end.
        List<Sentence> sentences = sentences(body).stream().filter(x -> words(x.text) >= 3).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // The title repeated as the body's first line is judged as a title, below: a headline's tease is no question.
            if (!title.isBlank() && s.text.strip().equals(title.strip())) continue;
            // A question in title case ("What's Your Reaction?", "Did You Like This Post?") is a heading or a widget's label,
            // which every post of the site carries: it is not the writer asking this post's readers.
            if (heading(s)) continue;
            // Put as a question (a question word or an auxiliary opening one of its clauses, or "you"): "A Shorter Shift?"
            // heading the body is a tease like a title's.
            boolean question = s.text.strip().endsWith("?") && !quoted(s.text) && !rhetorical(sentences, i) && putAsQuestion(s.text);
            boolean atEnd = i >= sentences.size() - 2;
            boolean toReaders = Cues.ASKS_READERS.find(s.text) || Cues.REQUEST.find(s.text) && !musing(s.text);
            // Questions in a run, none about the writer's own self ("I", "my"): the post puts them to its readers.
            boolean run = question && i + 1 < sentences.size() && sentences.get(i + 1).text.strip().endsWith("?")
                    && !FIRST_PERSON.find(s.text) && !FIRST_PERSON.find(sentences.get(i + 1).text);
            if ((question && (atEnd || toReaders || run)) || (toReaders && atEnd && Cues.REQUEST.find(s.text))) {
                return new Span(0, s.start, s.end, s.text);
            }
        }
        // A title asks only when it is put as a question ("Should offices close on Fridays?", "Remote work: is it over?"): a
        // phrase with a question mark ("A Shorter Shift?", "The end of the office?") is a headline's tease, and comments
        // under it argue or agree rather than answer.
        if (title.strip().endsWith("?") && words(title) >= 4 && !body.isEmpty() && interrogative(title)) {
            int at = body.indexOf(title);
            if (at >= 0) return new Span(0, at, at + title.length(), title);
            // The title asks but the body does not repeat it: quote the body's first words, where the thread's question stands.
            return new Span(0, 0, Math.min(body.length(), firstSentenceEnd(body)), body.substring(0, Math.min(body.length(), firstSentenceEnd(body))));
        }
        return null;
    }

    /**
     * Whether a sentence is written as a heading: two to eight words, every one of three letters or more capitalised.
     * (A post's body has its lines joined, so a heading stands among its sentences with nothing else to tell it by.)
     */
    static boolean heading(Sentence s) {
        String[] words = s.text.replaceAll("[^\\p{L}\\s'\u2019]", " ").strip().split("\\s+");
        if (words.length < 2 || words.length > 8) return false;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() < 3) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            capitalised++;
        }
        return capitalised >= 2;
    }

    /** Whether a title is put as a question: its last clause (after a colon or dash) opens with a question word or an auxiliary. */
    static boolean interrogative(String title) {
        String t = title.strip();
        String[] clauses = t.split("[:\u2013\u2014|]|\\s-\\s");
        String last = clauses[clauses.length - 1].strip();
        return Cues.INTERROGATIVE.find(last) || Cues.INTERROGATIVE.find(t) || Cues.ASKS_READERS.find(t);
    }

    /** Whether a sentence is put as a question: one of its clauses opens with a question word or an auxiliary, or it turns to "you". */
    static boolean putAsQuestion(String sentence) {
        String t = sentence.strip();
        for (String clause : t.split("[,:;\u2013\u2014]|\\s-\\s")) {
            if (Cues.INTERROGATIVE.find(clause.strip())) return true;
        }
        return Cues.ASKS_YOU.find(t) || Cues.ASKS_READERS.find(t);
    }

    /** A question mark doubled or paired with an exclamation at the end: "??", "?!", "!?". */
    private static final Search EXCLAIMED = Search.compile("(?:\\?{2,}|\\?!|!\\?)[\"'\u201d\u2019)]*\\s*$");

    private static final Search FIRST_PERSON = Search.compile("\\b(?:I|me|my|I'm|I’m)\\b");

    /** Whether the response turns to someone other than the post's writer by @handle: it takes up a comment, not the post. */
    private static boolean speaksToAnother(String text, String postWriter) {
        Matcher h = HANDLE.matcher(text);
        while (h.find()) {
            if (postWriter == null || !Names.key(postWriter).startsWith(Names.key(h.group(1)))) return true;
        }
        return false;
    }

    /** A question the response puts to someone: second person or to the readers, or its closing sentence asking. */
    private static Span asking(int unit, List<Sentence> content) {
        for (int i = 0; i < content.size(); i++) {
            Sentence s = content.get(i);
            boolean question = s.text.strip().endsWith("?") && !quoted(s.text)
                    || !s.text.strip().matches("(?s).*[.!\u2026]$") && Cues.UNMARKED_QUESTION.find(s.text.strip());
            if (!question && (!Cues.REQUEST.find(s.text) || musing(s.text))) continue;
            if (Cues.DERISION.find(s.text) || rhetorical(content, i)) continue;
            boolean toSomeone = Cues.ASKING.find(s.text) || Cues.REQUEST.find(s.text)
                    || question && Cues.ASKS_YOU.find(s.text.strip());
            // A question that closes the response, or is all of it ("Will this be a weekly event?"), is put to someone.
            // Not an echo of a word or two ("Marvin?", "Really?", "Seriously?"): that is surprise or scorn, not a request.
            // Nor a question shouted with its marks doubled ("Who would ever DO that??", "... what would I even say????"):
            // exasperation or wonder, which asks no one unless it turns to someone.
            boolean closing = question && (i >= content.size() - 2 && content.size() >= 2 && i > 0 || content.size() == 1) && words(s.text) >= 3
                    && !EXCLAIMED.find(s.text);
            if (toSomeone || closing) return new Span(unit, s.start, s.end, s.text);
        }
        return null;
    }

    /**
     * Whether sentence i asks no one: a tag question or an invitation to imagine, in it or in the sentence before when
     * that one trails off into it ("It's fun, isn't it... sharing ideas?").
     */
    private static boolean rhetorical(List<Sentence> sentences, int i) {
        if (Cues.RHETORICAL.find(sentences.get(i).text)) return true;
        if (i == 0) return false;
        String before = sentences.get(i - 1).text.strip();
        return (before.endsWith("\u2026") || before.endsWith("...")) && Cues.RHETORICAL.find(before);
    }

    /** Whether the words at [start, end) lie inside a wish or words of sympathy of the sentence. */
    private static boolean withinWish(String sentence, int start, int end) {
        Matcher w = Cues.WELL_WISHING.matcher(sentence);
        while (w.find()) {
            if (w.start() <= start && end <= w.end()) return true;
        }
        return false;
    }

    /** "I wonder if we will ever get that back!": wondering aloud, ended as an exclamation, asks no one. */
    private static boolean musing(String sentence) {
        return Cues.WONDER.find(sentence) && sentence.strip().endsWith("!");
    }

    private static boolean quoted(String sentence) {
        String s = sentence.strip();
        return s.startsWith("\"") || s.startsWith("\u201c") || s.endsWith("?\"") || s.endsWith("?\u201d");
    }

    /** Whether both responses name a writer and it is the same one. */
    private static boolean sameWriter(Response a, Response b) {
        return a.writer() != null && b.writer() != null && Names.key(a.writer()).equals(Names.key(b.writer()));
    }

    private static boolean isPostWriter(Response r, String postWriter) {
        return postWriter != null && r.writer() != null && Names.key(r.writer()).equals(Names.key(postWriter));
    }

    /** Whether the text names the writer (their first name, or all of it). */
    private static boolean names(String text, String writer) {
        if (writer == null || writer.isBlank()) return false;
        String first = writer.strip().split("\\s+")[0];
        if (first.length() < 3) return false;
        return Pattern.compile("(?<![\\p{L}])@?" + Pattern.quote(first) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static Cue first(Act act, Search p, String text, int from, int unit, String why) {
        // find(from) resets a matcher to the whole text, so the cue words are asked first.
        if (!p.mayMatch(text)) return null;
        Matcher m = p.matcher(text);
        if (!m.find(from)) return null;
        return new Cue(act, new Span(unit, m.start(), m.end(), m.group()), why + ": '" + m.group() + "'");
    }

    private static List<Cue> all(Act act, Search p, String text, int unit, String why) {
        List<Cue> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(new Cue(act, new Span(unit, m.start(), m.end(), m.group()), why + ": '" + m.group() + "'"));
        return out;
    }

    private static Cue earlier(Cue a, Cue b) {
        if (a == null) return b;
        return b.span.start() < a.span.start() ? b : a;
    }

    private static Span span(int unit, Matcher m, String text) {
        return new Span(unit, m.start(), m.end(), text.substring(m.start(), m.end()));
    }

    /** Where the response's own words start, after a greeting or @handle. */
    /** Where the response's own words start after a greeting or @handle only (a quotation not skipped). */
    private static int greetingEnd(String text) {
        Matcher g = GREETING.matcher(text);
        return g.find() && g.end() < text.length() ? g.end() : 0;
    }

    private static int opening(String text) {
        int at = greetingEnd(text);
        int quote = quoteEnd(text, at);
        return quote > at && quote < text.length() ? quote : at;
    }

    /**
     * Where a quotation that opens the response ends: "> " lines, or a sentence in quotation marks followed by a new
     * sentence ("“the rota should be public” Of course!"). Else {@code from}.
     */
    private static int quoteEnd(String text, int from) {
        Matcher q = OPENING_QUOTE.matcher(text.substring(from));
        return q.find() ? from + q.end() : from;
    }

    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String firstSentence(String text) {
        List<Sentence> s = sentences(text);
        return s.isEmpty() ? text : s.get(0).text;
    }

    private static int firstSentenceEnd(String text) {
        List<Sentence> s = sentences(text);
        return s.isEmpty() ? text.length() : s.get(0).end;
    }

    private static final class Sentence {
        final int start, end;
        final String text;
        final boolean signOff;
        boolean praise;

        Sentence(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
            // "Sorry Ann." has a sign-off's shape (capitalised words alone) but is sympathy spoken to someone, not a signature.
            this.signOff = Cues.SIGN_OFF.matches(text.strip()) && words(text) <= 4 && !Cues.PRAISE.find(text)
                    && !Cues.WELL_WISHING.find(text.strip())
                    || NAMED_SIGN_OFF.matches(text.strip());
        }
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s && WORD.find(text.substring(s, e))) out.add(new Sentence(s, e, text.substring(s, e)));
        }
        return out;
    }
}
