package org.workgraph.loader.acts;

import java.util.regex.Pattern;

import org.workgraph.loader.text.Search;

/**
 * Dismissal and contradiction as comment threads word them when they argue without "I disagree": the earlier claim
 * waved off ("X has nothing to do with Y", "Tell that to the night shift", "So much for the pilot"), its speaker put
 * down ("Spoken like someone who never ..."), sarcasm ("Colour me surprised"), a disclaimer before bad news ("Not to
 * be a downer, but", "I hate to break it to you"), a correction put as news ("It may surprise you to learn"), the
 * other side's words quoted back ("You wrote: ..."), a stated counter-argument, or a named fallacy
 * ("a straw man", "a slippery-slope argument"). Each of these sets the response against what came before, so its
 * main act is disagreement unless an endorsement comes first.
 */
final class Rebuttal {
    private Rebuttal() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Search p(String regex) { return Search.compile(regex.replace("'", "['\u2019]"), FLAGS); }

    /** Wordings that dispute wherever they stand in the response. */
    static final Search ANYWHERE = p("\\b(?:"
            // A disclaimer that announces unwelcome words: "Not to be a downer, but", "I hate to be the bearer of bad news".
            + "not to be (?:a |the )?(?:downer|killjoy|party pooper|pedant|contrarian|negative nancy)\\b"
            + "|(?:I )?hate to (?:be the bearer of bad news|break it to you|burst your bubble|rain on)"
            + "|sorry to (?:burst your bubble|rain on|break it to you)|(?:to )?play(?:ing)? (?:the )?devil's advocate"
            + "|with (?:all )?due respect|correct me if I'm wrong,? but"
            // A correction put as news to the other side: "It may surprise you to learn that ...". Not "Newsflash:", which as
            // often lectures an outside party the post itself criticises (ACTS.md rule 3): the unseen check refused it.
            + "|(?:it )?(?:may|might|will) (?:surprise|shock) you (?:to (?:learn|know|hear)|that)"
            // The other side's words quoted back: "you stated “...”", "you claim that ..." (not "as you stated").
            + "|(?<!as )(?<!like )you (?:stated|claim|claimed|assert|asserted|insist|insisted) (?:that\\b|[\"\u201c])"
            // A counter-argument named as one, and named fallacies.
            + "|my counter-?(?:argument|point)|straw ?man|false (?:dichotomy|equivalence)|slippery[- ]slope argument"
            + "|(?:an? |the |entirely |completely |totally )(?:invalid|flawed|bogus|faulty) (?:reason|argument|premise|logic|reasoning|point|comparison)"
            // Sarcasm that waves the claim off: "Colour me surprised", "Tell that to ...".
            + "|colou?r me (?:surprised|shocked|skeptical|sceptical|unconvinced)"
            + "|no one(?:'s| is| was) (?:arguing|saying|suggesting|claiming)|nobody(?:'s| is| was) (?:arguing|saying|suggesting|claiming)"
            + "|I (?:just|simply) (?:don't|do not|can't|cannot) see\\b)");

    /**
     * Wordings that dispute as the response's first sentence: "X has nothing to do with Y", "Tell that to ...", "So
     * much for ...", "Spoken like someone who ...", "What a ridiculous idea". Later in a response these words as often
     * wave off an outside party the post itself criticises (ACTS.md rule 3), which is no dispute of the thread.
     */
    static final Search OPENING = p("^(?:"
            + "[^.!?\\n]{0,120}\\b(?:has|have|had) (?:absolutely |literally )?nothing to do with\\b"
            + "|tell that to\\b|so much for\\b|spoken like (?:a|an|someone|somebody|one)\\b"
            + "|what an? (?:ridiculous|absurd|silly|naive|bizarre|ludicrous) (?:idea|notion|claim|argument|take|thing to say|statement|premise|comparison|suggestion))");
}
