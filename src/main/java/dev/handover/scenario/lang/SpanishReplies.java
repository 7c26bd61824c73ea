package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Spanish phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class SpanishReplies {

    /** Who the bot passes a question to. */
    private static final String TEAM = "(?:equipo|oficina|clinica|companer[oa]s?|personal|ventas|encargad[oa]|"
            + "responsable|tienda|taller|doctor[a]?|alguien|gerente|administracion|recepcion|departamento|area|"
            + "tecnicos?|especialistas?|medic[oa]|dentista|direccion|jef[ea]|supervisor[a]?|agentes?|asesor(?:es)?|"
            + "soporte|facturacion|humanos?|persona|contabilidad)";

    /** Phrases by which the bot itself admits it lacks the answer. */
    /** A search that finds no fault with the record found it: "no me aparece ninguna incidencia" is an answer. */
    private static final String FINE_RECORD = "(?:problema|incidencia|error|retraso|cargo|cobro|aviso)s?\\b";

    static final NamedPattern[] FALLBACKS = {
            of("someone-else", "(?:tiene|tendria|tendra|debe|deberia|habria) que (?:confirmar|ver|revisar|mirar|"
                    + "responder|resolver|valorar|consultar)(?:lo|la|los|las)? (?:\\w+ ){0,3}?" + TEAM
                    + "|(?:le|les|te) (?:paso|traslado|reenvio|envio|hago llegar) (?:tu|su) (?:mensaje|consulta|"
                    + "pregunta|duda|solicitud)|quien (?:lo )?(?:sabe|confirma|puede confirmar|decide) es "
                    + "(?:el |la )?" + TEAM + "|me temo que no (?:tengo|puedo|se|sabria|dispongo)"),
            of("not-found", "no (?:me )?aparece (?!ningun\\w* " + FINE_RECORD + ")(?:nada|ningun\\w*|informacion|datos)|no (?:hay|tengo|encuentro|"
                    + "veo) nada (?:sobre|acerca|referente|relacionado)"),
            of("not-understood", "no (?:logre|logro|consigo|consegui|pude|acabo de) (?:comprender|entender|"
                    + "captar)|no (?:te |le )?(?:capte|pille|pillo)|(?:decir|decirmelo|explicar|explicarmelo|"
                    + "escribir|escribirlo|poner|ponerlo|preguntar)(?:lo)? de otra (?:forma|manera)"),
            of("out-of-scope", "(?:se sale|sale) de lo que|no es algo (?:que|en lo que|sobre lo que) yo "
                    + "(?:pueda|puedo|sepa)|no (?:lo |la |los |las |te lo |se lo )(?:puedo|podria) (?:responder|"
                    + "resolver|confirmar|gestionar|decir)"),
            of("no-info", "no (?:tengo|dispongo de|cuento con|manejo|poseo) (?:\\w+ ){0,3}?(?:informacion|"
                    + "info|datos|acceso|respuesta|detalles|constancia|registros?|visibilidad|forma de saber|"
                    + "manera de saber|conocimiento)|no (?:esta|estan) disponibles? para mi|no me consta|"
                    + "(?:esa|esta|dicha) informacion no (?:la tengo|esta disponible|aparece|figura|me consta)|"
                    + "no (?:aparece|figura|consta) en (?:mi|mis|la|nuestra) (?:informacion|base|sistema|"
                    + "documentacion|datos)"),
            of("cannot-help", "no (?:puedo|podre|podria|soy capaz de|me es posible|estoy en condiciones de|"
                    + "estoy autorizad[oa] a|tengo forma de|tengo manera de) (?:te |le |les )?(?:ayudar|"
                    + "ayudarte|ayudarle|responder|responderte|gestionar|decir|decirte|decirle|confirmar|"
                    + "confirmarlo|confirmarte|acceder|ver|consultar|tramitar|asegurar|asegurarte|"
                    + "garantizar|garantizarte|saber|informar|informarte|indicar|indicarte|precisar|(?:dar|darte|"
                    + "darle) (?:esa|esta|dicha|mas|una) (?:informacion|respuesta|dato|fecha|cifra)|"
                    + "verificar|comprobar|procesar)|no sabria (?:decir|decirte|decirle|responder|responderte|"
                    + "confirmar|indicar|que decir)"),
            of("check-with-team", "(?:dejame|deja que|dejeme|voy a|tengo que|lo|prefiero|necesito|debo|"
                    + "tendre que|tendria que|habria que|mejor) (?:\\w+ ){0,2}?(?:consultar|consultarlo|"
                    + "consulto|preguntar|preguntarle|preguntarlo|pregunto|trasladar|trasladarlo|traslado|pasar|"
                    + "pasarlo|paso|derivar|escalar|reenviar)(?: \\w+){0,4}? " + TEAM + "|(?:dejame|deja que|"
                    + "dejeme|voy a|tengo que|lo|prefiero|necesito|debo|tendre que|tendria que|mejor) "
                    + "(?:\\w+ ){0,2}?(?:confirmar|confirmarlo|confirmo|verificar|verificarlo|verifico|"
                    + "comprobar|comprobarlo|compruebo|revisar|revisarlo|reviso)(?: \\w+){0,3}? con (?:el |la |"
                    + "los |las |mi |mis |nuestro |nuestra |un |una )?" + TEAM + "|(?:he|hemos) (?:trasladado|pasado|enviado|derivado|"
                    + "escalado|reenviado|remitido) (?:tu|su) (?:consulta|pregunta|mensaje|caso|solicitud|"
                    + "duda)|(?:te|le|les) (?:pongo|paso|comunico|derivo|transfiero) (?:con|a|al) (?:un |una |el |la |"
                    + "nuestro |nuestra |alguien del |alguien de )?" + TEAM + "|(?:consultare|"
                    + "preguntare|confirmare|verificare|revisare|comprobare) (?:\\w+ ){0,3}?con"),
            of("not-found", "no (?:he )?(?:encontre|encontrado|encuentro|hallado|localizo|localice|"
                    + "localizado|consigo encontrar|pude encontrar|logro encontrar|veo) (?:nada|informacion|"
                    + "datos|ninguna|ningun|referencia|resultados)|no encuentro (?:esa|esta|dicha) informacion|"
                    + "no me aparece (?!ningun\\w* " + FINE_RECORD + ")(?:nada|informacion|esa|ese|ningun|ninguna)"),
            of("out-of-scope", "(?:esta |queda )?fuera de (?:lo que (?:puedo|se)|mi alcance|mis capacidades|"
                    + "mi conocimiento|mi ambito)|solo puedo (?:ayudar|responder|atender|gestionar|informar|"
                    + "darte)\\w*|(?:se escapa|escapa|excede|supera|va mas alla) de (?:lo que|mis|mi)|"
                    + "no es algo (?:que|en lo que|sobre lo que|de lo que) (?:pueda|puedo|sepa|tenga)|"
                    + "no esta a mi alcance"),
            of("not-understood", "no (?:te |le |lo |la )?(?:entendi|entiendo|he entendido|comprendo|comprendi|capto|"
                    + "logro entender|acabo de entender)|no estoy segur[oa] de (?:entender|haber entendido|"
                    + "haberte entendido|a que te refieres)|(?:puedes|podrias|podria|puede) (?:reformular|"
                    + "repetir|explicarlo de otra|decirlo de otra)"),
            of("handover-offer", "(?:un|una) (?:companer[oa]|miembro del equipo|agente|asesor(?:a)?|persona "
                    + "del equipo) (?:podra|puede|te podra|te puede|le podra|le puede) (?:ayudarte|ayudarle|"
                    + "responderte|responderle|resolver|darte|atenderte|atenderle)")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "no (?:te |le )(?:lo )?se (?:decir|responder|confirmar)|no estoy (?:del todo |muy )?segur[oa]|no (?:lo )?se (?:si|como|cuando|cuant[oa]s?|"
                    + "donde|que|cual(?:es)?|quien|exactamente|decir|decirte|responder|con (?:certeza|"
                    + "seguridad)|a ciencia cierta|muy bien|bien|la respuesta)|no lo se|no sabria|ni idea|"
                    + "no tengo (?:claro|la certeza|certeza|seguridad)|no lo tengo claro|desconozco|"
                    + "no podria asegurar")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "no (?:dice|dices|me dices|me dice|aporta) nada|(?:no|ni) (?:me )?(?:has )?"
                    + "ayuda(?:ste|do) (?:en )?nada|no me ayudaste|ni de (?:cerca|lejos)|"
                    + "^(?:fatal|pesimo|horrible|malisimo|terrible|penoso|lamentable)\\b|"
                    + "no es (?:el|la|lo|los|las) que (?:sale|pone|dice|aparece|tengo|vi|me dijeron|pedi|queria|necesito|"
                    + "busco|pregunte)"),
            of("still-broken", "(?:sigue|siguen|sigo|continua|continuo) sin (?!decid|saber|elegir|escoger|"
                    + "pensar)\\w+"),
            of("repeat", "(?:vuelves|vuelve|volviste|has vuelto) a (?:mandar|enviar|decir|dar|poner|repetir)|"
                    + "(?:el|la) mism[oa] (?:enlace|link|respuesta|mensaje|cosa|texto|info|informacion) (?:de "
                    + "antes|otra vez|de nuevo)|(?:dije|explique|repeti|escribi) (?:\\w+ )?veces|ya te lo "
                    + "(?:dije|explique|he dicho)|(?:te )?lo repito|como ya (?:te )?(?:dije|explique)"),
            of("gave-up", "(?:asi )?no hay (?:manera|forma)$|asi no hay (?:manera|forma)|me rindo|"
                    + "asi no (?:se puede|hay quien)"),
            of("did-not-help", "no (?:me )?(?:ha |han |has )?(?:ayudo|ayuda|ayudado|sirve|sirvio|servido|"
                    + "funciona|funciono|funcionado|soluciona|soluciono|solucionado|resuelve|resolvio|"
                    + "resuelto|responde|respondiste|respondido|contesta|contestaste|arreglo|arreglado|"
                    + "aclara|aclaro)|inutil(?:es)?|no sirve(?:s)? (?:de|para) nada|perdida de tiempo|"
                    + "mas confundid[oa]|nada que ver|no (?:entiendo nada|aclara nada)|sigo sin entender"),
            of("still-broken", "(?:sigue|siguen|sigo|continua|continuo) sin (?:funcionar|poder|dejarme|"
                    + "encontrar|entrar|andar|llegar|recibir|ver|cargar|aparecer|resolverse|solucion)|"
                    + "(?:sigue|siguen|sigo|continua) (?:igual|fallando|cobrando|cerrando|colgando|bloquead[oa]|"
                    + "dando error|saliendo|apareciendo|pasando|pidiendo|sin ir)|(?:todavia|aun) no (?:"
                    + "funciona|puedo|deja|me llega|me llego|me ha llegado|aparece|he recibido|carga)|no (?:me )?deja "
                    + "(?:entrar|pagar|acceder|iniciar|reservar|descargar|continuar)|no (?:pude|puedo|consigo|"
                    + "logro|he podido) (?:entrar|acceder|pagar|reservar|iniciar|ver|encontrar|descargar|abrir|"
                    + "cambiar|hacerlo|conectar)|(?:me )?(?:sale|da|aparece|salta) (?:el mismo |un |otra vez |"
                    + "de nuevo |otra vez el )?(?:error|fallo)|(?:el )?mismo (?:problema|error|fallo|mensaje de "
                    + "error|resultado)|igual que antes|(?:nada|no) (?:ha )?cambi(?:o|ado) nada|nada cambio|"
                    + "todo sigue igual|no cambio nada|nada (?:ha )?cambiado"),
            of("not-what-i-asked", "no es (?:lo que|eso|correcto|verdad|cierto|asi)|no era eso|"
                    + "(?:esta|es|eso es|eso esta) (?:mal|incorrect[oa]|equivocad[oa]|erroneo)|"
                    + "(?:respuesta|informacion|dato|precio|horario|direccion) (?:\\w+ )?(?:incorrect[oa]|"
                    + "equivocad[oa]|erronea?)|^(?:no )?(?:incorrecto|equivocado|falso|mentira|error)\\b|"
                    + "(?:eso|esto) es (?:mentira|falso)|te equivocas|(?:estas|esta) equivocad[oa]|"
                    + "no te pregunte (?:eso|por eso)|no (?:contestaste|respondiste) (?:mi|a mi)"),
            of("wrong-answer", "(?:te |le )?pregunte (?:por|sobre)|(?:hablo|hablaba|me refiero|me referia) "
                    + "(?:del|de la|al|a la|de) otr[oa]s?|(?:era|pregunte|dije|pedi|queria) (?:\\w+ ){1,5}no "
                    + "(?:a las|el|la|por|del|de la|en|al) "),
            of("not-understood", "no me (?:estas|esta|estan) (?:entendiendo|escuchando|leyendo)|no (?:me )?"
                    + "(?:entiendes|entiende|entienden|has entendido|comprendes)|leiste (?:mi|el) mensaje|"
                    + "no me lees|no lees"),
            of("repeat", "(?:diciendo|repites|repitiendo|dices|mandando|dando) (?:siempre )?lo mismo|lo mismo "
                    + "(?:otra vez|de nuevo|una y otra vez)|(?:dando|damos|estamos dando|das) vueltas|en "
                    + "circulos?|(?:en )?(?:un )?bucle|volvemos (?:a lo mismo|al principio|al inicio)|"
                    + "otra vez (?:lo mismo|el mismo|la misma|igual)|la misma respuesta"),
            // "ya hice el pedido" after a success is the next step done, not a failed attempt
            of("already-tried", "ya (?:lo )?(?:probe|intente|hice|he probado|he intentado|he hecho|habia "
                    + "probado|habia hecho|reinicie|borre|actualice|desinstale|limpie)(?! y (?:ya )?(?:funciono|"
                    + "funciona|sirvio|salio|se arreglo|quedo|va))(?! (?:el|la|mi|los|las) (?:pedido|reserva|compra|"
                    + "pago|transferencia|cita|registro|orden|inscripcion)\\b)|(?:eso|esto) ya lo (?:probe"
                    + "|intente|hice|"
                    + "he probado|he hecho)|lo (?:he )?(?:probado|intentado) (?:\\w+ )?veces"),
            of("sarcasm", "gracias por nada|(?:vaya|menuda|que gran|valiente) ayuda|(?:wow|guau|uy si|si "
                    + "claro|ah si|oh si|vaya) (?:super |muy |que |re |tan )?(?:util|utiles|servicial)|"
                    + "(?:que|vaya|menuda) (?:porqueria|basura|mierda)"),
            of("gave-up", "gracias (?:igual|de todos modos|de todas formas|de todas maneras|aun asi)|"
                    + "^(?:bueno |pues |ok |vale )?(?:olvidalo|dejalo|dejemoslo|olvidate|ya fue)\\b|"
                    + "(?:lo|ya lo) (?:resuelvo|busco|hago|miro|averiguo) (?:yo )?(?:mism[oa]|por mi cuenta)|"
                    + "(?:ya )?(?:llamo|llamare) yo"),
            // the fault goes on: "sigue goteando", "sigue con el error"
            // people still talking of a party are no fault: "los invitados siguen hablando del jamón"
            of("persisting", "sigue(?:n)? (?!(?:funcionando|andando|bien|igual de bien|perfecto|hablando|comentando)\\b)\\w+(?:ando"
                    + "|iendo)(?:se|me|le|lo|la)?\\b|"
                    + "sigue(?:n)? con (?:el |la |los |las |ese |esa )?(?:error|fallo|problema|aviso|mensaje)"),
            // the customer had already given what the bot asks for again
            // (a file just sent is news, not a repeat: "acabo de enviar la foto" needs "ya" or "otra vez")
            of("gave-already", "(?:ya te|ya le|ya les) (?:di|pase|mande|envie|dije|escribi|he (?:dado|pasado|mandado|"
                    + "enviado|dicho))|(?:te|le|les) acabo de (?:dar|pasar|decir)|acabo de (?:darte|pasarte|decirte|"
                    + "darle|pasarle|decirle)|acabo de (?:mandar|enviar|pasar)(?:te|le)? (?:\\w+ ){0,4}?otra vez"),
            of("not-that-one", "(?:no|esa no|ese no) (?:es|era) (?:la|el) (?:sucursal|tienda|direccion|fecha|"
                    + "hora|talla|modelo|producto|pedido|numero)|\\bdije (?:la|el|los|las) (?:de|del|que)\\b")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "como (?:me )?(?:dijiste|indicaste|explicaste|comentaste|dijo|indico) y (?:ya|ahora)|"
                    + "ya (?:enciende|prende|arranca|carga|abre|conecta|imprime|anda|va bien|responde|enfria|"
                    + "calienta)|volvio a (?:encender|funcionar|arrancar|andar|cargar|abrir)|^(?:ok |vale |"
                    + "bueno |listo |genial )?ya esta\\b(?! (?:abiert|cerrad|llen|ocupad|reservad))|ahora "
                    + "(?:ya )?(?:(?:el|la|los|las|me) \\w+ )?(?:aparece|funciona|sale|carga|entra|abre)"),
            of("that-is-all", "(?:era|es) todo lo que (?:queria|necesitaba)|todo lo que queria saber"),
            of("worked", "(?:ya )?funciona|funciono|ya (?:pude|puedo|me llego|quedo|esta$|lo tengo|me salio|"
                    + "salio|entre|me deja|me dejo|me aparece|aparece|lo vi|lo encontre)|solucionado|"
                    + "resuelto|arreglado|lo arreglo|(?:eso |me )?ayudo (?:mucho|bastante)|me (?:sirvio|"
                    + "ayudo|ha servido|ha ayudado)|todo (?:bien|claro|listo|correcto|en orden|perfecto|ok)|"
                    + "tiene sentido|el pago (?:ya )?(?:paso|entro)|(?<!no )me llego|(?:eso )?responde (?:a )?mi "
                    + "(?:duda|pregunta)|(?:ahora )?si (?:funciona|me deja|entra|carga|va)|ahora (?:ya )?"
                    + "(?:funciona|va|entra|me deja|carga|lo veo|aparece)|me (?:quedo|queda) claro|"
                    + "clarisimo|me (?:salvaste|has salvado)"),
            of("that-is-all", "(?:justo|exactamente) lo que (?:buscaba|necesitaba|queria)|todo lo que "
                    + "necesitaba|(?:eso|esto) (?:es|era) (?:todo|justo lo que)|era (?:justo |exactamente )?eso"),
            of("understood-now", "(?:ya|ahora|ahora si) (?:lo )?(?:entiendo|entendi|capto|pillo|caigo)|(?:ya|ahora) "
                    + "(?:me )?queda claro"),
            of("went-through", "(?:ya )?se (?:proceso|aplico|acepto|confirmo|realizo) (?:el|la) (?:pago|cupon|codigo|"
                    + "descuento|pedido|reserva|compra)|(?:el|la) (?:pago|cupon|codigo|descuento|pedido|reserva"
                    + "|compra) "
                    + "(?:ya )?(?:se )?(?:proceso|aplico|paso|entro|quedo hech[oa]|confirmo)")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "gracias", "perfecto", "genial", "listo", "super", "excelente", "estupendo", "entendido",
            "reservado", "buenisimo", "crack", "de lujo", "mil gracias", "chevere", "bacan", "guay",
            "maravilla", "fenomenal", "agradecid[oa]", "un saludo", "muy amable", "graciass?"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "(?:aun|todavia) no (?:lo )?(?:se|sabemos|decidi|decidimos|tengo claro|estoy segur[oa])", "no (?:lo )?"
                    + "(?:se|sabemos) (?:aun|todavia)"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:sabe|saben|sabes|sabeis|sabria|sabrian) (?:que|que cosa) (?:le pasa|falla|tiene) (?:a|al|a la"
                    + "|a mi|con) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "que", "como", "cuando", "donde", "cual", "cuanto", "cuanta", "quien", "por que",
            "puedo", "pueden", "tienen", "hay", "y si", "se puede"
    };

    private SpanishReplies() {
    }
}
