package org.workgraph.loader.extract;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.workgraph.loader.text.Lexicon;

/**
 * What a person's name never looks like, whatever cue found it: a span that runs over a line break (two headlines or
 * two list items read as one name: "Amazon\n\nCondé Nast"), a name holding a word that names a kind of body or
 * product ("Sydney Business Insights", "Warwick Business School", "Hello Internet Podcast", "Dreamwidth Studios"),
 * and a single word of general English that the page does not give anyone ("soon", "truth"). A given name does not
 * save a name of the second kind: "Sydney" and "Warwick" are given names, and open bodies' names as often.
 * A rule that refuses a name leaves its words free for the organisation rules.
 */
final class PersonShape {
    // Compiled once: these run per line or per word.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_OR_PUNCTUATION_END = Pattern.compile("['\u2019]s$|[,.;:]+$");

    private PersonShape() {}

    /**
     * Words that end or hold the names of bodies, events, products and places ("Township", "County") and no person's: the strong head words of
     * organisations' names (not "Post", "Press", "Times", "Board", "Trust", "Bank"s plural and the other words that are
     * also family names) and the words that say what a body does or sells.
     */
    private static final Set<String> BODY_WORDS = Set.of("University", "College", "School", "Institute", "Academy", "Association", "Agency",
            "Alliance", "Foundation", "Council", "Ministry", "Department", "Commission", "Authority", "Observatory", "Society", "Federation",
            "Union", "Bureau", "Tribunal", "Centre", "Center", "Network", "Forum", "Organisation", "Organization", "Coalition", "Consortium",
            "Committee", "Corporation", "Company", "Group", "Holdings", "Labs", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "GmbH",
            "Business", "Insights", "Research", "Studios", "Studio", "Podcast", "Media", "Capital", "Ventures", "Systems", "Technologies",
            "Solutions", "Industries", "Motors", "Airlines", "Guild", "Campaign", "Show", "Magazine", "Services", "Consulting", "Software",
            "Bank", "Partners", "Associates", "Commons", "Township", "County");

    /**
     * Job titles that end a role phrase, never a person's name ("Cloud Data Engineer", "Chief Privacy Officer", "Orla
     * Moderator" from a forum's badge after a name): a role in capitals is what someone is, not who.
     */
    private static final Set<String> ROLE_WORDS = Set.of("Engineer", "Engineers", "Officer", "Officers", "Advisor", "Advisors", "Adviser",
            "Architect", "Architects", "Manager", "Managers", "Supervisor", "Supervisors", "Analyst", "Analysts", "Developer", "Developers",
            "Designer", "Designers", "Consultant", "Consultants", "Specialist", "Specialists", "Coordinator", "Coordinators", "Administrator",
            "Administrators", "Moderator", "Moderators", "Strategist", "Recruiter", "Recruiters", "Technician", "Intern", "Interns");

    /** Why the written span cannot be a person's name, or empty when its shape allows one; {@code people} may be null (the name alone is judged). */
    static Optional<String> refuses(String written, PagePeople people) {
        if (written == null || written.isBlank()) return Optional.empty();
        String w = written.startsWith("@") ? written.substring(1) : written;
        if (w.indexOf('\n') >= 0) return Optional.of("runs over a line break");
        String[] words = SPACES.split(w.trim());
        if (words.length > 1) {
            for (String x : words) {
                String bare = POSSESSIVE_OR_PUNCTUATION_END.matcher(x).replaceAll("");
                if (BODY_WORDS.contains(bare)) return Optional.of("holds \"" + bare + "\", a word of bodies' and products' names");
            }
            String last = POSSESSIVE_OR_PUNCTUATION_END.matcher(words[words.length - 1]).replaceAll("");
            if (ROLE_WORDS.contains(last)) return Optional.of("ends in \"" + last + "\", a job title's word: a role, not a name");
            return Optional.empty();
        }
        String lw = w.toLowerCase(Locale.ROOT);
        if (GivenNames.english().contains(w) || GivenNames.english().familyName(w) || people != null && people.resolve(w).isPresent()) return Optional.empty();
        // A word ordinary prose uses (SemCor counts it), or any adverb or adjective, is a word, not someone's name.
        if (Lexicon.english().generalUse(lw) > 0 || Lexicon.english().adjective(lw)) return Optional.of("a word of general English");
        return Optional.empty();
    }

    /** Whether a word holds or ends a body's or product's name ("School", "Insights", "Podcast"). */
    static boolean bodyWord(String word) { return BODY_WORDS.contains(word); }
}
