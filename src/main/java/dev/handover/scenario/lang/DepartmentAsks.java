package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A department or a named role of the business asked for bare, as the whole clause: "I need billing", "je veux le
 * service comptabilité", "mi serve l'amministrazione", "Financeiro, por favor", "ik moet de boekhouding hebben", "is
 * dokter Peeters te spreken?", "posso avere la caposala", "¿me pasas con admisiones?", "me transfere pro comercial?".
 * <p>
 * Anchored at both ends of the clause, so that the department as a thing stays out: "I need billing details", "je
 * veux le service comptabilité pour ma société" (a service bought), "mi serve la segreteria telefonica". A named person
 * asked about by their hours ("is Dr Peeters working on Monday?", "is dokter Peeters morgen aanwezig?") is a question
 * of availability: only "te spreken" (to be talked to) asks. German "Abrechnung" and "Technik" are left out: "ich
 * brauche die Abrechnung" is a statement wanted, not its department.
 */
final class DepartmentAsks {

    private static final String EN_DEPARTMENTS = "(?:billing|accounts payable|accounts receivable|admissions"
            + "|accounting|finance|payroll|sales|reception|customer (?:service|support|care)|tech(?:nical)? support"
            + "|complaints|bookings|the front desk)";
    private static final String ES_DEPARTMENTS = "(?:facturacion|contabilidad|administracion|admisiones|atencion al"
            + " cliente|recepcion|comercial|ventas|reclamaciones|servicio tecnico|soporte tecnico|recursos humanos"
            + "|secretaria)";
    private static final String PT_DEPARTMENTS = "(?:financeiro|comercial|juridico|faturamento|faturacao"
            + "|contabilidade|recursos humanos|suporte tecnico|sac|secretaria|tesouraria|cobranca|cobrancas)";
    private static final String FR_DEPARTMENTS = "(?:le service (?:comptabilite|facturation|client|clients"
            + "|commercial|technique|juridique|apres vente|recouvrement|des admissions|du personnel)|la (?:compta"
            + "|comptabilite|facturation|direction)|l accueil|le standard|le secretariat|les admissions)";
    private static final String DE_DEPARTMENTS = "(?:buchhaltung|personalabteilung|kundenservice|kundendienst"
            + "|vertrieb|rezeption|verwaltung|\\w+abteilung|\\w+leitung|\\w+leiter|\\w+leiterin|\\w+meister"
            + "|\\w+meisterin|geschaftsfuhrung)";
    private static final String IT_DEPARTMENTS = "(?:l amministrazione|la contabilita|la segreteria|l ufficio"
            + " (?:tecnico|commerciale|reclami|amministrativo|acquisti|del personale)|il commerciale|l accettazione"
            + "|il (?:capo\\w+|responsabile|direttore|primario)|la (?:capo\\w+|responsabile|direttrice))";
    private static final String NL_DEPARTMENTS = "(?:boekhouding|administratie|klantenservice|financiele afdeling"
            + "|afdeling \\w+|receptie|\\w+afdeling|planning)";

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("department-asked", "^(?:(?:hi|hello|ok|so) )*i (?:need|want|d like|would like) (?:to speak"
                            + " to |to talk to |to be put through to )?(?:the )?" + EN_DEPARTMENTS + "(?: department"
                            + "| dept| team| desk| office)?(?: please| now| right now)*$"),
                    of("head-asked", "^(?:(?:hi|hello|ok|so) )*i (?:need|want|d like|would like) (?:to speak to |to"
                            + " talk to )?the (?:head|manager|director) of " + EN_DEPARTMENTS + "(?: (?:at|in|of)"
                            + " the \\w+(?: \\w+){0,2}?)?(?: please| now)*$"),
                    of("department-please", "^(?:the )?" + EN_DEPARTMENTS + "(?: department| dept| team)? \\|"
                            + " (?:please|now please)$")},
            "es", new NamedPattern[] {
                    of("department-asked", "^(?:(?:hola|oye|buenas|por favor) )*(?:me (?:pasas|pasa|pasais|pasan"
                            + "|pones|pone|poneis|ponen|puedes pasar|puede pasar|podeis pasar|pueden pasar|podrias"
                            + " pasar|podria pasar)|pasame|ponme|paseme|pongame|pasadme|ponedme) con (?:el"
                            + " departamento de |el servicio de |el area de )?(?:la |el )?" + ES_DEPARTMENTS
                            + "(?: por favor)?$"),
                    of("department-please", "^(?:con )?(?:la |el )?" + ES_DEPARTMENTS + " \\| (?:por favor|porfa"
                            + "|porfavor)$")},
            "pt", new NamedPattern[] {
                    of("department-asked", "^(?:(?:oi|ola|por favor) )*(?:(?:pode|podes|podem|poderia|consegue) )?"
                            + "(?:me )?(?:transfere"
                            + "|transferir|transfira|passa|passar|passe|passem|encaminha|encaminhar|encaminhe|coloca"
                            + "|poe)(?: me)? (?:pro|pra|para o|para a|ao|a|com o"
                            + "|com a) (?:departamento |setor |area )?(?:de |do |da )?" + PT_DEPARTMENTS
                            + "(?: por favor)?$"),
                    of("department-please", "^(?:o |a )?(?:setor |departamento |area )?(?:de |do |da )?"
                            + PT_DEPARTMENTS + "(?: \\|)? (?:por favor|pf|pfv|se faz favor)$")},
            "fr", new NamedPattern[] {
                    of("department-asked", "^(?:(?:bonjour|allo|bonsoir) )*(?:je veux|je voudrais|je souhaite"
                            + "|j aimerais|il me faut) (?:avoir |joindre )?" + FR_DEPARTMENTS + "(?: ~| svp)?$"),
                    of("department-passed", "^(?:(?:bonjour|allo|bonsoir) )*(?:vous pouvez|pouvez vous|pourriez"
                            + " vous|vous pourriez|est ce que vous pouvez|est ce que vous pourriez|merci de) me"
                            + " (?:passer|transferer a|mettre en relation avec) " + FR_DEPARTMENTS + "(?: ~| svp)?$"
                            + "|^(?:passez moi|passe moi) " + FR_DEPARTMENTS + "(?: ~| svp)?$")},
            "de", new NamedPattern[] {
                    of("department-asked", "^(?:(?:hallo|guten tag|hi) )*ich (?:brauche|brauch|braeuchte|brauchte"
                            + "|hatte gern|hatte gerne|mochte|will) (?:(?:mal|bitte|gern|gerne|dringend|jetzt) )*"
                            + "(?:die|den|das) " + DE_DEPARTMENTS + "(?: (?:sprechen|bitte|am telefon|am apparat))*$"),
                    of("department-given", "^(?:(?:hallo|guten tag) )*(?:geben sie mir|gib mir|gebt mir)"
                            + " (?:bitte |mal )*(?:die|den) " + DE_DEPARTMENTS + "(?: bitte)?$"),
                    of("department-connected", "^(?:(?:hallo|guten tag) )*(?:konnen sie|konnten sie|konnt ihr"
                            + "|kannst du|verbinden sie|verbindet) (?:mich|uns) (?:bitte |mal )*mit (?:der|dem)"
                            + " (?:station \\w+|" + DE_DEPARTMENTS + ")(?: verbinden)?(?: bitte)?$")},
            "it", new NamedPattern[] {
                    of("department-asked", "^(?:(?:salve|buongiorno|buonasera|scusi) )*(?:mi serve|mi servirebbe"
                            + "|vorrei|voglio|ho bisogno del(?:l|la)?|posso avere|potrei avere|mi passi|mi passa"
                            + "|mi passate|mi puo passare|mi potete passare|passami|mi mette in contatto con|mi"
                            + " colleghi con|mi collega con) ?" + IT_DEPARTMENTS + "(?: (?:del|della|dello|dell)"
                            + " (?:reparto (?:di )?)?\\w+(?: di \\w+)?)?(?: per (?:cortesia|favore)| ~)?$")},
            "nl", new NamedPattern[] {
                    of("department-asked", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*ik (?:moet|wil|zou graag"
                            + "|wil graag) (?:de|het) " + NL_DEPARTMENTS + " (?:even )?(?:hebben|spreken)$"),
                    of("named-to-be-spoken", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*(?:is (?:dokter|dr"
                            + "|meneer|mevrouw|de heer|juf|meester) \\w+ (?:even |nu |vandaag )?te spreken"
                            + "|(?:kan|mag) ik (?:dokter|dr|meneer|mevrouw|de heer|juf|meester) \\w+ (?:even |nu )?"
                            + "spreken)$")});

    private DepartmentAsks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
