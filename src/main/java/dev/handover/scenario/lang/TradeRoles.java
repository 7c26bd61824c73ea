package dev.handover.scenario.lang;

import java.util.Map;

/**
 * The trades a home-services or repair business sends out, as staff roles in every language: plumber, electrician,
 * heating engineer, locksmith, carpenter, architect, surveyor, roofer, installer, driving instructor, property
 * manager. Roles count only after a contact verb ("can I speak to the plumber", "merci de me faire rappeler par le
 * plombier"), so "I need a plumber to fix the tap" (a service) stays out as it does for the other roles.
 */
final class TradeRoles {

    private static final Map<String, String[]> ROLES = Map.of(
            "en", new String[] {"plumbers?", "electricians?", "locksmiths?", "carpenters?", "joiners?", "architects?",
                    "(?:heating |gas |service )?engineers?", "surveyors?", "roofers?", "builders?", "installers?",
                    "fitters?"},
            "es", new String[] {"fontaner[oa]s?", "electricistas?", "cerrajer[oa]s?", "carpinter[oa]s?",
                    "arquitect[oa]s?", "instalador(?:es|as?)?", "albanil(?:es)?"},
            "pt", new String[] {"canalizador(?:es|as?)?", "encanador(?:es|as?)?", "e?letricistas?",
                    "serralheir[oa]s?", "carpinteir[oa]s?", "arquite(?:c)?t[oa]s?", "instalador(?:es|as?)?",
                    "pedreir[oa]s?"},
            "fr", new String[] {"plombiers?", "electricien(?:ne)?s?", "chauffagistes?", "serruriers?", "menuisiers?",
                    "architectes?", "couvreurs?", "installateurs?", "moniteurs? d auto ecole"},
            "de", new String[] {"klempner(?:in)?", "installateur(?:in)?", "elektriker(?:in)?", "monteur(?:in)?",
                    "handwerker(?:in)?", "(?:haus)?verwalter(?:in)?", "fahrlehrer(?:in)?", "heizungsbauer(?:in)?",
                    "dachdecker(?:in)?", "schreiner(?:in)?", "tischler(?:in)?", "architekt(?:in|en)?"},
            "it", new String[] {"idraulic[oi]", "elettricist[ai]", "fabbr[oi]", "falegnam[ei]", "caldaist[ai]",
                    "installator[ei]", "murator[ei]"},
            "nl", new String[] {"loodgieters?", "elektriciens?", "slotenmakers?", "timm?erm[ae]n", "architect(?:en)?",
                    "rijinstructeurs?", "dakdekkers?", "aannemers?"});

    private TradeRoles() {
    }

    static String[] roles(String language) {
        return ROLES.get(language);
    }
}
