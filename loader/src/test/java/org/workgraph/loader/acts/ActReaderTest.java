package org.workgraph.loader.acts;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;

/** Acts read from invented responses: the main act, and the words that decided it. */
class ActReaderTest {
    private static final String WRITER = "Petra Lindgren";
    private static final String PLAIN_POST = "Offices are changing. Teams now meet twice a week and write the rest down.";

    /** One comment on a post that asks nothing: its main act and a word of the evidence that decided it. */
    @ParameterizedTest(name = "{0} <- {2}")
    @CsvSource(delimiter = '|', value = {
            "appreciation      | Thanks so much for this, it made my morning.                                              | Thanks",
            "appreciation      | Great post! Clear and useful.                                                              | Great post",
            "agreement         | I agree. Our team moved to written updates last spring and meetings halved.                | I agree",
            "agreement         | Exactly! That is what happened at the warehouse where I work, every single shift.          | Exactly!",
            "elaboration       | I agree with most of it, but the trades are different: a plumber cannot fix a leak over video. | I agree",
            "disagreement      | No, this is wrong. Hybrid teams lose the quiet learning that happens beside a senior colleague. | No,",
            "disagreement      | I know remote work suits many people, but for apprentices it is a lonely way to start.      | I know",
            "negative-reaction | What a pathetic take. Only a clueless manager would write this.                            | pathetic",
            "question          | Interesting. Do you think the same would work for night shifts at a hospital?               | Do you think",
            "humor             | My cat has attended more of my meetings than my manager, haha.                             | haha",
            "other             | So sorry to hear about the layoffs. Take care of yourself and good luck.                   | sorry to hear",
            "elaboration       | In our county the library lends laptops to people who work from home, and the waiting list is long. | library lends laptops",
            // Endorsement by summing up what was said
            "agreement         | That sums it up. Our depot went through the same thing last winter.                        | sums it up",
            "agreement         | You nailed it, the rota is the whole problem.                                              | nailed it",
            "agreement         | My thoughts exactly. Nobody asked the drivers before the change.                           | My thoughts exactly",
            "agreement         | This. Nobody asked the drivers before the change.                                          | This.",
            // Dispute by calling the point nonsense, or by asking what the fuss is about
            "disagreement      | Utter and complete nonsense. A rota only works when the people on it had a say in it.      | Utter and complete nonsense",
            "disagreement      | What's this obsession with open offices? Most of us get more done with a door we can close. | What's this obsession",
            // Joke markers beyond laughter: mock outrage, a mock retraction, a tongue out, a grin
            "humor             | How dare he! Next he will be giving you weekends off as well.                              | How dare he",
            "humor             | You could always complain about the coffee... oh wait, he fixed that too.                  | oh wait",
            "humor             | Clearly the printer is the real manager here :P                                            | :P",
            "humor             | I for one welcome our new spreadsheet overlords *grin*                                     | *grin*",
            // Questions beyond a second person: all of the response, or asking the readers at large
            "question          | Will this run every week?                                                                  | Will this run every week?",
            "question          | Anyone know whether the pilot covered night shifts? We run three of them.                 | Anyone know",
            "question          | Can someone explain how pay was set for the shorter week? The report skips it.             | Can someone",
            // Endorsing a stand by wishing everyone took it
            "agreement         | If only more managers could be this sensible. Ours still counts hours at the desk.         | If only more managers could be this",
            // Praise beside a case of one's own is elaboration; thanks closing a short response is appreciation
            "elaboration       | Loved this! If I had tried that at my old job I would have been shown the door within a week. | would have been shown the door",
            "appreciation      | You and your editor are doing important work for all of us. Thank you so much!             | Thank you",
            // Words that say it takes up a question: an answer to the post
            "answer            | Good question. Our union wrote the Friday off into the contract, so nobody can quietly take it back. | Good question",
            "answer            | That's a very good question. Our union wrote the Friday off into the contract years ago. | very good question",
            // Endorsement as threads write it: confirming from experience, siding with the writer, marks other than a comma
            "agreement         | Can confirm - our clinic went to four long days last year and nobody wants to go back.     | Can confirm",
            "agreement         | I'm with you. The shared kitchen is the only place anyone talks to each other.             | I'm with you",
            "agreement         | Me, too! The old rota never let anyone plan a weekend.                                     | Me, too",
            "agreement         | Exactly—that is the part nobody in head office wants to hear.                        | Exactly—",
            "agreement         | Yes this is the real cost. Nobody counts the hours spent on the train.                     | Yes ",
            // Endorsement with the "I" dropped, and its idioms; "no kidding" endorses, it marks no joke
            "agreement         | Completely agree - nobody reads the minutes of a meeting they were not invited to.          | Completely agree",
            "agreement         | Can't say I blame you. Who would sit in traffic for a meeting that could be an email?        | Can't say I blame you",
            "agreement         | Nobody misses the commute or the office kitchen rota. No kidding.                          | No kidding",
            // Experience set against the claim; a plain word of scorn in a short response
            "disagreement      | I always find the opposite - I get half as much done at home with the neighbours drilling. | I always find the opposite",
            "negative-reaction | This redesign sucks. Give us the old site back.                                            | sucks",
            // A concession set up for the other side, with or without a 'but' in the same sentence
            "disagreement      | While I agree that nobody likes a long commute, there is still a place for a shared office in training. | While I agree",
            "disagreement      | Sure, some people prefer it. But most of the drivers I know would take the extra day without a second thought. | Sure, some people prefer it. But",
            "disagreement      | Yeah, but the savings go to the company and the costs stay with us.                        | Yeah, but",
            // Laughter is a joke's mark, not derision; a joke that takes back its own question is the joke
            "humor             | We tried that and the printer won the argument, lol                                        | lol",
            "humor             | @ines where do you work and can I apply (just kidding)                                     | kidding",
            // Sympathy, relief and apology as threads write them (session 6: 6 responses on 4 sites of 2 sets)
            "other             | Ugh. Sorry Ines. Her company had another round of cuts today too. I hope it ends soon.     | Sorry",
            "other             | Sorry to hear about the depot. Glad to hear you're okay, at least. I moved jobs too.      | Glad to hear",
            "other             | So glad it wasn't you! Can't wait to see the new desk.                                   | glad it wasn't you",
            "other             | I just realised that last comment was a downer! Sorry - my bad.                          | Sorry",
            // Confirmed in full; enjoying the blog; a request to be told, without a question mark
            "agreement         | You're 100% correct. We all need to be ready for it.                                       | 100% correct",
            "appreciation      | I always enjoy reading your blog. Have a good holiday.                                     | enjoy reading",
            "question          | Be sure to let me know if the new rota works out. I might try it at our shop.             | let me know if",
            // Sympathy and wishes make chit-chat
            "other             | That's too bad. Hope the new job comes through soon.                                       | too bad",
            // Praise of the writing itself
            "appreciation      | Oh my! You have a way with words. I love your blog!                                        | a way with words",
            // A statement put as a question to someone by name; an invitation to imagine asks no one
            "question          | Ines- you have a spare desk at your place? Mine is gone since the move.                    | you have a spare desk",
            "question          | Wait, your trial is over already, or only the Friday part of it? I missed the memo.         | your trial is over",
            "elaboration       | We moved the whole team online in a week. And you know what? Nobody wants to go back to the old floor. | We moved the whole team online in a week",
            // Claiming the point as one's own all along endorses it; stating one's own view ("In my opinion") disputes nothing
            "agreement         | Mondays after a long weekend are the worst. I've been saying that for years.               | I've been saying that",
            "agreement         | Sadly true, and I've said it before: the rota decides everything.                          | I've said it",
            "elaboration       | Offices will not vanish. In my opinion, what we see is a slow change in what they are for.  | In my opinion",
            // The post as the subject, credited with what it does; contempt for it in a few words
            "appreciation      | This piece cuts through the noise about robots and jobs. It is a helpful reminder that we still choose. | This piece cuts through",
            "appreciation      | Well this is a lovely development! Good to see the rules catch up.                         | this is a lovely development",
            "negative-reaction | Wow, that column was lame.                                                                 | lame",
            "negative-reaction | Funny the first time. Now it is just annoying.                                             | annoying",
            "agreement         | Commuting on a Monday sucks. I've been saying that for years.                              | I've been saying that",
            // "Actually" closing a claim sets it against what was said, as it does opening one
            "disagreement      | I think a shorter week would make people happier all year round, actually.                  | actually",
            "elaboration       | I actually tried the shorter week last year and my team liked it.                          | I actually tried",
            // An echo of a word or two is surprise, not a request; a closing question of its own asks
            "elaboration       | The new manager called it a pilot. A pilot? It has run for three years already.              | It has run for three years already",
            "question          | The new manager called it a pilot. How long will it run this time?                         | How long will it run",
            "elaboration       | Just imagine if every depot let drivers choose their own start time? The queues at the gate would vanish. | Just imagine if",
            // Dismay on someone's behalf; praise of the writer rather than of the post
            "other             | Oh no! Another round of cuts at the depot.                                             | Oh no",
            "appreciation      | Thanks Ines. I miss your posts about the depot. It was such a good way to keep up. Plus you're a kind and wise writer. | miss your posts",
            "elaboration       | You are a bad planner if you think a rota fixes itself. Ours took three months of trial and error. | bad planner",
            // A short exclamation of delight; a question shouted with doubled marks asks no one
            "appreciation      | Those are hilarious! I laughed at every one of them.                                           | Those are hilarious!",
            "appreciation      | Wish I could upvote this twice.                                                            | upvote",
            // Relief that someone still has work; a quotation answered with a case of its own, or granted outright
            "other             | I was worried for you. Glad you still have a job.                                           | Glad you still have a job",
            "agreement         | “The rota should be public” Of course! Nobody can plan a week without it.      | Of course!",
            "elaboration       | The depot sent the drivers home early again. Who plans a rota like THAT??                     | The depot sent the drivers home early again",
            // Dismissal and contradiction without "I disagree": a disclaimer before bad news, the claim waved off, sarcasm,
            // a correction put as news, the other side's words quoted back, a named counter-argument or fallacy
            "disagreement      | Enjoy the quiet month. Not to be a downer, but a full workload has never kept anyone off a cut list. | Not to be a downer",
            "disagreement      | I hate to be the bearer of bad news, Ines, but the depot closes whether we vote for it or not. | I hate to be the bearer of bad news",
            "disagreement      | The rota has nothing to do with the pay freeze. That was decided at head office.            | has nothing to do with",
            "disagreement      | Tell that to the drivers who were sent home without a word last March.                      | Tell that to",
            "disagreement      | So much for the promise of a shorter week. We work more hours now than before.             | So much for",
            "disagreement      | Spoken like someone who has never worked a night shift in a depot.                          | Spoken like someone",
            "disagreement      | Colour me surprised that the managers with corner offices like the return to the floor.     | Colour me surprised",
            "disagreement      | It may surprise you to learn that a contract cannot override the labour code.               | It may surprise you to learn",
            "disagreement      | Just one thing: you stated “a rota is fair by design.” A rota is only as fair as whoever writes it. | you stated “",
            "disagreement      | I worked four long days for a year. My counterargument is that most of us waste Friday anyway. | My counterargument",
            "disagreement      | I think you are making a slippery-slope argument. Nobody proposed a three-day week.         | slippery-slope argument",
            "disagreement      | I just don't see the pilot lasting past the winter with half the depot on leave.            | I just don't see",
            // The same words as a quotation of one's own, or later in a point of one's own, dispute nothing
            "elaboration       | As you stated in the post, the rota is published on Fridays. Ours goes up on Thursdays.     | the rota is published on Fridays",
            "elaboration       | Our depot moved the lockers last year. The new site has nothing to do with the old one.       | has nothing to do with the old one",
    })
    void aCommentsMainActAndItsEvidence(String act, String text, String evidence) {
        ActFinding main = mainOf(read(PLAIN_POST, comment(1, "Jonas Weir", text.strip())), 1);
        assertEquals(act, main.act().notation(), main.toString());
        assertTrue(main.evidence().stream().map(Span::exact).anyMatch(q -> q.contains(evidence.strip())), main.toString());
        assertFalse(main.method().isBlank());
        for (Span s : main.evidence()) assertEquals(text.strip().substring(s.start(), s.end()), s.exact(), "offsets point at the quoted words");
    }

    @Test
    void aCommentOnAPostThatAsksItsReadersAnswersIt() {
        BlogPost post = read("We tried a four-day week for a year. What would you keep, and what would you drop?",
                comment(1, "Ines Corbel", "We would keep the Friday off and drop the longer days, which tired everyone out."));
        ActFinding main = mainOf(post, 1);
        assertEquals(Act.ANSWER, main.act());
        Span asked = main.evidence().get(0);
        assertEquals(0, asked.unit(), "the evidence is the post's question");
        assertTrue(asked.exact().contains("What would you keep"));
    }

    @Test
    void thePostsWriterReplyingToAQuestionAnswersIt() {
        List<Response> rs = List.of(
                comment(1, "Ines Corbel", "Useful overview. How did you measure the output of the team during the trial?"),
                reply(2, WRITER, 1, "Ines, we counted closed tickets and asked customers, and both held steady."));
        BlogPost post = read(PLAIN_POST, rs.toArray(Response[]::new));
        assertEquals(Act.QUESTION, mainOf(post, 1).act());
        ActFinding answer = mainOf(post, 2);
        assertEquals(Act.ANSWER, answer.act());
        assertEquals(1, answer.evidence().get(0).unit(), "the evidence is the question it answers");
        assertEquals(1, answer.target(), "it answers response 1");
        assertEquals(0, mainOf(post, 1).target(), "the question is put to the post");
    }

    @Test
    void aPageThatCountsItsResponsesAsAnswersAsksAndItsCommentsAnswer() {
        BlogPost post = read("My manager reads a colleague's blog about our team. I keep quiet about it for now.\n"
                        + "posted by someone to Work (12 answers total)",
                comment(1, "Ines Corbel", "Leave it alone unless it names people; then talk to HR in confidence."));
        ActFinding main = mainOf(post, 1);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(0, main.target(), "it answers the post");
        assertEquals("(12 answers total)", main.evidence().get(0).exact());
    }

    @Test
    void aReplyThatSaysItTakesUpAQuestionAnswersTheResponseItRepliesTo() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "We should all move to four days."),
                reply(2, "Tomas Reyes", 1, "Interesting question, Ines. In our shop the Friday off paid for itself within a quarter."));
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(1, main.target());
        assertTrue(main.evidence().stream().anyMatch(e -> e.exact().equals("Interesting question")), main.toString());
    }

    @Test
    void wonderingAloudWithAnExclamationAsksNothingSoYesEndorsesIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "Our old office had a garden and long lunches. I wonder if we will ever get that back!"),
                reply(2, "Tomas Reyes", 1, "Yes. Those lunches will not come back, and something new will take their place."));
        assertEquals(Act.ELABORATION, mainOf(post, 1).act(), "a musing is no question");
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.AGREEMENT, main.act(), main.toString());
        assertEquals("Yes.", main.evidence().get(0).exact());
        assertEquals(1, main.target());
    }

    @Test
    void yesToAQuestionAnswersIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "Will you run the trial into next year? I could not find it in the notes."),
                reply(2, WRITER, 1, "Yes, until June at least, and then the board decides on the rest."));
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(1, main.target());
    }

    @Test
    void aCommentThatNamesTheAskerJustBeforeAndSaysYesAnswersThem() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Gudrun Halme", "Will this be a monthly meeting?"),
                comment(2, "Tomas Reyes", "Yes, Gudrun, monthly. Whether the room will hold everyone is another matter."));
        assertEquals(Act.QUESTION, mainOf(post, 1).act(), "a response that is one question asks");
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(1, main.target());
    }

    @Test
    void yesRightAfterAYesOrNoQuestionAnswersItWhoeverWroteIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, null, "Will the trial run on bank holidays?"),
                comment(2, null, "Yes, every one of them. Nobody asked the drivers first."),
                comment(3, null, "What did the drivers say about it?"),
                comment(4, null, "Yes, this matters more than the pay."));
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(1, main.target());
        assertEquals(Act.AGREEMENT, mainOf(post, 4).act(), "after a question that wants more than a yes, 'yes' endorses");
    }

    @Test
    void aResponseOfMarksAloneIsOtherAndTheThreadIsStillRead() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "@"),
                comment(2, "Tomas Reyes", "\u2014"),
                comment(3, "Ines Corbel", "Thanks for this."));
        assertEquals(Act.OTHER, mainOf(post, 1).act(), mainOf(post, 1).toString());
        assertEquals(Act.OTHER, mainOf(post, 2).act(), mainOf(post, 2).toString());
        assertEquals(Act.APPRECIATION, mainOf(post, 3).act());
    }

    @Test
    void theLastResponseCutOffAfterAFewWordsIsOther() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "We should all move to four days."),
                comment(2, "Tomas Reyes", "But over the last two weeks, my sister and"));
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.OTHER, main.act(), main.toString());
        assertEquals(Act.ELABORATION, mainOf(read(PLAIN_POST, comment(1, "Tomas Reyes", "But over the last two weeks, my sister and"),
                comment(2, "Ines Corbel", "Thanks for this.")), 1).act(), "only the last response can be cut off by the page's end");
    }

    @Test
    void questionsNamedInPassingAreNotTakenUp() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "This survey will mislead because it leaves out some important questions about pay and hours."));
        assertEquals(Act.ELABORATION, mainOf(post, 1).act(), mainOf(post, 1).toString());
    }

    /** A title asks its readers only when it is put as a question; a phrase with a question mark is a headline's tease. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | Should offices close on Fridays?",
            "true  | Remote work: is it really over?",
            "true  | What would you keep from the four-day trial?",
            "true  | Anyone else tired of hot desks?",
            "false | A Four-Day Week?",
            "false | The end of the office as we know it?",
            "false | Hot desks - the future of work?",
    })
    void aTitleAsksOnlyWhenPutAsAQuestion(boolean asks, String title) {
        // The body repeats the title as its first line, as many pages do, before a question the writer puts to no one.
        BlogPost post = new BlogPost(new Source("invented.txt", "0"), title.strip(), WRITER, null, List.of(), null,
                title.strip() + "\nCouldn't we have kept the trial a little longer? It ended last month. Teams met on Mondays and wrote the rest down.",
                new ArrayList<>(List.of(comment(1, "Ines Corbel", "We kept the Monday meeting and dropped the rest of it."))));
        assertEquals(asks, ActReader.postAsks(post) != null, String.valueOf(ActReader.postAsks(post)));
        assertEquals(asks ? Act.ANSWER : Act.ELABORATION, mainOf(post, 1).act());
    }

    /** A question at the post's end asks its readers when it is put as one; a phrase with a question mark heading the body does not. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | Now that the trial is over, what would you keep?",
            "true  | You still have the Friday off?",
            "true  | Is anyone else running the same trial?",
            "false | A Four-Day Week for Everyone?",
            "false | Four days, five days, six days?",
            // A widget's label or a heading in title case, which every post of a site carries
            "false | What's Your Reaction?",
            "false | Did You Enjoy This Article?",
            "true  | What's your reaction to the trial?",
    })
    void aQuestionAtThePostsEndAsksWhenPutAsOne(boolean asks, String question) {
        BlogPost post = read("The trial ended last month and teams met on Mondays. " + question.strip(),
                comment(1, "Ines Corbel", "We kept the Monday meeting and dropped the rest of it."));
        assertEquals(asks, ActReader.postAsks(post) != null, String.valueOf(ActReader.postAsks(post)));
    }

    @Test
    void aTagQuestionAtThePostsEndAsksNoOneSoACommentIsNoAnswer() {
        BlogPost post = read("I keep my own desk and my own stapler. It is fun, though, isn't it… sharing ideas over coffee?",
                comment(1, "Ines Corbel", "Our office has a coffee machine that only works for the manager."));
        assertNull(ActReader.postAsks(post));
        assertEquals(Act.ELABORATION, mainOf(post, 1).act());
    }

    @Test
    void yesButAnswersWhenSomethingWasAskedAndObjectsWhenNothingWas() {
        BlogPost asked = read(PLAIN_POST,
                comment(1, "Ines Corbel", "Will you run the trial into next year?"),
                reply(2, WRITER, 1, "Yes, but only until June, and then the board decides on the rest."));
        assertEquals(Act.ANSWER, mainOf(asked, 2).act());
        BlogPost stated = read(PLAIN_POST,
                comment(1, "Ines Corbel", "The trial should run into next year."),
                reply(2, "Tomas Reyes", 1, "Yes, but only if the board pays for the extra staff it needs."));
        assertEquals(Act.DISAGREEMENT, mainOf(stated, 2).act());
        assertEquals(1, mainOf(stated, 2).target());
    }

    @Test
    void aFragmentRightAfterAQuestionCompletesItAsItsAnswer() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "For people who want to stay at home, is a lower salary not a fair price?"),
                comment(2, "Tomas Reyes", "If they have no better offer. Most of them do, these days."),
                comment(3, "Jonas Weir", "If you ask me, the trial ran far too short to show anything at all about pay."));
        assertEquals(Act.QUESTION, mainOf(post, 1).act());
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(1, main.target());
        assertEquals(Act.ELABORATION, mainOf(post, 3).act(), "a full sentence that opens with 'if' completes nothing");
    }

    @Test
    void aQuestionWithoutItsMarkIsAskedAndTheReplyAnswersIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "@petra how do you decide who gets the Friday off"),
                reply(2, WRITER, 1, "@ines we draw lots every quarter, and swaps are allowed."));
        assertEquals(Act.QUESTION, mainOf(post, 1).act());
        assertEquals(Act.ANSWER, mainOf(post, 2).act());
    }

    @Test
    void theLastResponseStoppingOnAWordNoSentenceEndsWithIsCutOff() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "We should all move to four days."),
                comment(2, "Tomas Reyes", "Like most things, it has its good sides . . . and"));
        assertEquals(Act.OTHER, mainOf(post, 2).act(), mainOf(post, 2).toString());
    }

    @Test
    void aReplyUnderADisputeWithACaseOfItsOwnCarriesTheDisputeOn() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "I disagree: eating lunch with colleagues is a waste of a good hour."),
                reply(2, "Tomas Reyes", 1, "In my grandmother's village a shared meal settled quarrels that months of letters could not, and it still does."),
                reply(3, "Ines Corbel", 2, "In my office the canteen closes at two, so the question rarely comes up for any of the night staff."),
                comment(4, "Jonas Weir", "In my office the canteen closes at two, so the question rarely comes up for any of the night staff."));
        assertEquals(Act.DISAGREEMENT, mainOf(post, 1).act());
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.DISAGREEMENT, main.act(), main.toString());
        assertEquals(1, main.target(), "it disputes the response it replies to");
        assertEquals(Act.DISAGREEMENT, mainOf(post, 3).act(), "a reply to a reply that disputes, by another writer");
        assertEquals(Act.ELABORATION, mainOf(post, 4).act(), "the same words as a comment on the post add a point");
    }

    @Test
    void aReplyUnderDerisionJoinsInRatherThanDisputingIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "What a pathetic, clueless post."),
                reply(2, "Tomas Reyes", 1, "I usually stay away from this site for a week after an announcement like this one and read the paper instead."));
        assertEquals(Act.NEGATIVE_REACTION, mainOf(post, 1).act());
        assertEquals(Act.ELABORATION, mainOf(post, 2).act(), mainOf(post, 2).toString());
    }

    @Test
    void theSameWriterUnderTheirOwnDisputeOnlyAddsToIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "I disagree: eating lunch with colleagues is a waste of a good hour."),
                reply(2, "Ines Corbel", 1, "In my office the canteen closes at two, so the question rarely comes up for any of the night staff."));
        assertEquals(Act.ELABORATION, mainOf(post, 2).act());
    }

    @Test
    void aReplyThatTurnsWithButDisagrees() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "Written updates are the fairest way to run a team."),
                reply(2, "Tomas Reyes", 1, "@Ines but they reward the people who write fluently, not the ones who do the work."));
        assertEquals(Act.DISAGREEMENT, mainOf(post, 2).act());
        assertEquals(1, mainOf(post, 2).target(), "it disagrees with the response it replies to");
    }

    @Test
    void pingbacksAnnounceAndTakenDownResponsesAreOther() {
        BlogPost post = read(PLAIN_POST,
                new Response(1, null, ResponseKind.PINGBACK, null, null, null, "Pingback: Notes on hybrid teams | Field Notes", "Notes on hybrid teams", "Field Notes", 1),
                comment(2, "Jonas Weir", "[deleted]"),
                comment(3, "Ines Corbel", "What I was going to"));
        assertEquals(Act.ANNOUNCEMENT, mainOf(post, 1).act());
        assertEquals(Act.OTHER, mainOf(post, 2).act());
        assertEquals(Act.OTHER, mainOf(post, 3).act(), "the page's last response, cut off");
    }

    @Test
    void everyResponseHasExactlyOneMainActAndAtMostThreeActs() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Jonas Weir", "Thanks for writing this. I agree with the point on meetings. Do you think it scales to a large company?"),
                comment(2, "Ines Corbel", "Lovely piece, haha. Our office did the opposite and it went fine."));
        List<ActFinding> acts = new ActReader().read(post, WRITER);
        for (int unit = 1; unit <= 2; unit++) {
            int u = unit;
            assertEquals(1, acts.stream().filter(a -> a.unit() == u && a.main()).count());
            assertTrue(acts.stream().filter(a -> a.unit() == u).count() <= 3);
            assertEquals(acts.stream().filter(a -> a.unit() == u).map(ActFinding::act).distinct().count(),
                    acts.stream().filter(a -> a.unit() == u).count(), "each act once");
        }
    }

    /** Ten words or more beyond the sentence that decided the main act add elaboration to its acts; fewer do not. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "agreement,elaboration | I agree. Our team moved to written updates last spring and the meetings halved within a month.",
            "agreement             | I agree. Same at our place.",
            // Laughter beside an endorsement reacts to a joke, it does not make one
            "agreement             | Exactly, haha. Same at our place.",
            "appreciation          | LOL, great post!",
            "disagreement,elaboration | I disagree. Our night shift tried written updates and nobody read them, so the managers went back to huddles.",
            // Derision, a joke and chit-chat are what a response does when it makes no point of its own
            "negative-reaction     | What a pathetic take. Only a clueless manager would write this, and only a stupid board would read it twice.",
            "humor                 | How dare he! Next he will be giving you weekends off as well, and a parking space with your name on it.",
            "other                 | So sorry to hear about the layoffs. Take care of yourself and good luck with everything that comes next.",
    })
    void elaborationBesideTheMainActNeedsPointsOfItsOwn(String acts, String text) {
        List<ActFinding> found = new ActReader().read(read(PLAIN_POST, comment(1, "Jonas Weir", text.strip())), WRITER);
        assertEquals(List.of(acts.strip().split(",")), found.stream().map(a -> a.act().notation()).toList(), found.toString());
    }

    /**
     * A comment that sets itself against what came before, by its opening or by a first sentence closing on "though",
     * disputes; the same words elsewhere ("Still waiting", a question ending "though?", which asks no one here) do not.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "disagreement | And yet the depots that tried the long shifts went back to the old rota within a year.",
            "disagreement | Still, the night shift is the one nobody on the board ever asked about.",
            "disagreement | It is still a useful rota though. Drivers plan their weekends around it and the sick days fell.",
            "disagreement | Then again, the firms that kept it were the ones that never measured anything.",
            // Weighing the earlier words and finding them wanting: re-labelled, called one-sided, or what their writer gets wrong
            "disagreement | That sounds like bad rostering rather than anything to do with the four-day week.",
            "disagreement | It's not just about the pay. The drivers lose the one evening they had with their children.",
            "disagreement | This seems really naive to me. No depot will give up a shift without a fight.",
            "disagreement | You are overlooking the night shift, which the trial left out from the start.",
            "elaboration  | It's not far from our depot, and the canteen there is open all night for the drivers.",
            "elaboration  | Still waiting for our own trial to start, the union says it will be after the summer.",
            "elaboration  | What about the night shift, though? Nobody on the board has said a word about it.",
    })
    void aCommentThatOpensAgainstWhatCameBeforeDisputesIt(String act, String text) {
        ActFinding main = mainOf(read(PLAIN_POST, comment(1, "Jonas Weir", text.strip())), 1);
        assertEquals(act.strip(), main.act().notation(), main.toString());
    }

    /**
     * Questions that make a point rather than ask for one: on a premise granted for argument, or sharpened by an oath.
     * Neither is a question to anyone, so the comment adds its point.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "If the four-day week fails, why do so many firms keep it after the trial ends?",
            "My last job paid eleven an hour and the rent was nine hundred. How the fuck do they expect anyone to live on that?",
    })
    void aQuestionThatMakesAPointAsksNoOne(String text) {
        ActFinding main = mainOf(read(PLAIN_POST, comment(1, "Jonas Weir", text.strip())), 1);
        assertEquals(Act.ELABORATION, main.act(), main.toString());
    }

    /** Well-wishing, praise of what the post gives and a lone endorsing word, as threads write them. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "other        | I wish you better luck than the last committee had, my friend. Moves like this are always hard.",
            "appreciation | Such helpful information for a new starter.",
            "agreement    | Definitely",
    })
    void chitChatPraiseAndEndorsementInOtherWords(String act, String text) {
        // A second response after it: the page's last response, short and unmarked, would be read as cut off.
        ActFinding main = mainOf(read(PLAIN_POST, comment(1, "Jonas Weir", text.strip()), comment(2, "Ines Corbel", "Thanks for this.")), 1);
        assertEquals(act.strip(), main.act().notation(), main.toString());
    }

    /**
     * A flat thread with no names: a question put to "you", and the next response turning at once to "I" or "my"
     * answers it; not when the question asked no one in particular, nor when the same writer goes on.
     */
    @Test
    void theVoiceTurningToIRightAfterAQuestionToYouAnswersIt() {
        BlogPost post = read(PLAIN_POST,
                comment(1, null, "We moved the whole depot to four long days in March."),
                comment(2, null, "How many hours do you work on the long days?"),
                comment(3, null, "I do ten, with a short lunch and nothing booked after four."),
                comment(4, null, "Will the pilot cover the night shift as well?"),
                comment(5, null, "I think the union wants that in writing before anything else."));
        ActFinding main = mainOf(post, 3);
        assertEquals(Act.ANSWER, main.act(), main.toString());
        assertEquals(2, main.target());
        assertEquals(Act.ELABORATION, mainOf(post, 5).act(), "the question before it asked no one in particular");
        BlogPost same = read(PLAIN_POST,
                comment(1, "Ines Corbel", "How many hours do you work on the long days?"),
                comment(2, "Ines Corbel", "I ask because ours want twelve."));
        assertEquals(Act.ELABORATION, mainOf(same, 2).act(), "the asker going on does not answer herself");
    }

    /** The post's writer does not answer the question their own post puts to its readers; anyone else does. */
    @Test
    void thePostsWriterDoesNotAnswerTheirOwnPostsQuestion() {
        BlogPost post = read(PLAIN_POST + " What would you do in my place?",
                comment(1, "Ines Corbel", "I would ask for the trial in writing before agreeing to anything."),
                comment(2, WRITER, "The rota changes again in May, so there is time for that."));
        assertEquals(Act.ANSWER, mainOf(post, 1).act());
        ActFinding main = mainOf(post, 2);
        assertEquals(Act.ELABORATION, main.act(), main.toString());
    }

    @Test
    void aQuotationOpeningAResponseIsSkippedWhenItsOpeningWordsAreWeighed() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "> Teams meet more when they share a floor\nExactly. Our best quarter had the most meetings of the year."),
                comment(2, "Tomas Reyes", "> Teams meet more when they share a floor\nOur best quarter had the fewest meetings of the year, and the team was spread over three towns."));
        assertEquals(Act.AGREEMENT, mainOf(post, 1).act(), mainOf(post, 1).toString());
        assertEquals(Act.ELABORATION, mainOf(post, 2).act(), "a quotation answered with a case of its own adds a point (it disputes on one site, adds on another)");
    }

    @Test
    void yesThatLeadsIntoItsWritersOwnReasonIsAPointOfItsOwn() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "Management will find another reason to let people go."),
                reply(2, WRITER, 1, "Yes, which is why I wrote that part about keeping a record of every meeting."),
                reply(3, "Tomas Reyes", 1, "Yes, they always do. Our depot lost four drivers that way last spring."));
        assertEquals(List.of(Act.ELABORATION, Act.AGREEMENT), actsOf(post, 2));
        assertEquals(Act.AGREEMENT, mainOf(post, 3).act(), "a plain 'yes' still endorses");
    }

    @Test
    void sympathyBesideAnEndorsementIsASecondAct() {
        BlogPost post = read(PLAIN_POST,
                comment(1, "Ines Corbel", "I agree. So sad."),
                comment(2, "Tomas Reyes", "Sorry to hear about the depot. Glad you are okay. I moved jobs last spring and the new place runs four long days."),
                comment(3, "Gudrun Halme", "We kept the long days and dropped Fridays. Nobody complained about it once. Good luck!"));
        assertEquals(List.of(Act.AGREEMENT, Act.OTHER), actsOf(post, 1));
        assertEquals(List.of(Act.OTHER), actsOf(post, 2), "chit-chat beside sympathy is no second act");
        assertEquals(List.of(Act.ELABORATION), actsOf(post, 3), "a formulaic wish is no act (rule 7)");
    }

    @Test
    void notationsAreTheCorpusNames() {
        assertEquals("negative-reaction", Act.NEGATIVE_REACTION.notation());
        assertEquals(10, Act.values().length);
    }

    // ---------------------------------------------------------------- helpers

    private static ActFinding mainOf(BlogPost post, int unit) {
        return new ActReader().read(post, WRITER).stream().filter(a -> a.unit() == unit && a.main()).findFirst().orElseThrow();
    }

    /** The acts of a response, main first. */
    private static List<Act> actsOf(BlogPost post, int unit) {
        return new ActReader().read(post, WRITER).stream().filter(a -> a.unit() == unit).map(ActFinding::act).toList();
    }

    private static BlogPost read(String body, Response... responses) {
        return new BlogPost(new Source("invented.txt", "0"), "On teams", WRITER, null, List.of(), null, body, new ArrayList<>(List.of(responses)));
    }

    private static Response comment(int n, String writer, String text) {
        return new Response(n, null, ResponseKind.COMMENT, writer, null, null, text, null, null, n);
    }

    private static Response reply(int n, String writer, int to, String text) {
        return new Response(n, null, ResponseKind.REPLY, writer, to, null, text, null, null, n);
    }
}
