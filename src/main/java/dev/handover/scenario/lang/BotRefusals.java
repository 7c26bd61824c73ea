package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A refusal to go on with a bot ("je ne veux pas parler à un robot", "ich will nicht mit einem Bot schreiben"): the
 * negation turns down the bot, not the person, so it asks for a person after all. Whole-clause requests over
 * normalised text, read before the frames so that the negation scope does not take them back. A wish negated for a
 * person ("je ne veux pas parler à un conseiller") stays out: only a bot word after the verb makes the refusal. Not
 * under a condition ("si je ne veux pas parler à un robot, que faire ?"), and only the customer's own refusal, never
 * a third person's ("mon fils ne veut pas parler à un robot"). Spanish and Portuguese keep theirs in their own tables
 * ("no quiero hablar con un bot", "não quero falar com um robô").
 */
final class BotRefusals {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {of("no-bot", "(?<!\\bif )\\bi (?:do not|don t|dont|really do not) want to"
                    + " (?:keep )?(?:talk|speak|chat|deal|talking|speaking|chatting)(?: any more| anymore)? (?:to|with)"
                    + " (?:a|the|this|some|another|any) (?:bot|robot|machine|chatbot|computer|ai|virtual assistant)\\b")},
            "es", new NamedPattern[] {},
            "pt", new NamedPattern[] {},
            "fr", new NamedPattern[] {of("no-bot", "(?<!\\bsi )\\bje (?:ne )?(?:veux|voudrais|souhaite) (?:pas|plus)"
                    + " (?:parler|discuter|echanger|ecrire|chatter|continuer) (?:a|avec) (?:un|une|le|la|ce|cette)"
                    + " (?:robot|bot|machine|chatbot|ia|assistant virtuel|repondeur)\\b")},
            "de", new NamedPattern[] {of("no-bot", "(?<!\\bwenn )\\bich (?:will|mochte|mag) (?:nicht|nicht mehr"
                    + "|nicht langer) (?:mit|zu) (?:einem|dem|diesem|nem|so einem) (?:bot|roboter|chatbot|computer"
                    + "|automaten|maschine)\\b")},
            "it", new NamedPattern[] {of("no-bot", "(?<!\\bse )\\bnon (?:voglio|vorrei|desidero) (?:piu )?(?:parlare"
                    + "|chattare|scrivere|continuare|avere a che fare) con (?:un|una|il|la|questo|questa|sto|sta)"
                    + " (?:bot|robot|macchina|chatbot|assistente virtuale|risponditore)\\b")},
            "nl", new NamedPattern[] {of("no-bot", "(?<!\\bals )\\bik wil (?:niet|niet meer|niet langer) (?:met"
                    + "|tegen) (?:een|de|die|deze|zo n|zo een) (?:bot|robot|chatbot|computer|machine)\\b")});

    private BotRefusals() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
