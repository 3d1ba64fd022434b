package org.workgraph.loader.generate;

import java.util.SplittableRandom;

/**
 * Sentences about work, written for this generator from a few templates and slot words. They never open
 * with a name, never hold an abbreviation or a date, and end with a full stop, so the parsers' cues (a
 * comment addressed by name, a date line, a sentence boundary) appear only where the generator means them.
 */
final class Prose {
    static final String[] TOPICS = {"the four-day week", "remote mentoring", "pension portability", "shift scheduling",
            "peer learning", "platform cooperatives", "skills passports", "hybrid teams", "apprenticeships",
            "algorithmic rating", "gig pay", "care work", "job sharing", "learning budgets", "side projects",
            "worker councils", "open salaries", "async meetings", "return-to-office rules", "retraining grants",
            "micro-credentials", "desk booking", "mutual aid funds", "the right to disconnect", "task marketplaces",
            "career lattices", "guild membership", "coaching circles", "time banking", "outcome-based contracts"};
    private static final String[] CONDITIONS = {"managers trust the people doing the work", "the rules are written down",
            "everyone can see the schedule", "the budget survives a bad quarter", "newcomers have a named mentor",
            "the team chooses its own measures", "nobody is punished for asking", "the tools are cheap to change",
            "people can opt out without penalty", "pay does not depend on being seen online"};
    private static final String[] HARD_PARTS = {"agreeing who covers for whom", "measuring outcomes instead of hours",
            "keeping the weekly review short", "explaining it to clients", "finding money for the first year",
            "getting the night shift involved", "writing the policy in plain words", "keeping the old habits out"};
    private static final String[] RISKS = {"squeeze more hours out of fewer people", "monitor people more closely",
            "cut training without saying so", "replace contracts with piece rates", "shift costs onto workers"};
    private static final String[] PLACES = {"a small design studio", "a regional hospital", "a delivery depot",
            "a municipal library", "a translation cooperative", "a call centre", "a machine shop", "a school district"};

    private Prose() {}

    static String topic(SplittableRandom r) { return Cast.pick(r, TOPICS); }

    /** One sentence on a topic, capitalised and ending with a full stop. */
    static String sentence(SplittableRandom r, String topic) {
        return switch (r.nextInt(10)) {
            case 0 -> "In my experience " + topic + " only works when " + Cast.pick(r, CONDITIONS) + ".";
            case 1 -> "We tried " + topic + " at " + Cast.pick(r, PLACES) + " and the hardest part was " + Cast.pick(r, HARD_PARTS) + ".";
            case 2 -> "I wonder whether " + topic + " looks different for people who work nights or weekends.";
            case 3 -> "Our team learned that " + topic + " depends less on software than on whether " + Cast.pick(r, CONDITIONS) + ".";
            case 4 -> "This matches what I have seen with " + topic + " at " + Cast.pick(r, PLACES) + ".";
            case 5 -> "My worry is that " + topic + " will be used to " + Cast.pick(r, RISKS) + ".";
            case 6 -> "The evidence on " + topic + " is thin, but the stories are consistent.";
            case 7 -> "Most of the cost of " + topic + " sits in " + Cast.pick(r, HARD_PARTS) + ".";
            case 8 -> "When " + Cast.pick(r, CONDITIONS) + ", " + topic + " tends to outlast the people who proposed it.";
            default -> "Nobody I spoke to wanted to give up " + topic + " once it had settled in.";
        };
    }

    /** A paragraph of a few sentences, mostly on one topic. */
    static String paragraph(SplittableRandom r, String topic, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) b.append(' ');
            b.append(sentence(r, r.nextInt(4) == 0 ? topic(r) : topic));
        }
        return b.toString();
    }

    /** A post title: short, no final punctuation. */
    static String title(SplittableRandom r, String topic) {
        String t = switch (r.nextInt(6)) {
            case 0 -> "What " + topic + " asks of managers";
            case 1 -> "Notes on " + topic;
            case 2 -> "Why " + topic + " keeps failing quietly";
            case 3 -> "A year of " + topic;
            case 4 -> topic + " and the people it leaves out";
            default -> "Rethinking " + topic;
        };
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
