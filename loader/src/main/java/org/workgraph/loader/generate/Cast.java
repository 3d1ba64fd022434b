package org.workgraph.loader.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The invented people and blogs of a synthetic corpus. Names are seeded combinations of syllables, so no
 * real person is named; popularity is skewed, so a few people write, comment and are cited across many
 * posts and sites while most appear once or twice, as in real blog networks.
 */
final class Cast {
    private static final String[] FIRST_ONSETS = {"Ba", "Ca", "Da", "E", "Fe", "Ga", "Ha", "I", "Ja", "Ka", "Le", "Ma",
            "Ne", "O", "Pa", "Ro", "Sa", "Te", "U", "Va", "Wi", "Ya", "Zo", "Bri", "Cle", "Dra", "Flo", "Gre", "Mi", "Tho"};
    private static final String[] FIRST_ENDINGS = {"ren", "lin", "mar", "dra", "vi", "sel", "nor", "ka", "lia", "ton", "bel",
            "rik", "sa", "mon", "dy", "ra", "vin", "leth", "ris", "na", "do", "lo", "ssa", "ander"};
    private static final String[] LAST_STARTS = {"Ost", "Vel", "Mar", "Tor", "Bren", "Kal", "Hal", "Dor", "Lind", "Quar",
            "Fen", "Gar", "Sel", "Wex", "Ard", "Brom", "Cav", "Drey", "Elm", "Farr", "Grav", "Holt", "Ivar", "Jass", "Kest",
            "Lov", "Mern", "Nath", "Pell", "Rav", "Stad", "Thorn", "Ulm", "Varn", "Wend", "Yarr"};
    private static final String[] LAST_MIDDLES = {"a", "e", "i", "o", "", "", "er", "an"};
    private static final String[] LAST_ENDS = {"vik", "sen", "dale", "mont", "ford", "rini", "ova", "well", "stein", "hurst",
            "ley", "wick", "ström", "gaard", "oni", "ez", "ski", "berg", "ton", "ridge", "ani", "quist"};
    private static final String[] SITE_FORMS = {"%s's Notebook", "%s on Work", "Field Notes by %s", "%s's Working Papers",
            "The %s Letter"};

    record Person(String first, String last) {
        String full() { return first + " " + last; }
    }

    /** A blog: its owner writes its posts, and its name is what pingbacks from it show. */
    record Site(String name, Person owner) {}

    private final List<Person> people;
    private final List<Site> sites;

    private Cast(List<Person> people, List<Site> sites) {
        this.people = people;
        this.sites = sites;
    }

    static Cast invent(SplittableRandom random, int peopleCount, int siteCount) {
        int possible = FIRST_ONSETS.length * FIRST_ENDINGS.length * LAST_STARTS.length * LAST_MIDDLES.length * LAST_ENDS.length;
        int wanted = Math.min(peopleCount, possible / 4);
        Set<String> taken = new LinkedHashSet<>();
        List<Person> people = new ArrayList<>(wanted);
        while (people.size() < wanted) {
            String first = pick(random, FIRST_ONSETS) + pick(random, FIRST_ENDINGS);
            String last = pick(random, LAST_STARTS) + pick(random, LAST_MIDDLES) + pick(random, LAST_ENDS);
            if (taken.add(first + " " + last)) people.add(new Person(first, last));
        }
        List<Site> sites = new ArrayList<>(siteCount);
        for (int i = 0; i < siteCount; i++) {
            // Site owners are the busiest people: the head of the popularity curve.
            Person owner = people.get(i % Math.max(1, people.size() / 3));
            String form = SITE_FORMS[i % SITE_FORMS.length];
            String name = String.format(form, form.startsWith("The") ? owner.last() : owner.full());
            sites.add(new Site(i >= SITE_FORMS.length * 2 ? name + " " + (i / SITE_FORMS.length) : name, owner));
        }
        return new Cast(people, sites);
    }

    /** Someone, skewed towards the popular: the square of a uniform draw favours low indices. */
    Person anyone(SplittableRandom random) {
        double u = random.nextDouble();
        return people.get((int) (u * u * u * people.size()));
    }

    Site site(SplittableRandom random) {
        double u = random.nextDouble();
        return sites.get((int) (u * u * sites.size()));
    }

    static <T> T pick(SplittableRandom random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
