package dev.handover.scenario.lang;

/**
 * Spanish contact-request checks: what turns a target down (negation, conditions, quotes, questions about the bot or
 * about contact details, other senses), over normalised text.
 */
final class SpanishChecks {

    private SpanishChecks() {
    }

    /** Words that negate a following request. */
    static final String[] NEGATIONS = {
            "no", "nunca", "nadie", "ni se (?:te|le|os|les) ocurra", "ni", "sin", "tampoco", "jamas"
    };

    /** Words that end a negation's scope. */
    static final String[] NEGATION_ENDS = {
            "pero", "sino", "quiero", "necesito", "prefiero", "pasame", "paseme", "pasenme", "dame",
            "mejor", "ponme", "comunicame", "transfiereme", "derivame", "quisiera", "me gustaria",
            "asi que", "entonces", "por favor", "solo (?:quiero|necesito)"
    };

    /** A preference for something else over the target. */
    static final String[] COMPARATIVES = {
            "en vez de", "en lugar de", "antes que", "(?:prefiero|mejor|mas facil|mas comodo|mas rapido) "
                    + "(?:\\w+ ){1,4}que"
    };

    /** Negations that lift: "no sé cómo hablar con una persona", the customer lacks the way, not the wish. */
    static final String[] NEGATION_LIFTS = {
            "(?:no|nunca) (?:se|sabemos|entiendo|encuentro|veo|supe) (?:\\w+ ){0,2}?(?:como|donde|"
                    + "con quien|a quien|que hacer|cual|la forma|la manera|el modo|forma|manera|modo)",
            "(?:no (?:tengo |tenemos )?)?ni (?:la mas minima |puta )?idea (?:de )?(?:\\w+ ){0,2}?(?:como|"
                    + "donde|con quien|a quien)",
            "no (?:tengo |tenemos )?idea (?:de )?(?:\\w+ ){0,2}?(?:como|donde|con quien|a quien)",
            "no (?:encuentro|encontre|consigo|logro|he podido|pude|puedo|doy con|veo|hallo) (?:\\w+ ){0,3}?"
                    + "(?:como|donde|la forma|la manera|el modo|forma|manera|modo|el boton|la opcion|el "
                    + "numero|el contacto)",
            "no (?:consigo|logro|he logrado|he conseguido|he podido|pude|puedo|hay manera de|hay forma de|"
                    + "hay modo de|me dejan|me deja) (?:\\w+ ){0,2}?(?:hablar|contactar|comunicarme|comunicar|"
                    + "llegar|localizar|dar con|que me atienda|que me atiendan|ponerme en contacto|"
                    + "contactarme|que me pasen|que me pases|pasar)"
    };

    /** Questions about contact details, hours or the need of a person, not a request. */
    static final String[] INFO_QUESTIONS = {
            "(?:a|hasta|desde|a partir de) que hora",
            // going in to talk to someone: "tengo que ir a la tienda para hablar con un asesor?"
            "(?:tengo|tenemos|hay) que (?:ir|pasar|venir|acudir|presentarme"
                    + "|desplazarme)\\b", "que (?:horario|horarios|dias|hora)",
            "(?:cual|cuales) (?:es|son) (?:el |la |los |las |su |sus )?(?:horario|dias|numero|telefono|correo|"
                    + "email|e mail|mail|whatsapp|direccion|extension|contacto)",
            "(?:numero|telefono|tel|correo|email|e mail|mail|whatsapp|direccion|extension|horario|horarios) "
                    + "(?:de|del|para)", "(?:que|cual|a que) (?:numero|telefono|correo|email|whatsapp|"
                    + "extension)",
            "cuando (?:abre|abren|cierra|cierran|atiende|atienden|trabaja|trabajan|esta|estan|hay)",
            "(?<!que )(?:es|seria) (?:necesario|obligatorio|imprescindible|preciso)", "(?<!que )hace falta",
            "(?<!que |como )(?:se necesita|se requiere|hay que)", "tengo que (?:\\w+ ){0,3}?o (?:puedo|se"
                    + " puede)"
    };

    /** A person wanted for a service (cleaning, a shift), not for contact. */
    static final String[] SERVICE_PURPOSES = {
            "que (?:me |nos )?(?:pueda |puedan |podria |sepa |venga a |vaya a )?(?!(?:me|nos|te|le|"
                    + "lo|la|hable|hablen|hablar|atienda|atiendan|atender|ayude|ayuden|ayudar|responda|conteste|"
                    + "explique|llame|llamen|contacte|diga|revise|mire|lea|resuelva|asesore|oriente|informe|aclare|"
                    + "gestione|vea|escuche|entienda|este|cancele|tramite|procese|cambie|modifique|compruebe|"
                    + "verifique|confirme|solucione)\\b)[a-z]+",
            "para (?:limpiar|arreglar|reparar|pintar|cuidar|instalar|montar|mudar|cortar|llevar|recoger|"
                    + "traer|cocinar|trabajar|cubrir|sustituir|reemplazar|conducir|manejar|ensenar|dar clases|"
                    + "acompanar|vigilar|pasear|la (?:limpieza|mudanza|obra|reforma|boda|fiesta|casa)|el (?:jardin|"
                    + "turno|puesto)|mi (?:casa|jardin|boda|fiesta|negocio|empresa))\\b",
            "(?:los |el |este |esta |en )?(?:sabados?|domingos?|fines? de semana|festivos|feriados|"
                    + "por la (?:noche|tarde|manana)|24 ?h|24 horas)"
    };

    /** A supposed or future need. */
    static final String[] HYPOTHETICALS = {
            "^si \\w+", "si (?:el|la|tengo|necesito|no|me|mas|quiero|hay|alguna vez|algun dia|luego|"
                    + "despues|fuera|fuese|pudiera|tuviera|necesitara|hiciera falta|en algun momento)",
            "por si acaso", "por si", "en caso de", "mas adelante", "quizas", "quiza", "tal vez",
            "a lo mejor", "en el futuro", "para el futuro", "la proxima vez", "algun dia", "por curiosidad",
            "voy a querer", "cuando (?:tenga|necesite|quiera|haga falta|sea necesario)", "supongamos",
            "hipoteticamente", "solo (?:pregunto|preguntaba)", "de cara al futuro", "a futuro",
            // whether a person is needed: "tengo que hablar con alguien o lo puedo hacer aqui"
            "o (?:lo |la )?(?:puedo|podria|se puede|se podria)(?: hacer(?:lo)?| gestionar(?:lo)?| "
                    + "resolver(?:lo)?)?(?: (?:aqui|por aqui|yo|online|en linea|desde la app|por la web|por "
                    + "internet|por este chat))", "obligatoriamente",
            "cuando (?:tenga|tengamos|este|esten|llegue|lleguen|salga|termine|vuelva|reciba)"
    };

    /** Conditions of politeness that still ask. */
    static final String[] POLITE_CONDITIONS = {
            "no se (?:bien |muy bien )?si", "si (?:es posible|puede|pueden|puedes|podria|podrian|no"
                    + " es molestia|no le importa|"
                    + "no te importa|no les importa|fuera posible|fuese posible|se puede|seria posible|es tan "
                    + "amable|fuera tan amable|son tan amables|puede ser|no es mucha molestia|gusta|gustan)",
            "cuando (?:pueda|puedan|puedas|podais|tenga un (?:momento|rato|ratito|minuto|hueco)|tengan un"
                    + " (?:momento|"
                    + "rato|ratito|minuto|hueco)|este libre|esten libres|este disponible|esten disponibles|se"
                    + " pueda|"
                    + "sea posible)"
    };

    /** A request by an imperative at the start. */
    static final String[] IMPERATIVES = {
            "^(?:(?:entonces|pues|ya|solo|por favor|ok|vale|y|bueno) )*(?:pasame|paseme|pasenme|"
                    + "comunicame|transfiereme|ponme|ponganme|pongame|dame|deme|llamame|derivame|conectame)"
    };

    /** Verbs that report someone else's words. */
    static final String[] REPORTERS = {
            "(?:dijo|dice|dijeron|dicen|me conto|me contaron|comento|comentaron|asegura|aseguro)"
    };

    /** Quoted or reported wordings, menu labels. */
    static final String[] QUOTES = {
            "(?<!me |se |lo )pone", "dice", "decia", "dijo", "dijeron", "escribio", "escribi", "escrito", "opcion",
            "boton",
            "menu", "sin querer", "ignoralo", "ignora", "corrector", "me cambio", "aparece", "comento",
            "me contaron", "segun", "ponia", "significa", "la palabra",
            "mi (?:marido|mujer|esposo|esposa|madre|mama|padre|papa|hij[oa]|amig[oa]|jef[ea]|novi[oa]|"
                    + "herman[oa]|vecin[oa]|pareja|abuel[oa]|suegr[oa]) (?:quiere|necesita|prefiere|pidio)"
    };

    /** Questions about whether the bot is a person. */
    static final String[] BOT_QUESTIONS = {
            "eres", "sos", "es usted", "(?:esto|este chat|esta conversacion) es",
            "(?<!quiero |necesito |busco |pido )es (?:esto|un|una)", "hablo con",
            "estoy (?:hablando|chateando|escribiendo) con",
            "me (?:esta|estas) (?:contestando|respondiendo|escribiendo|atendiendo)",
            "quien me (?:esta )?(?:contesta|responde|respondiendo|contestando|escribe|atiende)",
            "hay alguien (?:de verdad |real )?(?:escribiendo|ahi|al otro lado|detras)",
            "(?:son|las respuestas son)"
    };

    /** Words of the nature asked about in a bot question. */
    static final String[] NATURE_WORDS = {
            "humanos?", "humana", "persona", "bot", "robot", "maquina", "real", "de verdad",
            "automatic[oa]s?", "inteligencia artificial", "ia", "chatbot", "asistente", "agente", "alguien",
            "programa", "chatgpt", "virtual"
    };

    /** Words for the bot. */
    static final String[] BOT_WORDS = {
            "bot", "robot", "maquina", "automatic[oa]s?", "chatbot", "inteligencia artificial", "ia",
            "asistente virtual", "programa", "chatgpt"
    };

    /** Words of an alternative. */
    static final String[] OR_WORDS = {
            "o", "u"
    };

    /** Other senses of a person word. */
    static final String[] OTHER_SENSES = {
            "recursos humanos", "(?:mi|nuestro|nuestra) (?:jef[ea]|patron|patrona"
                    + "|empleador(?:a)?)", "agentes? (?:de viajes?|inmobiliari[oa]s?|de seguros|de aduanas|"
                    + "secret[oa]s?|libre|de usuario|de la propiedad|de bienes raices|de transito|de policia)",
            "entrenador(?:a)? personal", "(?:cabello|pelo) humano", "en persona", "derechos humanos",
            "(?:otra|segunda|una sola|tercera|cada|por) persona", "personas? (?:fisica|juridica|"
                    + "mayores?|adultas?|con discapacidad|dependientes?)",
            "(?:dos|tres|cuatro|cinco|seis|\\d+) (?:personas|adultos)", "personal (?:sanitario|medico|de)",
            "asesor(?:a)? (?:fiscal|legal|de imagen|financier[oa]|de seguros)", "representante legal",
            "operador(?:a)? (?:de (?:telefonia|grua|maquinaria|camara)|logistic[oa]|turistic[oa]|movil)",
            "error humano", "cuerpo humano", "soportes? (?:de|del|para) (?:la |el )?(?:tele|tv|television|"
                    + "pared|movil|celular|bici|bicicleta|monitor|techo|estanteria|balda)",
            "(?:persona|personal|gente|alguien|senora|chica|chico) (?:de|para) (?:la )?(?:limpieza|limpiar|"
                    + "mantenimiento|cuidado|cuidar|compania|seguridad|cocina|jardineria|mudanza|obra|"
                    + "reparto|planchar)", "ser humano (?:decente|normal)",
            "(?:alguien|una persona|personas) (?:que (?:viva|vive|tenga|tiene|sea|es)|con (?:alergia|"
                    + "diabetes|movilidad))"
    };
}
