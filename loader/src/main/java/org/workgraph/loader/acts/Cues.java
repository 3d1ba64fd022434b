package org.workgraph.loader.acts;

import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * The word lists behind each act: general wordings of thanks, agreement, dispute, derision, jokes, questions and
 * well-wishing, as any comment thread uses them. Case-insensitive; straight or curly apostrophes alike.
 */
final class Cues {
    private Cues() {}

    private static final String APOS = "['\u2019]";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Search p(String regex) { return Search.compile(regex.replace("'", APOS), FLAGS); }

    /** Thanks and praise aimed at the post or a responder ("thanks to X" credits someone else, so it is not thanks). */
    static final Search PRAISE = p("\\b(?:thanks?(?! to\\b)(?: you)?|thank-you|many thanks|thx|appreciate(?:d)?(?: it| this| the| your)"
            + "|(?:great|nice|good|excellent|wonderful|brilliant|fantastic|interesting|thoughtful|lovely|awesome|fine|terrific|superb|insightful|helpful|timely|powerful)"
            + " (?:post|piece|article|read|blog|write-?up|insight|perspective|reminder|points?|work)"
            + "|really (?:interesting|enjoyed|helpful|useful|good)|very (?:interesting|helpful|useful)|well (?:said|put|written|done)"
            + "|(?:I )?lov(?:e|ed|ing) (?:this|it|your|the|finding|reading)|I (?:really )?(?:like|liked) (?:it|this|her|him|them|your|you)\\b"
            + "|enjoy(?:ed)? (?:this|it|reading|your)|inspir(?:ed|ing) me|(?:so |really )?touching|beautiful(?:ly)?|too funny|so funny"
            + "|kudos|bravo|glad you|a fan of your|great (?:article|job|stuff)|what a great"
            // Praise of what the post gives its readers: "Such helpful information here", "Really useful tips". Not "good advice",
            // which as often credits other responders ("You're getting good advice here").
            + "|(?:great|useful|helpful|valuable) (?:info|information|tips)"
            // Praise of the writing or the writer's way of doing it: "you have a way with words", "I like how you ...".
            + "|(?:have|has|had) a way with words|I (?:also |really |just )?(?:like|love|liked|loved) (?:how|the way) you"
            // The post itself as the subject, credited with what it does: "This piece cuts through ...", "This one really
            // names ...", "this is a lovely development".
            + "|(?:this|your|the) (?:piece|post|article|essay|column|write-?up|blog post|one)(?: really| truly| so| just| perfectly| beautifully)?"
            + " (?:cuts through|captures|nails|articulates|puts into words|sums up|gets at|names|surfaces|highlights|clarifies|resonates|resonated|speaks to|spoke to)"
            + "|(?:this|that|it) (?:is|was|'s) (?:a |such a )?(?:lovely|wonderful|fantastic|terrific|heartening|welcome) (?:development|news|story|change|idea)"
            // Praise of the writer rather than the post, as a reply to a friend says it: "I miss your posts",
            // "you're a kind and wise writer". Only kind words: "you're a bad manager" praises no one.
            + "|miss (?:your|reading your) (?:voice|writing|posts?|blog|updates|words)"
            // Praise as sites with votes put it: "wish I could upvote this twice", "take my upvote".
            + "|upvote (?:this|you|it)(?: comment| post)? (?:enough|more than once|twice)|(?:take|have) my (?:up)?vote|wish I could upvote"
            + "|you(?:'re| are) (?:such |so |a |an |really |truly )+(?:(?:funny|smart|great|talented|gifted|wonderful|brilliant|kind|lovely|amazing|fantastic|wise|generous|thoughtful|inspiring)(?:,| and)? ){1,2}"
            + "(?:writer|guy|person|man|woman|lady|friend|soul|storyteller|teacher|human|one))\\b");

    /** Thanks, of the praise words: they weigh more, being said to the writer. */
    static final Search THANKS = p("\\b(?:thanks?(?! to\\b)|thank-you|thx|appreciate(?:d)?)\\b");

    /** A sentence that is nothing but an exclamation of delight. */
    static final Search DELIGHT = p("^(?:(?:these|this|that|those|it|they)(?:'s| is| are| was| were) (?:so |just |really |absolutely |too )?)?"
            + "(?:wow|awesome|amazing|brilliant|love it|yay|great|excellent|fantastic|wonderful|hilarious|priceless|funny|too funny|so funny)[.!]*$");

    /** An endorsement that counts wherever it stands. */
    static final Search AGREE = p("\\b(?:I (?:totally |completely |fully |wholeheartedly |so |quite |really |do |also |too )?agree\\b|I'm (?:totally |completely )?agreeing with|couldn't agree more|hear,? hear|here,? here"
            + "|(?:you're|you are|you were)(?: also| so| absolutely| quite| exactly| spot on)? right|so true|very true|spot on|well said"
            + "|(?:this|that|it) is (?:so |fundamentally |absolutely |exactly |quite )?(?:correct|right|true)\\b|same here|me,? too|\\+1"
            // Siding with the writer or confirming from experience, as comment threads say it: "I'm with you", "Can confirm".
            + "|I'm (?:totally |completely |so |100% )?with you\\b|(?:100%|totally|completely|right) with you\\b|(?:I )?can confirm|I second (?:this|that|what)"
            // Endorsement with the "I" dropped, and the idioms of it: "Completely agree", "Can't say I blame you", "No kidding".
            + "|(?:totally|completely|fully|strongly|wholeheartedly|absolutely|so|100%) agree(?:d)?\\b"
            // Confirmed in full: "you're 100% correct", "100% right", "absolutely correct".
            + "|(?:100%|absolutely|totally|completely|dead) (?:correct|right)\\b"
            + "|(?:can't|cannot|can not) (?:say I |really )?blame (?:you|them|him|her)\\b|(?:I )?don't blame you\\b|no kidding\\b"
            // The earlier words summed up or endorsed as said: "that sums it up", "you nailed it", "my thoughts exactly".
            + "|(?:sums?|summed|summing) (?:it|this|that|things) up|in a nutshell|in one sentence|nail(?:ed|s) it|hit the nail"
            + "|(?:could not|couldn't|could not have|couldn't have) (?:have )?(?:said|put) it better|took the words (?:right )?out of my mouth"
            // Claiming the point as one's own all along: "I've been saying that for years", "that's what I've always said".
            + "|I've (?:been saying|said|always said) (?:this|that|it|the same|so)\\b|I have been saying (?:this|that|it)\\b"
            + "|my (?:thoughts|sentiments) exactly|exactly (?:this|that|my point)|amen to that|bang on"
            // Wishing everyone took the stand: "If only more people could be this reasonable."
            + "|if only (?:more|all|every|other)(?: [\\p{L}]+){1,2} (?:were|was|could be|would be|thought|did|had|took|saw) (?:this|so|as|like|that|it))");

    /** An endorsement that counts only as the response's first word ("Yup.", "Exactly!", "Yes, and ..."). */
    static final Search AGREE_OPENING = p("^(?:(?:yup|yep|yeah|yes|exactly|absolutely|indeed|agreed|precisely|definitely|so true|true that|true|ditto|this)\\b(?:[,.!\u2026]+|\\s*[-\u2013\u2014]+|\\s*$)"
            // "Of course!" standing alone grants the point; "Of course, ..." as often concedes one before a caveat.
            + "|of course[.!]+(?:\\s|$)"
            // No mark after it: "Yes this is the difference", "Exactly that's it".
            + "|(?:yup|yep|yeah|yes|exactly|absolutely|indeed|precisely)\\s+(?=(?:this|that|it)(?:'s| is| was)\\b))");

    /** An opening "yes" to a question is its answer, not an endorsement: these words weigh as agreement only where nothing was asked. */
    static final Search YES = p("^(?:yup|yep|yeah|yes|absolutely|indeed|definitely)\\b");

    /**
     * An opening "yes" that leads into its writer's own reason: "Yes, which is why I said ...", "Yeah, that's why we ...".
     * The writer grants the point to explain a step of their own: a point of its own, the endorsement second.
     */
    static final Search YES_THATS_WHY = p("^(?:yup|yep|yeah|yes)\\b[,.!\u2026\\s]*(?:and )?(?:that's|that is|which is|this is|it's|it is) (?:exactly |precisely |just )?why (?:I|we|I've|we've|I'd|I'm)\\b");

    /** A clause put as a question: it opens with a question word or an auxiliary ("How ...", "Is ...", "Should ..."). */
    static final Search INTERROGATIVE = p("^[\"'\u201c\u2018(]?(?:so,? |and |but |ok,? |now,? )?(?:what|why|how|when|where|who|whom|whose|which|is|are|was|were|am|do|does|did"
            + "|can|could|should|would|will|shall|may|might|must|has|have|had|isn't|aren't|wasn't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't"
            + "|anyone|anybody|any)\\b");

    /** A question that asks for a yes or a no: it opens with an auxiliary ("Will this be weekly?", "Is there a ...?"). */
    static final Search POLAR_QUESTION = p("^(?:@[\\p{L}\\d_.-]+\\s+)*(?:will|would|is|are|was|were|do|does|did|can|could|should|shall|has|have|had|won't|isn't|aren't|don't|doesn't|didn't|can't)\\b[^?]*\\?$");

    /** Open dispute, wherever it stands. */
    static final Search DISAGREE = p("\\b(?:I (?:respectfully |strongly |have to |must )?disagree|I don't agree|I do not agree|I don't think so"
            + "|I don't (?:know|think) that|I'm not (?:so )?sure (?:that|about)|not (?:so )?sure I agree|I don't buy|I beg to differ"
            + "|(?:that's|this is|that is|it's)(?: just| simply)? (?:not (?:true|right|correct|the case)|wrong|nonsense|rubbish|false)"
            + "|(?:complete|utter|total|pure|absolute|entire|entirely)(?: and [\\p{L}]+)? (?:bullshit|nonsense|rubbish|garbage|drivel|baloney|hogwash)"
            + "|you're wrong|you are wrong"
            // A dismissive question about the point itself: "What's this fascination with ...?", "What's with the obsession ..."
            + "|what's (?:this|the|all this|with the|with this|up with the) (?:fascination|obsession|fixation|fuss|hype|craze)"
            // Not "in my opinion": it states one's own view, which an elaboration does as often as a dispute.
            + "|I'd argue|I would argue|on the contrary|not convinced|misses the point|that's not how"
            // Experience set against the claim: "I always find the opposite", "it's the other way round".
            + "|I (?:always |usually |actually |have )?(?:find|found|see|saw|experience|experienced) (?:the|quite the|exactly the) opposite"
            + "|quite the opposite|the opposite is true|(?:it's|it is) the other way (?:a)?round"
            // "Actually" closing a claim, as it opens one ("Actually, ..."): the writer sets it against what was said.
            + "|,\\s*actually(?=\\s*[.!]))");

    /** Dispute as the opening word: "No.", "Nope", "Not really", "Wrong." */
    static final Search DISAGREE_OPENING = p("^(?:(?:no|nope|not really|not quite|wrong|nah|not true|actually)\\b[,.!]|no,? (?:this|that|it|you|they|I)\\b)");

    /**
     * A response that opens by setting itself against what came before, with no concession first: "And yet, ...",
     * "Still, ...", "Then again, ...", or a first sentence that closes on "though" ("It's still useful though.").
     * The text it contrasts with is not its own: the post's or the response it answers.
     */
    static final Search COUNTER_OPENING = p("^(?:(?:(?:and yet|then again|even so|that said)\\b,?|(?:still|yet),)\\s+\\p{L}|[^.!?]{3,160}\\bthough\\s*[.!]+(?:\\s|$))");

    /**
     * A response that opens by weighing the earlier text and finding it wanting: it points back ("That", "This", "It",
     * "you") and re-labels the claim ("That seems like poor planning rather than ...", "It's not just about pay"), calls
     * it one-sided ("This all sounds a bit naive"), or says what its writer gets wrong ("You are overlooking the night
     * shift", "several of the points you listed").
     */
    static final Search WEIGHS_EARLIER = p("^(?:but |well,? |ironically,? )?(?:"
            + "(?:that|this|it)(?:'s| is| was| seems| sounds| looks| feels)(?: more| more like| like| to me like)? [^.!?]{1,100}\\brather than\\b"
            + "|(?:it|that|this)(?:'s| is| was) not (?:just|only|all|really|necessarily) (?:about|a|the|because|that)\\b"
            + "|(?:this|that|it)(?: all)? (?:seems|sounds|is|looks) (?:really |a bit |pretty |rather |so |very )?(?:whiny|naive|simplistic|misguided|one-sided|overblown|exaggerated|unfair|silly|absurd)\\b"
            + "|you(?:'re| are)? (?:seem to be |are )?(?:conflating|confusing|ignoring|overlooking|forgetting|missing the point|assuming)\\b"
            + "|you seem to (?:think|believe|assume|forget|ignore|be conflating)\\b"
            + "|(?:several|some|many|most|all) of the (?:points|things|reasons) you (?:listed|list|gave|give|mention|mentioned)\\b)");

    /** A response that opens speaking of its writer: "I pay ...", "My employer ...", "We ...", "In my case ...". */
    static final Search FIRST_PERSON_OPENING = p("^(?:(?:well|so|honestly|personally|yes|yeah|no|nope|ha|haha),?\\s+)?(?:I|I'm|I've|I'd|my|we|we're|we've|our|me|mine|in my|at my|for me|at our|in our)\\b");

    /** A concession that sets up a counter-claim: "I know X, but ...", "It may be X, but ...". */
    static final Search CONCESSION = p("^(?:(?:I know|I understand|I get (?:that|it)|I see (?:that|your)|sure|granted|while I|it may(?: not)? be"
            + "|that may(?: not)? be|it might(?: not)? be|I hear you)\\b[^.!?]{0,240}?,? but\\b"
            // A concession clause before the main one, with no "but": "While I agree that ..., there is ...".
            + "|(?:while|whilst|although|though|even though) I (?:agree|understand|see|get|know|accept|admit|appreciate|sympathi[sz]e)\\b[^.!?]{0,200}?,\\s*(?!but\\b)\\p{L}"
            // A one-word concession, its point, then the counter-claim in the next sentence: "Sure, ... . But ...".
            + "|(?:sure|granted|true|fair enough)\\b[,.!]?[^.!?]{0,200}?[.!?]\\s+(?:but|however)\\b"
            + "|(?:true|sure|granted|fair enough),? but\\b)");

    /**
     * "Yeah, but ...": an endorsement that only prefaces an objection. Where something was asked, "Yes, but only in June"
     * answers it instead, so the reader weighs this once it knows.
     */
    static final Search YES_BUT = p("^(?:yes|yeah|yep|yup|ok|okay),? but\\b");

    /** Derision, name-calling and scorn. */
    static final Search DERISION = p("\\b(?:the heck|the hell|wtf|idiot(?:s|ic)?|moron(?:s|ic)?|stupid|pathetic|clueless|narcissis(?:ts?|tic)"
            + "|spoiled|jealous|get a (?:life|job|new job|clue)|shut up|give me a break|laughable|who cares|troll(?:s|ing)?|dumb|loser|sucks|drivel"
            // Contempt for the post or the joke as threads word it: "now it is annoying", "crap".
            + "|annoying|crap(?:py)?|lame)\\b");

    /** Laughter and joke markers. */
    static final Search JOKE = p("(?:\\b(?:ha(?:ha)+|he(?:he)+|hee|tee hee|lol|lmao|rofl|just kidding|(?<!no )kidding|j/k|pun intended|jk"
            // Mock outrage and a mock retraction, as comments joke: "How dare he!", "... oh wait, never mind."
            + "|how dare (?:he|she|they|you|it)(?=[!.])|oh wait|tongue[- ]in[- ]cheek|(?<!not |n't |no )joking)\\b"
            + "|[*<](?:grin|g|wink)[*>]|(?<![\\p{L}]):-?[Pp](?![\\p{L}])|\\s/s$"
            + "|\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE1C|\uD83D\uDE1D)");

    /** Of the joke markers, laughter: the writer laughing, which marks a joke only when the response is little else. */
    static final Search LAUGHTER = p("(?:ha(?:ha)+|he(?:he)+|hee|tee hee|lol|lmao|rofl)");

    /** Of the joke markers, those that take back what was just said: "just kidding", "(joking)". */
    static final Search RETRACTION = p("\\b(?:kidding|joking|j/k|jk)\\b");

    /** A wink: a light touch, not a joke that makes the response. */
    static final Search WINK = p("(?:;-?\\)|\uD83D\uDE09)");

    /** Well-wishing and sympathy: chit-chat rather than a point. */
    static final Search WELL_WISHING = p("\\b(?:stay safe|take care|good luck|best of luck|feel better|get well|congrat(?:s|ulations)"
            // Wishing someone luck in other words: "I wish you better luck than ...", "Wishing you the best".
            + "|(?:I )?wish(?:ing)? you (?:better |good |the best of |all the |lots of |much )?(?:luck|best|well)"
            + "|sorry (?:to hear|for your loss|about your)|praying for you|thoughts and prayers|hugs"
            // Sympathy: "That's too bad", "What a bummer", "such a shame".
            + "|(?:that's|that is|what a|such a|how) (?:really |so |a )?(?:too bad|bummer|shame|pity)"
            // A wish opening a sentence with no "I": "Hope the move goes well" (not "hope this helps", which closes an answer).
            + "|^(?:I )?hope (?!(?:this|that|it) helps)"
            + "|I hope (?:you|he|she|they|things|it|that you|that things)\\b"
            // Sympathy opening a sentence ("Sorry Ann.", "So sorry.", "Sorry - my bad"): "sorry, but ..." is outweighed by
            // its dispute cue, so only the sympathy or apology is left to count.
            + "|^(?:I'm |I am |so |very |really )?sorry\\b(?! (?:to hear|for your loss|about your))"
            // Relief for someone: "Glad to hear you're okay", "So glad it wasn't you".
            + "|glad (?:to hear|it (?:wasn't|was not|isn't|is not) you|you(?:'re| are) (?:ok|okay|safe|alright|all right|fine|well)\\b|you made it"
            + "|(?:you|he|she|they) (?:still )?(?:have|got|found|kept|landed) (?:a |the |your |his |her |their |some |new )*(?:job|work|employment|position|place|home)\\b)"
            // Dismay on someone's behalf, opening its sentence: "Oh no! ...", "Oh dear.", "Oh no, not again."
            + "|^oh,? (?:no|dear)(?=\\s*[,.!\u2026])"
            // A sympathetic exclamation closing its sentence: "that's really horrible.", "it sounds rough", "so sad."
            + "|(?:that's|that is|it sounds|sounds|how|so|very) (?:really |so |just |pretty )?(?:horrible|awful|terrible|sad|rough|tough|scary)(?=[\\s.!\u2026:(]*$))");

    /** Of the well-wishing words, the formulas that close a response without being an act (ACTS.md rule 7). */
    static final Search FORMULAIC_WISH = p("(?:good luck|best of luck|congrat(?:s|ulations)|take care|stay safe)");

    /** A question put to someone: second person, or asked of the readers. */
    static final Search ASKING = p("\\b(?:(?:do|did|does|have|has|would|could|can|will|are|were|should|is there|are there)"
            + " (?:you|anyone|anybody|any of you|someone|people here|others)\\b"
            + "|(?:what|how|why|when|where|who|which)(?:'s| is| are| do| did| would| was| were| have| should)? (?:your|you|yours)\\b"
            + "|\\bany (?:idea|ideas|thoughts|advice|suggestions?|tips|recommendations?)\\b|your (?:take|thoughts|view|views|opinion)\\b"
            + "|what do you think|anyone else"
            // Asking the readers at large: "Anyone know ...", "Can someone ...", "Where can I ...", "Is there a ..."
            + "|(?:does |do |has |have )?(?:anyone|anybody|somebody|someone) (?:know|knows|tried|seen|here|else|got|using|use)"
            + "|(?:can|could|would) (?:someone|anyone|somebody|anybody)|(?:how|where|what|when|which) (?:can|do|should|would) (?:I|we)\\b"
            + "|is there (?:a|an|any) (?:way|reason|chance|source|link|study|tool))");

    /**
     * A question that asks no one: a tag that seeks no answer ("It's fun, isn't it?", "Helps, doesn't it?"), an
     * invitation to imagine ("Just imagine if ...?"), or an idiom that only announces a point ("And you know what?").
     */
    static final Search RHETORICAL = p("(?:^(?:just |now )?imagine (?:if|that|a|the|how|what)\\b"
            // Idioms that announce the writer's own point: "And you know what?", "Guess what?", "What better way to ...?"
            + "|^(?:and |but |so )?(?:you know what|guess what)\\b|\\bwhat better (?:way|place|time)\\b"
            // A question on a premise granted for argument ("If unions don't work, why do companies fight them?"), or one
            // sharpened by an oath ("How the hell ...?"): indignation that makes a point, not a request. A premise put to
            // "you" ("If money were no object, what would you do?") is a real question to the reader.
            + "|^(?:but |and |so )?if\\b(?![^?]*\\byou)[^?]{3,160},\\s*(?:then )?(?:why|how|what|who)\\b|\\b(?:how|why|what|who|where) the (?:fuck|hell|heck)\\b"
            + "|\\b(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|hasn't|haven't|shouldn't)"
            + " (?:it|they|we|he|she|that|there|I)\\s*(?:[?!,\u2026]|\\.\\.\\.))");

    /**
     * A statement put as a question to "you": "Andrew- you have a favourite site?", "Wait, your blog is ending, or just
     * the posts from work?". Counted only in a sentence that ends with a question mark.
     */
    static final Search ASKS_YOU = p("\\b(?:you|your|you're|you've)\\b[^?]*\\?\\s*$");

    /**
     * A question put to someone without its mark, as chat-like threads write them: "@ann where do you work", "anyone
     * tried this". Counted only in a sentence that ends with no full stop or exclamation.
     */
    static final Search UNMARKED_QUESTION = p("^(?:@[\\p{L}\\d_.-]+\\s+)*(?:(?:what|where|how|why|when|who|which)(?: do| did| does| would| can| could| are| is| were| have)"
            + "|do|does|did|can|could|would|will|are|have)\\s+(?:you|anyone|anybody|someone|somebody)\\b");

    /**
     * The opening of an elliptical answer: a fragment that only completes a question put just before ("If they have
     * no better options.", "Depends on the team.", "Probably not.").
     */
    static final Search ELLIPTICAL_ANSWER = p("^(?:only if|if|unless|because|depends|it depends|probably(?: not)?|not necessarily|sometimes|only when)\\b[^.!?]{0,80}[.!]");

    /** Asks without a question mark: a request for advice or opinions. */
    static final Search REQUEST = p("\\b(?:are there any (?:suggestions|articles|books|tips|ideas)|any (?:suggestions|advice|tips|recommendations) (?:would|are|is)"
            + "|(?:please )?(?:let me know|share your|tell (?:me|us)) (?:what|how|your|in the comments|if|whether)|I'd love to hear|I would love to hear"
            + "|looking for (?:advice|suggestions|recommendations)|what would you do|help me|my questions? (?:is|are|would be)"
            + "|I'm curious (?:to know |about |whether |if )|I am curious|would be curious to know|I wonder(?:ed)? (?:if|whether))\\b");

    /** Wondering aloud: a request when it ends as a question or a statement, a musing when it ends with "!". */
    static final Search WONDER = p("\\bI wonder(?:ed)? (?:if|whether)\\b");

    /** Words that say a response takes up a question: "Good question", "To answer your question", "Interesting questions, ...". */
    static final Search TAKES_UP_QUESTION = p("\\b(?:(?:^|(?<=[.!?,:]\\s)|(?<=\\b(?:a|what a|such a|these are|those are) ))"
            // "Good question" where it opens a sentence or is named as such, not "it misses some important questions".
            + "(?:(?:very|really|truly) )?(?:interesting|good|great|fair|excellent|valid|tough|important|thoughtful|big) questions?"
            + "|to answer your question|in answer to your|as (?:for|to) your question|(?:re|regarding|on) your question|you asked(?: about| whether| if| how| what| why)?)\\b");

    /** A post turning to its readers: "what's your take?", "anyone else?", "in your firm?". */
    static final Search ASKS_READERS = p("\\b(?:your (?:take|thoughts|views?|opinions?|experiences?)|what do you (?:think|do|say)|anyone else|any (?:suggestions|advice|tips|ideas)"
            + "|in your (?:firm|company|organi[sz]ation|workplace|office|team|experience|job|country)|what would you|how would you|would you|have you (?:ever|had|found)"
            + "|what(?:'s| is) your|tell us|let (?:me|us) know|share your|how about you|what about you)\\b");

    /** A page that is itself a question to its readers: "Ask HN", "Q&A". */
    static final Search QA_PAGE = p("(?:\\bask hn\\b|\\bQ ?& ?A\\b|\\bask (?:the|a) (?:community|readers)\\b)");

    /** A question-and-answer site counts a thread's responses as answers: "(32 answers total)", "3 Answers" on a line of its own. */
    static final Search ANSWER_COUNT = Search.compile("(?:\\(\\d+ answers?(?: total)?\\)|\\b\\d+ answers? total\\b|^\\s*\\d+ answers?\\s*$)",
            FLAGS | Pattern.MULTILINE);

    /** Contrast that turns an endorsement or praise into a caveat or a different point. */
    static final Search CONTRAST = p("\\b(?:but|however|although|though|yet|that said|having said that|on the other hand)\\b");

    /** A sign-off: "Cheers, Cassius", "Best wishes, Julian", a bare name. */
    static final Search SIGN_OFF = Search.compile("^(?:(?i:cheers|best|best wishes|regards|kind regards|warm regards|all the best|warmly|sincerely"
            + "|thanks again|thanks|thank you|ta)[,!.]?\\s*)?(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?[.!]?$");

    /** A placeholder where a response was taken down: "[deleted]", "[hidden by request]". */
    static final Search PLACEHOLDER = p("^\\s*\\[(?:deleted|removed|hidden|comment (?:deleted|removed)|redacted)[^\\]]*\\]");
}
