package org.workgraph.loader.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Element;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Text;

/**
 * What a page's schema.org JSON-LD says about its post: the first BlogPosting (or Article) in any of its scripts,
 * in a {@code @graph} or not, and the comments it lists (with their own {@code comment} lists as replies). A script
 * that is not valid JSON is passed over: pages carry broken ones, and the markup still speaks.
 */
record JsonLd(String title, String author, LocalDate published, String url, List<String> categories, List<Response> comments) {
    private static final Set<String> POSTS = Set.of("blogposting", "article", "newsarticle", "socialmediaposting", "posting", "report",
            "techarticle", "scholarlyarticle", "discussionforumposting");
    private static final JsonLd NONE = new JsonLd(null, null, null, null, List.of(), List.of());

    static JsonLd of(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonValue v;
            try {
                v = JSON.parseAny(script.data());
            } catch (RuntimeException e) {
                continue;
            }
            JsonObject post = findPost(v, 0);
            if (post != null) return read(post);
        }
        return NONE;
    }

    private static JsonObject findPost(JsonValue v, int depth) {
        if (v == null || depth > 6) return null;
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                JsonObject found = findPost(x, depth + 1);
                if (found != null) return found;
            }
            return null;
        }
        if (!v.isObject()) return null;
        JsonObject o = v.getAsObject();
        if (types(o).stream().anyMatch(POSTS::contains)) return o;
        return findPost(o.get("@graph"), depth + 1);
    }

    private static List<String> types(JsonObject o) {
        List<String> out = new ArrayList<>();
        JsonValue t = o.get("@type");
        if (t == null) return out;
        for (JsonValue x : t.isArray() ? t.getAsArray() : List.of(t)) {
            if (x.isString()) {
                String s = x.getAsString().value();
                out.add(s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static JsonLd read(JsonObject post) {
        String title = string(post.get("headline"));
        if (title == null) title = string(post.get("name"));
        String url = string(post.get("url"));
        if (url == null && post.get("mainEntityOfPage") != null) {
            JsonValue m = post.get("mainEntityOfPage");
            url = m.isObject() ? string(m.getAsObject().get("@id")) : string(m);
        }
        List<String> categories = new ArrayList<>();
        JsonValue section = post.get("articleSection");
        if (section != null) for (JsonValue s : section.isArray() ? section.getAsArray() : List.of(section)) {
            String c = string(s);
            if (c != null) categories.add(c);
        }
        List<Response> comments = new ArrayList<>();
        addComments(post.get("comment"), null, comments, 0);
        return new JsonLd(title, person(post.get("author")), date(post), url, categories, comments);
    }

    private static void addComments(JsonValue list, Integer parent, List<Response> out, int depth) {
        if (list == null || depth > 50) return;
        for (JsonValue c : list.isArray() ? list.getAsArray() : List.of(list)) {
            if (!c.isObject()) continue;
            JsonObject o = c.getAsObject();
            String text = string(o.get("text"));
            if (text == null) text = string(o.get("description"));
            if (text == null) continue;
            int position = out.size() + 1;
            out.add(new Response(position, null, parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY, person(o.get("author")), parent,
                    date(o), Text.normalizeSpace(Markup.textOfHtml(text)), null, null, 0));
            addComments(o.get("comment"), position, out, depth + 1);
        }
    }

    private static LocalDate date(JsonObject o) {
        for (String k : new String[] {"datePublished", "dateCreated"}) {
            LocalDate d = Markup.date(string(o.get(k))).orElse(null);
            if (d != null) return d;
        }
        return null;
    }

    private static String person(JsonValue v) {
        if (v == null) return null;
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            return a.isEmpty() ? null : person(a.get(0));
        }
        if (v.isObject()) return string(v.getAsObject().get("name"));
        return string(v);
    }

    private static String string(JsonValue v) {
        if (v == null) return null;
        if (v.isString()) return Markup.emptyToNull(Text.normalizeSpace(v.getAsString().value()));
        if (v.isArray() && !v.getAsArray().isEmpty()) return string(v.getAsArray().get(0));
        return null;
    }
}
