package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The staff or the whole business called fools in each language's everyday idiom: clowns, cowboys, amateurs and
 * their native kin ("Your mechanics are clowns", "are you lot actually thick?", "votre garagiste c'est un charlot",
 * "was für Vollpfosten sitzen bei euch an der Hotline?", "que bando de amador", "jullie loodgieter is een prutser").
 * Words that are also trades or hobbies must be said of someone ("your fitters are clowns", "c'est un bras cassé"),
 * since "the clowns at my son's party were great" and "mon mari est un amateur de vin" are calm; only the words that
 * are nothing but insults ("Vollpfosten", "beunhaas", "cialtroni") stand alone. Appended to each language's insults,
 * so a neighbour called one before a question to the business is still an aside.
 */
final class StaffInsults {

    private static final String EN = "(?:your|you r|ur) (?:so called )?(?:\\w+ ){0,2}?(?:are|is) (?:a |an |just |all )?(?:absolute |complete |"
            + "total |proper |right )?(?:bunch of |load of |pack of |set of )?(?:clowns?|cowboys?|muppets?|jokers|"
            + "amateurs|clueless)|run by (?:a bunch of |a load of )?"
            + "(?:clowns|cowboys|muppets|amateurs|monkeys)|(?:are|is) you lot (?:actually |just |really |all )?(?:that |so )?(?:thick|"
            + "stupid|dense|daft|useless|clueless)|you lot are (?:actually |just )?(?:thick|dense|daft|clueless)|"
            + "(?:what|such) a (?:bunch|shower|load) of (?:clowns|cowboys|muppets|amateurs)";
    private static final String ES = "(?:que|vaya|menuda|son una?|sois una?) (?:bando|panda|pandilla|banda|manada|"
            + "cuadrilla|partida) de (?:amateurs?|inutiles|incompetentes|payasos|ineptos|chapuceros|sinverguenzas)|"
            + "(?:es|son|sois) (?:un|una|unos|unas) (?:sinverguenzas?|chantas?|payasos?|chapucer[oa]s?|ineptos?|"
            + "mamarrachos?)|(?:empresa|servicio|gente) mas chanta|mas inutil que un";
    private static final String PT = "(?:que|bando|cambada|corja|cambulhada|bando) de (?:amador(?:es)?|"
            + "incompetentes?|palhacos|inuteis|trapalhoes|aldraboes)|(?:sao|e) (?:uns|um|uma) (?:palhacos?|"
            + "trapalhoes|trapalhao|aldraboes|aldrabao|incompetentes?|amadores)|(?:cambada|corja|bando) de \\w+s";
    private static final String FR = "(?:c est|est|sont|etes) (?:un |une |des )?(?:vrai |vraie |vrais )?(?:charlots?|"
            + "guignols?|bras casses?|branquignols?|rigolos?|incapables|manches|pieds nickeles)\\b|(?:bande|tas|"
            + "ramassis|equipe) de (?:charlots|guignols|bras casses|incapables|amateurs|clowns|branquignols|"
            + "bras casses|rigolos)|(?:votre|ton|vos) \\w+ (?:est|sont|c est) (?:un |des )?(?:vrais? )?amateurs?";
    private static final String DE = "vollpfosten|volltrottel|dilettanten|stumper|hohlbirnen|hohlkopfe|"
            + "strunzdumm|strunzdoof|(?:ihr seid|sie sind) (?:doch |echt |wirklich |einfach )?zu (?:blod|dumm|doof)|"
            + "(?:ihr|sie) (?:seid|sind) (?:doch |echt |alle |wirklich )?(?:clowns|deppen|"
            + "amateure|witzfiguren|pfeifen)|(?:was fur|lauter|so) (?:\\w+ )?(?:deppen|idioten|pfeifen|clowns|"
            + "witzfiguren|amateure)|(?:laden|verein|saftladen) voller (?:idioten|deppen|amateure)";
    private static final String IT = "(?:branco|banda|massa|manica|accozzaglia|squadra) di (?:incompetenti|"
            + "dilettanti|pagliacci|buffoni|cialtroni|incapaci|scappati di casa)|(?:siete|e|sono) (?:dei|un|una|"
            + "degli|solo dei|proprio dei|proprio un) (?:pagliacci?o?|buffon[ei]|cialtron[ei]|dilettant[ei]|"
            + "incapac[ei]|incompetent[ei]|scappati di casa)|cialtroni";
    private static final String NL = "(?:is|zijn) (?:een|zo n|echte|een stel|een stelletje|een arrogante|een "
            + "gladde) (?:prutsers?|kluns(?:en)?|oplichters?|beunhazen|beunhaas|kwal|amateurs|cowboys|knoeiers?|"
            + "klungels?)|prutser|beunhaas|beunhazen|gladde oplichter|(?:stelletje|stel|clubje|bende) "
            + "(?:prutsers|amateurs|clowns|beunhazen|oplichters|klungels|knoeiers|sukkels)";

    private StaffInsults() {
    }

    /** The idiomatic name-calling of a language's staff and businesses. */
    static NamedPattern[] insults(String code) {
        return new NamedPattern[] {
                of("fools", PerLanguage.pick(code, "staff insults", EN, ES, PT, FR, DE, IT, NL))
        };
    }
}
