package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Whole-clause contact requests fixed in every language at once, over normalised clauses: a person who could attend
 * to, explain or think along with the customer asked about politely; one of the business's advisers asked to explain
 * or call; a message on a messaging app asked for; being contacted again asked for; someone else put on the case;
 * going through the matter with someone; the way to a person or someone to talk to not found. These are requests
 * whatever negation they hold ("I can't find how to talk to someone"), so they are read before the frames.
 */
final class ContactFamilies {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:is|are) there (?:anyone|anybody|someone|somebody)(?: \\w+){0,4}? "
                            + "(?:i could|i can|who could|who can) (?:have a (?:quick )?word with|sit down with|go "
                            + "through (?:this|it) with)\\b"),
                    of("be-contacted", "\\bi (?:d|would) (?:like|appreciate|love) (?:to be|being) (?:contacted|called "
                            + "back|rung back)\\b"),
                    of("go-through-with", "\\b(?:go|run|walk) through (?:this|it|that) with (?:someone|somebody|a "
                            + "person|one of your)\\b"),
                    of("way-not-found", "\\b(?:can not|could not) find (?:anywhere )?how to (?:talk|speak) to "
                            + "(?:someone|a person|a human)\\b|\\bis there (?:really )?no way to reach (?:a person|a "
                            + "human|someone|an agent)\\b")},
            "es", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:habria|hay|habra) (?:alguien|alguna persona)(?: \\w+){0,3}? que "
                            + "(?:me )?(?:pudiera|pueda|podria|pudiese) (?:atender|explicar|asesorar|orientar)\\b"),
                    of("adviser-explain", "\\b(?:alguno|alguna|uno|una) de (?:sus|tus|vuestros|vuestras) (?:asesores|"
                            + "asesoras|agentes|comerciales|tecnicos) (?:me )?(?:puede|podria|pudiera) (?:explicar|"
                            + "llamar|atender|asesorar)\\b"),
                    of("app-message", "\\b(?:alguien|alguno) (?:me )?(?:puede|podria) (?:escribir|llamar)(?: \\w+){0,2}?"
                            + " (?:al |por )?(?:whatsapp|wasap|telegram)\\b"),
                    of("role-call-me", "\\bque me (?:llame|llamen|escriba|contacte) (?:el|la) (?:\\w+ista|tecnico|"
                            + "tecnica|asesor|asesora|fontanero|mecanico|encargado|encargada|gerente)\\b"),
                    of("be-contacted", "\\b(?:quisiera|me gustaria|agradeceria) ser (?:contactad[oa]|llamad[oa]|"
                            + "recontactad[oa])\\b"),
                    of("no-one-to-talk-to", "\\bno hay nadie (?:\\w+ ){0,3}?con quien hablar\\b")},
            "pt", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:haveria|havera|ha|tem|teria) (?:alguem|alguma pessoa)(?: \\w+){0,3}?"
                            + " que (?:me )?(?:pudesse|possa|poderia) (?:atender|explicar|orientar)\\b"),
                    of("adviser-explain", "\\b(?:algum|alguma|um|uma) d(?:os|as) (?:vossos|vossas|seus|suas) "
                            + "(?:consultores|consultoras|atendentes|tecnicos) (?:me )?(?:pode|podia|poderia|pudesse) "
                            + "(?:explicar|ligar|atender)\\b"),
                    of("be-contacted", "\\b(?:gostaria|queria|agradecia|agradeceria) de ser (?:contactad[oa]|"
                            + "contatad[oa]|recontactad[oa])\\b"),
                    of("way-not-found", "\\bnao (?:acho|encontro|consigo achar|consigo encontrar)(?: \\w+){0,4}? como "
                            + "(?:falar|conversar|entrar em contato) com (?:alguem|um atendente|uma pessoa)\\b"),
                    of("no-one-to-talk-to", "\\bnao (?:ha|tem) ninguem (?:\\w+ ){0,3}?com quem falar\\b")},
            "fr", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:y aurait il|y a t il|il y aurait) (?:quelqu un|une personne)"
                            + "(?: \\w+){0,3}? qui (?:pourrait|peut|puisse) (?:me recevoir|m expliquer|me conseiller)\\b"),
                    of("adviser-explain", "\\b(?:l un|un|une) de vos (?:conseillers|conseilleres|agents|techniciens) "
                            + "(?:pourrait|peut) (?:m expliquer|me rappeler|me recevoir)\\b"),
                    of("be-contacted", "\\b(?:je souhaiterais|j aimerais|je voudrais) etre (?:recontacte|rappele|"
                            + "contacte)e?\\b"),
                    of("way-not-found", "\\bje ne trouve (?:nulle part|pas)(?: \\w+){0,3}? comment (?:parler|joindre"
                            + "|contacter) (?:a |avec )?(?:quelqu un|une personne|un conseiller)\\b"),
                    of("no-one-to-talk-to", "\\bil n y a personne (?:\\w+ ){0,3}?a qui parler\\b")},
            "de", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:gibt s|gibt es|gabe es)(?: bei (?:euch|ihnen))?(?: auch)? (?:wen|"
                            + "jemanden) der (?:sich )?(?:das |es )?mit mir (?:\\w+ ){0,2}?(?:anschaut|ansieht|"
                            + "durchgeht|bespricht|anguckt)\\b"),
                    of("app-message", "\\bkann mir (?:wer|jemand|einer)(?: \\w+){0,4}? (?:auf|per|uber) (?:whatsapp|"
                            + "signal|telegram)(?: \\w+){0,2}? schreiben\\b"),
                    of("go-through-with", "\\bmit (?:jemandem|einem menschen|einer person|einem berater)(?: \\w+){0,2}? "
                            + "(?:durchgehen|durchsprechen|besprechen)\\b"),
                    of("way-not-found", "\\bkeine ahnung wie man (?:bei (?:euch|ihnen) )?an (?:einen menschen|"
                            + "jemanden|einen mitarbeiter|eine person) (?:kommt|rankommt)\\b"),
                    of("no-one-to-talk-to", "\\bgibt es (?:denn )?(?:niemanden|keinen menschen) (?:\\w+ ){0,2}?mit "
                            + "dem (?:ich|man) (?:sprechen|reden) kann\\b")},
            "it", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:ci sarebbe|c e|ci sara) (?:qualcuno|una persona)(?: \\w+){0,3}? che "
                            + "(?:mi )?(?:potrebbe|puo|possa|potesse) (?:seguire|spiegare|richiamare|ricevere)\\b"),
                    of("adviser-explain", "\\b(?:uno|una|qualcuno) dei (?:vostri|suoi) (?:consulenti|operatori|"
                            + "tecnici) (?:mi )?(?:potrebbe|puo|potesse) (?:spiegare|richiamare|seguire)\\b"),
                    of("be-contacted", "\\b(?:gradirei|vorrei|desidero|chiedo di) essere (?:ricontattat[oa]|"
                            + "richiamat[oa]|contattat[oa])\\b"),
                    of("no-one-to-talk-to", "\\bnon (?:c e|ci sia|ce) nessuno (?:\\w+ ){0,4}?con cui (?:poter )?"
                            + "parlare\\b")},
            "nl", new NamedPattern[] {
                    of("someone-who-could", "\\b(?:zou er (?:misschien |ook )?iemand zijn die|is er (?:misschien |ook )"
                            + "?iemand die)(?: \\w+){0,4}? (?:mee (?:kan|kunnen) denken|meedenken|mee kan kijken|"
                            + "meekijken|kan uitleggen)\\b"),
                    of("app-message", "\\b(?:kunnen jullie|kan iemand|kan er iemand) (?:me|mij) (?:een )?(?:appje|"
                            + "berichtje|whatsappje) (?:sturen|doen)\\b(?=.*\\biemand\\b)"),
                    of("someone-else-on-it", "\\bzet (?:er )?(?:iemand|een collega)(?: anders)? (?:op|erop)\\b|"
                            + "\\b(?:kan|kunnen) er (?:nou |nu |eindelijk |even )*(?:iemand|een medewerker) "
                            + "(?:meekijken|mee kijken)\\b"),
                    of("go-through-with", "\\b(?:loop|neem|bespreek) (?:dit|het|dat) (?:\\w+ ){0,2}?(?:door )?met "
                            + "iemand\\b"),
                    of("way-not-found", "\\bgeen idee hoe ik (?:bij jullie )?(?:ooit )?(?:iemand|een medewerker|een "
                            + "mens) (?:te pakken krijg|kan bereiken|bereik)\\b|\\b(?:is|zijn) er (?:echt )?geen "
                            + "(?:enkele )?(?:manier|mogelijkheid) om (?:een medewerker|iemand|een mens) te "
                            + "(?:bereiken|spreken)\\b")});

    private ContactFamilies() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
