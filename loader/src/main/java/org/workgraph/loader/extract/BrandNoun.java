package org.workgraph.loader.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Search;

/**
 * A firm or a platform named by the people and places it has, as a noun's modifier: "an Uberlo driver", "the Zentravo
 * warehouses", "a Quillomart store", "Brindle customers". A capitalised word general English does not know, in the slot
 * before what only a business has (drivers, customers, stores, warehouses, subscribers), is that business; the same slot
 * holds places ("a London driver"), given names ("the Ann store") and words of English ("a Delivery driver"), which the
 * gates refuse. "shares" and "stock" are left out: "Lund shares some thoughts" is a verb. {@link RunningText}'s platform rule reads what a user has on a site ("a Chirper account"); this is what a
 * firm has in the world.
 */
final class BrandNoun {
    private BrandNoun() {}

    /** One capitalised word after a lower-case word or a comma on the same line, then what a business has. */
    private static final Search BRAND_NOUN = Search.compile("(?<=\\p{Ll}[,]?[ \\t])(\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)[ \\t]+(?:driver|drivers|customer|customers|"
            + "store|stores|warehouse|warehouses|subscriber|subscribers|franchise|franchises|shareholders|outlet|outlets|"
            + "employee|employees|workers|contractors|couriers|riders|shoppers|sellers)(?![\\p{L}\\d-])");
    private static final Pattern WORDS = Pattern.compile("\\b(?:driver|customer|store|warehouse|subscriber|franchise|shareholder|outlet|"
            + "employee|workers|contractors|couriers|riders|shoppers|sellers)");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        if (!WORDS.matcher(text).find()) return;
        Matcher m = BRAND_NOUN.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if (!OrganisationCues.unknownWord(w) || GivenNames.english().contains(w) || GivenNames.english().familyName(w)
                    || !NameShapes.body(text, m.start(1), w, people, false) || RunningText.titleCaseLine(text, m.start(1))) continue;
            NameShapes.org(unit, text, m.start(1), m.end(1), sink, "a business named by what only a business has (\"an … driver\", \"… warehouses\")");
        }
    }
}
