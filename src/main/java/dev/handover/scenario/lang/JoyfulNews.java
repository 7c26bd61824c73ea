package dev.handover.scenario.lang;

/**
 * Good news shouted in capitals: a record or a first at the gym ("NEW PB ON DEADLIFT", "¡¡HOY HE HECHO MI PRIMERA
 * DOMINADA!!"), a ticket, a job or the keys won ("CONSEGUI O INGRESSO!!!!", "GOT THE KEYS TODAY"), a date set for
 * the wedding, a party or a delivery praised ("BESTE FEIER EVER!!!", "WAT EEN SNELLE LEVERING!!!") or a device that
 * works at last ("NEUES HANDY IST DA UND ALLES LÄUFT!!!"), an exam passed, a home bought or a tree's first fruit
 * ("PASSED MY DRIVING TEST!!!", "HET HUIS IS VAN ONS!!!", "HA FATTO I PRIMI FRUTTI!!!") and guests still talking
 * of a party ("gli invitati ne parlano ancora"). "PASSED MY TEST NO THANKS TO YOU" blames the business. Joined to each language's happy words, which turn down
 * shouting, swearing and publicity only when the message makes no complaint, so "GREAT JOB!!!" after a lost parcel
 * stays ironic. Each wording names the good thing itself: "IS ANYONE THERE?!", "ALLES LÄUFT SCHIEF", "EVERYTHING
 * STILL FAILS" and a first order that never came are not news of joy.
 */
final class JoyfulNews {

    private static final String EN = "new (?:pb|pr|personal best|personal record|record)\\b|personal best|(?<!never |"
            + "not |n t )(?:got|picked up) (?:the|our|my) (?:keys|job|offer)\\b|(?:my|"
            + "our) first (?:ever )?(?:pull ?ups?|chin ?ups?|muscle ?ups?|5k|10k|medal|sale)\\b|(?:is|"
            + "are) paying off|nailed it|smashed it|we did it|best (?:\\w+ ){0,2}?of my life|(?:could not|couldnt|"
            + "could nt|could n t) have done it without|(?<!not |never |nt )passed my (?:\\w+ )?(?:test|exam|exams|theory|mot)\\b"
            + "(?!.*\\bno thanks to)|(?:an? |absolute )legend\\b|(?:guests|everyone) (?:are|were|is) still (?:talking"
            + "|raving) about|first (?:ever )?(?:fruit|fruits|lemons|flowers)\\b|(?:the|our) (?:flat|house|place) is ours";
    private static final String ES = "(?:he|hemos|ya he|ya hemos) (?:hecho|conseguido|logrado|terminado|acabado|"
            + "corrido) (?:mi|mis|nuestra|nuestro|el|la) primer[oa]?s?\\b|mi primera (?:dominada|maraton|"
            + "media maraton|carrera|medalla|venta)|ya tenemos (?:fecha|casa|piso|las llaves|el piso)|(?:lo|"
            + "la) (?:he|hemos) conseguido|lo (?:logre|logramos|conseguimos|consegui)|(?:el|la|los|"
            + "las) mejor(?:es)? (?:\\w+ ){0,2}?del mundo|(?:nuevo|mi) record personal|marca personal"
            + "|(?:es|son) una (?:pasada|gozada)|(?<!no )(?:he|hemos) aprobado (?:el|los) (?:carne|examen|teorico|practico)"
            + "|(?:los invitados|todo el mundo|la gente) (?:siguen|sigue|todavia estan|aun estan) (?:\\w+ )?(?:hablando"
            + "|comentando)|primeros frutos|(?:el piso|la casa) (?:ya )?es nuestr[oa]";
    private static final String PT = "(?:consegui|conseguimos|ganhei|ganhamos) (?:o|a|os|as|meu|minha|um|"
            + "uma) (?:ingressos?|vaga|emprego|bolsa|casa|apartamento|chaves?|aprovacao|premio|sorteio)\\b|(?:to|tou|"
            + "estou) chorando de (?:alegria|felicidade|emocao)|(?:foi feit[oa]|ficou pront[oa]|resolvid[oa]|chegou|"
            + "instalad[oa]) em (?:so |apenas |menos de )?(?:(?:1|uma|meia) hora|\\d+ minutos)\\b|"
            + "(?:novo )?recorde pessoal|minha primeira (?:barra|maratona|corrida|medalha)"
            + "|(?<!nao )(?:passei|passamos) (?:no|na|em) (?:exame|prova|teste|carta)|primeiros frutos|(?:a casa|o apartamento|o ape)"
            + " (?:ja )?e (?:nossa|nosso)|(?:os convidados|todo mundo|o pessoal) (?:ainda )?(?:esta|estao|ta|tao|"
            + "continua|continuam) (?:\\w+ )?(?:falando|comentando)";
    private static final String FR = "(?:j ai|on a|nous avons) (?:enfin )?(?:eu|decroche|obtenu|trouve|gagne|"
            + "signe) (?:mon|ma|mes|le|la|les|notre|nos|un|une) (?:cdi|job|poste|boulot|appart|appartement|maison|"
            + "cles|billets?|places?|date)\\b|on a (?:enfin )?(?:une|la) date|(?:nouveau )?record (?:perso|"
            + "personnel)|(?:ma|mes) premieres? (?:tractions?|courses?|marathon|medailles?)|"
            + "meilleure? (?:\\w+ ){0,2}?de ma vie|j ai (?:eu|reussi) (?:mon|le) (?:permis|bac|code|examen)"
            + "|(?:l appart|l appartement|la maison) est a nous|(?:ses |mes |les )?premiers fruits"
            + "|(?:les invites|tout le monde) en (?:parlent|parle) encore";
    private static final String DE = "beste[rsn]? (?:\\w+ ){0,2}?(?:ever|aller zeiten|meines lebens|uberhaupt)|"
            + "(?:neue[rs]?|meine?) (?:rekord|bestzeit|bestleistung|pb)\\b|alles (?:lauft|klappt|"
            + "funktioniert)(?! (?:\\w+ )?(?:schief|nicht|falsch))|(?<!nicht |wenig |nicht so |"
            + "nicht sehr )begeistert|(?:wir haben|haben wir) (?:endlich )?(?:die schlussel|einen termin|ein datum)|"
            + "mein erster (?:klimmzug|marathon|halbmarathon|wettkampf)"
            + "|(?:fuhrerschein|prufung) (?:(?!nicht|nie)\\w+ )?bestanden|(?:die wohnung|das haus) (?:ist|gehort) (?:jetzt )?uns"
            + "|ersten fruchte|(?:die gaste|alle) (?:reden|sprechen|schwarmen) (?:immer )?noch (?:davon|von)";
    private static final String IT = "(?:nuovo )?record personale|(?:la mia|il mio) prim[oa] (?:trazione|maratona|"
            + "gara|medaglia)|ce l (?:ho|abbiamo) fatta|(?:il|la) miglior[ei]? (?:\\w+ ){0,2}?(?:di sempre|del mondo|"
            + "della mia vita)|(?:ho|abbiamo) (?:preso|comprato|trovato) casa|(?:abbiamo|ho) (?:la|una) data"
            + "|(?<!non )(?:ho|abbiamo) (?:passato|preso) (?:l esame|la patente)|i primi frutti|felicissim[oa]"
            + "|(?:la casa|l appartamento) e (?:nostra|nostro)|(?:gli invitati|gli ospiti|tutti) (?:\\w+ ){0,3}?ancora"
            + " (?:\\w+ )?(?:parland|nominand)\\w*";
    private static final String NL = "wat een (?:super)?snelle (?:levering|bezorging)(?!.*\\b(?:na|"
            + "pas na) (?:\\w+ )?(?:dagen|weken|maanden)\\b)|wat een feest(?! weer)|(?:was|waren|is|"
            + "zijn) (?:helemaal )?weg van|(?:nieuw )?persoonlijk record|(?:mijn|onze) eerste (?:optrekker|pull up|"
            + "marathon|halve marathon|medaille)|we hebben (?:eindelijk )?(?:de sleutel|de sleutels|een datum)"
            + "|(?:het appartement|het huis|de woning|het appartementje) is van ons|(?:rijbewijs|examen) (?:(?!niet|nooit)\\w+ )?gehaald"
            + "|(?<!niet )geslaagd voor (?:mijn|het)|eerste vruchten|(?:de gasten|iedereen) (?:heeft|hebben|praat|praten) (?:het )?"
            + "(?:er )?nog (?:steeds|altijd) over";

    private JoyfulNews() {
    }

    /** The shouted good news of a language, as happy words. */
    static String[] of(String code) {
        return new String[] {PerLanguage.pick(code, "joyful news", EN, ES, PT, FR, DE, IT, NL)};
    }
}
