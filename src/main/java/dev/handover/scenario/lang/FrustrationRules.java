package dev.handover.scenario.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * What one language contributes to the frustration detector, as regex fragments over normalised text (see
 * {@code TextNormalizer}), kept apart from {@link LanguageRules} so that the contact, fallback and feedback tables
 * stay as they are. Each list holds named phrases; the detector reports {@code frustration:<category>:<code>:<name>}.
 *
 * @param threats ultimatums and announced consequences: cancel if, leave a bad review, sue, take the business
 *     elsewhere; a plain cancellation question or a polite complaint is not one
 * @param publicity telling others or posting about the business ("I'll tell everyone", "post it on Facebook"): a
 *     threat, but beside happy words it is praise ("I'll tell everyone how great you were")
 * @param insults name-calling aimed at the bot, the company or its staff ("you are useless", "stupid bot")
 * @param swearing swearing in anger ("wtf", "fuck this", "this is bullshit"); casual swearing ("damn good") is not
 * @param anger the customer says they are angry or at the end of their patience ("I'm furious", "unacceptable")
 * @param repeating exasperation at having to repeat themselves or wait ("how many times do I have to say")
 * @param softeners words that make a state mild ("a bit annoyed"): a phrase right after one does not count
 * @param positive happy words: a message in capitals or with exclamation runs that has one is excitement, and
 *     swearing beside one is casual ("holy shit that was fast"), not anger
 * @param exclaimed words that show exasperation when shouted: in capitals ("AGAIN.") or with a run of "!!!" or "?!"
 *     ("another delay?!?!")
 * @param joy words that, right after a state, make it hyperbole ("ich raste aus vor Freude", "mad with joy"): the
 *     phrase before them does not count
 * @param typos the long key words of the phrases (8 letters or more), towards which a word one typo away is corrected
 *     ("ridiculus", "inadmissble")
 * @param casual what makes an oath casual without a happy word: the customer's own slip, a bargain ({@link
 *     CasualOaths})
 * @param thirdParties someone other than the business anger can be aimed at ({@link ThirdParties}): anger at them
 *     before a plain question is not a complaint
 * @param turns how the last sentence turns back to the business after such an aside ({@link BusinessTurns})
 */
public record FrustrationRules(String code, List<NamedPattern> threats, List<NamedPattern> publicity,
        List<NamedPattern> insults, List<NamedPattern> swearing, List<NamedPattern> anger,
        List<NamedPattern> repeating, List<String> softeners, List<String> positive, List<String> exclaimed,
        List<String> joy, List<String> typos, List<NamedPattern> casual,
        List<NamedPattern> thirdParties, List<NamedPattern> turns) {

    static FrustrationRules of(String code, NamedPattern[] threats, NamedPattern[] publicity, NamedPattern[] insults,
            NamedPattern[] swearing, NamedPattern[] anger, NamedPattern[] repeating, String[] softeners,
            String[] positive, String[] exclaimed, String[] joy, String[] typos) {
        return new FrustrationRules(code, join(threats, ExposureThreats.threats(code), AudienceThreats.threats(code),
                LegalOpinions.threats(code), VeiledThreats.threats(code), Ultimatums.threats(code),
                Deadlines.threats(code), WeighedSteps.threats(code), PointedExposure.threats(code),
                TakenElsewhere.threats(code), ForcedHands.threats(code), QuietAnger.threats(code),
                Watchdogs.threats(code), FinalCancellations.threats(code), SeeYouLater.threats(code),
                LegalSteps.threats(code), OutletHints.threats(code), StandingLevers.threats(code),
                StoryDesks.threats(code)),
                join(publicity, ExposureThreats.publicity(code), AudienceThreats.publicity(code),
                        PointedExposure.publicity(code)),
                join(insults, NameCalling.insults(code), IronicPraise.insults(code),
                        PoliteJabs.insults(code), RudeWords.insults(code), SarcasticPatience.insults(code),
                        IronicClosers.insults(code), FirmOfFools.insults(code), IronicSignOffs.insults(code),
                        QuietAnger.insults(code), RetractedPraise.insults(code),
                        PraisedFailures.insults(code), ThankedDelays.insults(code), StaffInsults.insults(code),
                        NounJabs.insults(code)),
                List.of(swearing),
                join(anger, WearyExasperation.anger(code), PassiveResignation.anger(code),
                        SpentStrength.anger(code), WornOut.anger(code), QuietAnger.anger(code), LastAttempts.anger(code)),
                join(repeating, RepeatedAsks.repeating(code),
                        PointedReminders.repeating(code), MockedEffort.repeating(code),
                        StartingOver.repeating(code), VoidCalls.repeating(code)),
                List.of(softeners), joinWords(positive, ReturnVisits.of(code), GoodNews.of(code), JoyfulNews.of(code),
                        DelightWords.of(code)),
                List.of(exclaimed), List.of(joy), List.of(typos), join(CasualOaths.of(code), GoodNewsOaths.of(code),
                        SurpriseOaths.of(code), WrongPicks.of(code)),
                List.of(ThirdParties.of(code)), List.of(BusinessTurns.of(code)));
    }

    private static List<String> joinWords(String[] own, String[]... shared) {
        List<String> all = new ArrayList<>(List.of(own));
        for (String[] family : shared) {
            all.addAll(List.of(family));
        }
        return List.copyOf(all);
    }

    /** The language's own phrases first, so that a reason names them when both match. */
    private static List<NamedPattern> join(NamedPattern[] own, NamedPattern[]... shared) {
        List<NamedPattern> all = new ArrayList<>(List.of(own));
        for (NamedPattern[] family : shared) {
            all.addAll(List.of(family));
        }
        return List.copyOf(all);
    }
}
