package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.blog.Addressing;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * Reads a post's thread the way a careful reader does: who each first name and @handle is, whom each
 * response speaks to, and who wrote the post when the page does not say. Every finding quotes its words.
 *
 * <p>Rules, each explainable by the page alone:
 * <ul>
 * <li>A first name or handle is a person of this page (a writer, the author, the blog's owner) when exactly
 *     one of them has that first name.</li>
 * <li>A response addresses someone by "@name", by an opening greeting or thanks ("Hi Ann", "Thank you
 *     … Bo"), by a quotation header ("Ann wrote:"), or, when the name is a person of the page, by a name set off
 *     by a comma at a clause end ("Great post, Ann–"), by a dash or colon opening a sentence ("Ann - same here"),
 *     after an interjection ("Sorry Ann."), before "you" ("Ann you have a way with words"), or closing a sentence
 *     when it is the post's writer ("I really enjoyed it Ann!"): {@link Addressing#spokenTo}.</li>
 * <li>The post's writer is the one person who answers comments in the thread and whom the comments greet
 *     by name; or the owner of the blog its pingbacks mostly come from, when a response is signed with
 *     the owner's name. When the two rules disagree, nothing is inferred.</li>
 * </ul>
 */
public final class ThreadReader {
    private static final Search SURNAME_AFTER = Search.compile("\\s(\\p{Lu}[\\p{L}'\u2019-]+)(?![\\p{L}\\d_@])");
    /** "@ann", and handles that open with digits ("@1spider_man") as long as a letter follows them. */
    private static final Search HANDLE = Search.compile("(?<![\\p{L}\\d@])@((?:\\p{L}|\\d+[\\p{L}_])[\\p{L}\\d_-]*)");
    /** A name set off by commas: "Great post, Ann–", "Thanks, Bo." or, opening a sentence, "Cy, do you …". */
    private static final Search VOCATIVE = Search.compile(
            "[,;]\\s*(\\p{Lu}[\\p{Ll}'\u2019]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019]+)?)(?=\\s*(?:[.!?;\u2013\u2014]|$))"
            + "|(?:^|[.!?]\\s+)(\\p{Lu}[\\p{Ll}'\u2019]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019]+)?),\\s");

    private final MentionFinder mentions;

    public ThreadReader() {
        this(MentionRecogniser.NONE);
    }

    /** @param recogniser a second opinion on names beside the rules ({@link MentionRecogniser#NONE}: the rules alone) */
    public ThreadReader(MentionRecogniser recogniser) {
        this.mentions = new MentionFinder(recogniser);
    }

    public Reading read(BlogPost post) {
        List<Finding> findings = new ArrayList<>();
        PagePeople people = new PagePeople();
        people.add(post.author());
        for (Response r : post.responses()) people.add(r.writer());
        Owner owner = owner(post);
        if (owner != null) people.add(owner.name);

        // Writers who sign with a first name that only one person of the page carries.
        Map<Integer, String> writers = new HashMap<>();
        for (Response r : post.responses()) {
            if (r.writer() == null) continue;
            String resolved = people.resolve(r.writer()).orElse(Names.clean(r.writer()));
            writers.put(r.position(), resolved);
            if (!Names.key(resolved).equals(Names.key(r.writer()))) {
                Span quote = signature(r, r.writer());
                findings.add(new Finding(r.position(), Finding.Relation.WRITER, Finding.Entity.PERSON, resolved, r.writer(),
                        "signed '" + r.writer() + "'; the only person of this page with that first name is " + resolved,
                        quote == null ? List.of() : List.of(quote)));
            }
        }

        String stated = post.author() == null ? null : people.resolve(post.author()).orElse(Names.clean(post.author()));
        List<Finding> addresses = addressesIn(post, people, writers, stated);
        Optional<Finding> inferred = post.author() == null ? inferAuthor(post, people, writers, addresses, owner) : Optional.empty();
        if (inferred.isPresent()) {
            // The post's writer found from the thread is someone the page shows from now on: the comments that speak to
            // them by a first name alone (the very words the inference rests on, often) are read again knowing them.
            people.add(inferred.get().name());
            addresses = addressesIn(post, people, writers, inferred.get().name());
        }
        findings.addAll(addresses);
        inferred.ifPresent(findings::add);
        String author = post.author() != null ? Names.clean(post.author()) : inferred.map(Finding::name).orElse(null);
        findings.addAll(mentions.inPost(post, people, writers, author, addresses));
        return new Reading(findings);
    }

    private List<Finding> addressesIn(BlogPost post, PagePeople people, Map<Integer, String> writers, String postWriter) {
        List<Finding> addresses = new ArrayList<>();
        for (Response r : post.responses()) {
            if (r.kind() != ResponseKind.COMMENT && r.kind() != ResponseKind.REPLY) continue;
            addresses.addAll(addressesOf(r, people, writers.get(r.position()), postWriter));
        }
        return addresses;
    }

    private List<Finding> addressesOf(Response r, PagePeople people, String writer, String postWriter) {
        String text = r.text();
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher h = HANDLE.matcher(text);
        while (h.find()) {
            String written = "@" + h.group(1);
            int end = h.end();
            // "@Ann Lee": forums that mention members by display name put the whole name after the at sign.
            Matcher surname = SURNAME_AFTER.matcher(text).region(h.end(), text.length());
            if (surname.lookingAt() && NameShapes.surnameAfterAt(h.group(1), surname.group(1))) {
                end = surname.end(1);
                written = text.substring(h.start(), end);
            }
            String name = people.resolve(written).orElse(Names.clean(written.substring(1)));
            add(out, seen, r, writer, name, written, Spans.of(r.position(), text, h.start(), end),
                    people.knows(name) ? "addressed as " + written + "; the only person of this page so named is " + name
                            : "addressed as " + written);
        }
        Optional<String> opening = Addressing.openingAddressee(text);
        if (opening.isPresent()) {
            String written = opening.get();
            int at = text.indexOf(written);
            String name = people.resolve(written).orElse(Names.clean(written));
            add(out, seen, r, writer, name, written, Spans.of(r.position(), text, at, at + written.length()),
                    "opens by speaking to " + written + (name.equals(written) ? "" : ", the only person of this page so named"));
        }
        Matcher v = VOCATIVE.matcher(text);
        while (v.find()) {
            int g = v.group(1) != null ? 1 : 2;
            Optional<String> name = people.resolve(v.group(g));
            if (name.isEmpty()) continue; // a comma-set name must be someone the page knows
            add(out, seen, r, writer, name.get(), v.group(g), Spans.of(r.position(), v, g),
                    "speaks to " + v.group(g) + " by name" + (name.get().equals(v.group(g)) ? "" : ", the only person of this page so named"));
        }
        for (Addressing.Spoken s : Addressing.spokenTo(text)) {
            Span span = Spans.of(r.position(), text, s.start(), s.end());
            if (s.form() == Addressing.Form.QUOTED) {
                // A quotation header names the person quoted outright: a writer the page shows, whom the response answers.
                String name = people.resolve(s.name()).orElse(Names.clean(s.name()));
                add(out, seen, r, writer, name, s.name(), span, "quotes " + s.name() + " under a header naming them (\"" + s.name() + " wrote:\")");
                continue;
            }
            Optional<String> name = people.resolve(s.name());
            if (name.isEmpty()) continue; // a name nobody on the page bears is no address in these forms
            // A capitalised word closing a sentence is an address only to the post's writer, whom comments greet so;
            // anyone else named there is more often spoken of ("I met Ann.") than spoken to.
            if (s.form() == Addressing.Form.CLOSING && (postWriter == null || !Names.key(postWriter).equals(Names.key(name.get())))) continue;
            add(out, seen, r, writer, name.get(), s.name(), span, switch (s.form()) {
                case DASH -> "opens a sentence by speaking to " + s.name() + " (a name set off by a dash or colon)";
                case INTERJECTION -> "speaks to " + s.name() + " after an interjection";
                case BEFORE_YOU -> "speaks to " + s.name() + ", then goes on in the second person";
                default -> "closes a sentence speaking to " + s.name() + ", the post's writer";
            } + (Names.key(name.get()).equals(Names.key(s.name())) ? "" : "; the only person of this page so named is " + name.get()));
        }
        return out;
    }

    private static void add(List<Finding> out, Set<String> seen, Response r, String writer, String name, String written, Span span, String method) {
        if (writer != null && Names.key(writer).equals(Names.key(name))) return; // nobody addresses themselves
        if (!seen.add(Names.key(name))) return;
        out.add(new Finding(r.position(), Finding.Relation.ADDRESSES, Finding.Entity.PERSON, name, written, method, List.of(span)));
    }

    private Optional<Finding> inferAuthor(BlogPost post, PagePeople people, Map<Integer, String> writers, List<Finding> addresses, Owner owner) {
        // Rule 1: the person who answers comments and whom the comments greet by name.
        Map<String, List<Span>> greeted = new HashMap<>();
        for (Finding a : addresses) {
            Response r = post.responses().get(a.unit() - 1);
            if (r.kind() == ResponseKind.COMMENT) greeted.computeIfAbsent(a.name(), k -> new ArrayList<>()).addAll(a.evidence());
        }
        Set<String> repliers = new LinkedHashSet<>();
        for (Response r : post.responses()) if (r.kind() == ResponseKind.REPLY && writers.containsKey(r.position())) repliers.add(writers.get(r.position()));
        List<String> byThread = repliers.stream().filter(greeted::containsKey).toList();
        String rule1 = byThread.size() == 1 ? byThread.get(0) : null;

        // Rule 2: the blog's owner (from its self-pingbacks) signs a response.
        String rule2 = null;
        List<Span> ownerEvidence = new ArrayList<>();
        if (owner != null) {
            for (Response r : post.responses()) {
                String w = writers.get(r.position());
                if (w != null && Names.key(w).equals(Names.key(owner.name)) && r.writer() != null) {
                    rule2 = owner.name;
                    Span s = signature(r, r.writer());
                    if (s != null) ownerEvidence.add(s);
                    ownerEvidence.add(owner.evidence);
                    break;
                }
            }
        }
        if (rule1 != null && rule2 != null && !rule1.equals(rule2)) return Optional.empty();
        if (rule1 != null) {
            List<Span> evidence = new ArrayList<>(greeted.get(rule1));
            return Optional.of(new Finding(0, Finding.Relation.AUTHOR, Finding.Entity.PERSON, rule1, rule1,
                    rule1 + " answers comments in the thread, and the comments greet the post's writer by that name", evidence));
        }
        if (rule2 != null) {
            return Optional.of(new Finding(0, Finding.Relation.AUTHOR, Finding.Entity.PERSON, rule2, rule2,
                    "most pingbacks come from " + rule2 + "'s own blog, and " + rule2 + " signs a response in the thread", ownerEvidence));
        }
        // Rule 3: the one person who answers comments with nested replies and writes no comment of their own.
        Set<String> commenters = new LinkedHashSet<>();
        for (Response r : post.responses()) if (r.kind() == ResponseKind.COMMENT && writers.containsKey(r.position())) commenters.add(writers.get(r.position()));
        List<String> answerers = repliers.stream().filter(w -> !commenters.contains(w)).toList();
        // Only where the page shows comments to answer: a reply shown alone (a comment's own page under its parent link)
        // answers a comment the page does not show, whose writer need not be the post's.
        boolean comments = post.responses().stream().anyMatch(r -> r.kind() == ResponseKind.COMMENT);
        if (answerers.size() == 1 && comments && answersEnough(post, writers, answerers.get(0), addresses)) {
            String w = answerers.get(0);
            List<Span> evidence = new ArrayList<>();
            for (Response r : post.responses()) {
                if (r.kind() == ResponseKind.REPLY && w.equals(writers.get(r.position())) && !r.text().isEmpty()) {
                    evidence.add(new Span(r.position(), 0, Math.min(r.text().length(), 60), r.text().substring(0, Math.min(r.text().length(), 60))));
                }
            }
            return Optional.of(new Finding(0, Finding.Relation.AUTHOR, Finding.Entity.PERSON, w, w,
                    w + " is the only one who answers the comments and writes none of their own: the post's writer", evidence));
        }
        return greetedWriter(post, writers);
    }

    /**
     * Whether the replies are evidence enough that their writer wrote the post: two replies or more, or one that speaks to
     * the writer of the comment it answers ("@ann that is the problem in one sentence", "Thanks, Ann"), as a post's writer
     * answering a reader does. A lone reply that speaks to no one is as often a reader answering a reader (a thread whose
     * nesting a child count gave), and the post's writer is then better left unknown than named wrongly.
     */
    private static boolean answersEnough(BlogPost post, Map<Integer, String> writers, String w, List<Finding> addresses) {
        List<Response> replies = post.responses().stream().filter(r -> r.kind() == ResponseKind.REPLY && w.equals(writers.get(r.position()))).toList();
        if (replies.size() >= 2) return true;
        for (Response r : replies) {
            String parent = r.replyTo() == null ? null : writers.get(r.replyTo());
            if (parent == null) continue;
            for (Finding a : addresses) if (a.unit() == r.position() && Names.key(a.name()).equals(Names.key(parent))) return true;
        }
        return false;
    }

    /** A given name closing a sentence after a word that takes no object: "I really enjoyed it Ann!", "Glad you're there Bo." */
    private static final Search CLOSING_NAME = Search.compile(
            "(?<![\\p{L}])(?!(?i:with|to|from|by|about|for|like|and|or|of|than|as|at|in|on)\\s)\\p{Ll}[\\p{L}'\u2019]*\\s+(\\p{Lu}\\p{Ll}+)\\s*[!.]");

    /**
     * Rule 4: comments on the post (not replies to other comments) that speak to one first name, at a sentence's end
     * or after an interjection or before "you" opening one, that is no writer of the page: the page's own writer, greeted as readers greet a post's writer. Only a common
     * given name counts, and only when no other such name is greeted.
     */
    private static Optional<Finding> greetedWriter(BlogPost post, Map<Integer, String> writers) {
        Map<String, List<Span>> greeted = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (String w : writers.values()) written.add(Names.key(w.split("\\s+")[0]));
        for (Response r : post.responses()) {
            if (r.kind() != ResponseKind.COMMENT) continue;
            Matcher m = CLOSING_NAME.matcher(r.text());
            while (m.find()) {
                String name = m.group(1);
                if (!GivenNames.english().contains(name) || written.contains(Names.key(name))) continue;
                greeted.computeIfAbsent(name, k -> new ArrayList<>()).add(Spans.of(r.position(), m, 1));
            }
            // The same greeting opening a sentence: "Sorry Ann.", "LOL Bo!", "Cy you have a way with words".
            for (Addressing.Spoken s : Addressing.spokenTo(r.text())) {
                if (s.form() != Addressing.Form.INTERJECTION && s.form() != Addressing.Form.BEFORE_YOU) continue;
                if (!GivenNames.english().contains(s.name()) || written.contains(Names.key(s.name()))) continue;
                greeted.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(Spans.of(r.position(), r.text(), s.start(), s.end()));
            }
        }
        if (greeted.size() != 1) return Optional.empty();
        String name = greeted.keySet().iterator().next();
        return Optional.of(new Finding(0, Finding.Relation.AUTHOR, Finding.Entity.PERSON, name, name,
                "a comment on the post speaks to " + name + ", who writes nothing on the page: the post's writer", greeted.get(name)));
    }

    /** The owner of the blog that most pingbacks come from ("Ann Lee's Learning Blog"), with a quote. */
    private static Owner owner(BlogPost post) {
        List<Response> pingbacks = post.responses().stream().filter(r -> r.kind() == ResponseKind.PINGBACK).toList();
        Optional<String> owner = Addressing.blogOwner(pingbacks.stream().map(Response::sourceSite).toList());
        if (owner.isEmpty()) return null;
        // Quote the first pingback from the owner's blog.
        for (Response r : pingbacks) {
            if (owner.equals(Addressing.siteOwner(r.sourceSite()))) {
                return new Owner(owner.get(), Spans.find(r.position(), r.text(), r.sourceSite(), 0));
            }
        }
        return null;
    }

    /** Where a response's own text gives its writer's name (a sign-off or a signature line), if it does. */
    private static Span signature(Response r, String written) {
        String text = r.text();
        int at = text.lastIndexOf(Text.normalizeSpace(written));
        return at < 0 ? null : new Span(r.position(), at, at + Text.normalizeSpace(written).length(), Text.normalizeSpace(written));
    }

    private record Owner(String name, Span evidence) {}
}
