package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Spanish rules (Spain and Latin America), over normalised text (no accents: "pásame" reads "pasame", "atención"
 * reads "atencion", "sé" reads "se").
 */
final class Spanish {

    private Spanish() {
    }

    static final LanguageRules RULES = LanguageRules.builder("es")
            .stopWords("el", "los", "las", "del", "y", "es", "una", "unos", "unas", "muy", "pero", "hola", "gracias",
                    "quiero", "necesito", "hablar", "alguien", "usted", "ustedes", "estoy", "tengo", "puedo", "hay",
                    "eso", "esto", "aqui", "ahora", "cuando", "donde", "porque", "tambien", "ya", "yo", "lo", "le",
                    "les", "sin", "buenas", "buenos", "bien", "quien", "cual", "cuanto", "tiene", "tienen",
                    "puede", "pueden", "podria", "quisiera", "gustaria", "hacer", "hace", "sigue", "han", "al",
                    "mucho", "muchas", "ni", "pasame", "porfa", "favor", "necesita", "mismo", "nadie", "algo", "estan",
                    "usar", "ayuda", "ayudar", "si", "vale", "pues", "entonces", "tampoco", "sobre", "con", "para",
                    "por", "que", "de", "en", "la", "un", "mi", "me", "te", "se", "como", "no", "mas", "atiende",
                    "esta", "tarde", "dia", "llamar", "manana", "noche", "telefono", "vosotros")
            .spellings("q", "que", "k", "que", "ke", "que", "xq", "porque", "pq", "porque", "xk", "porque", "d", "de",
                    "cn", "con", "m", "me", "hablr", "hablar",
                    "kiero", "quiero", "kero", "quiero", "qiero", "quiero", "xfa", "por favor", "porfa",
                    "por favor", "porfi", "por favor", "plis", "por favor", "pls", "por favor", "porfavor",
                    "por favor", "x", "por", "tb", "tambien", "tmb", "tambien", "tbn", "tambien", "dnd", "donde",
                    "toy", "estoy", "ntp", "no te preocupes", "xa", "para", "pa", "para", "nesecito", "necesito",
                    "nesesito", "necesito", "nececito", "necesito", "ablar", "hablar", "yamar", "llamar", "yame",
                    "llame", "yamen", "llamen", "grax", "gracias", "grasias", "gracias", "bn", "bien", "ps", "pues",
                    "tons", "entonces", "sip", "si", "nop", "no", "alguein", "alguien", "algien", "alguien",
                    "personna", "persona", "aser", "hacer", "aki", "aqui", "hablr", "hablar", "komunicame",
                    "comunicame", "asesr", "asesor", "conun", "con un", "conuna", "con una", "conel",
                    "con el", "conla", "con la", "habalr", "hablar", "hablra", "hablar")
            .typoWords("humano", "persona", "agente", "asesor", "operador", "representante", "encargado", "gerente",
                    "alguien", "hablar", "quiero", "necesito", "atencion", "cliente", "supervisor", "ejecutivo",
                    "empleado", "recepcion", "pasame", "conmigo", "favor", "quisiera", "transferir", "transfiera",
                    "transfieran")
            // "perdona" is an apology, one letter from "persona"; "transferi" is done, not asked; "pasare" (I will
            // drop by) is a future, one letter from "pasame"
            .typoExclusions("perdona", "perdone", "perdonen", "perdonad", "transferi", "transfirio", "transferia",
                    "pasare", "pasaremos", "transferido", "transferida", "transfieren",
                    "gente", "personal", "personaje", "personas", "agenda", "agentes", "humanos", "humana",
                    "hablas", "habla", "hablan", "hablo", "hable", "hablara", "hablad", "operadora", "asesora",
                    "encargada", "encargados", "quiere", "quieren", "quiera", "quieres", "quise", "quieto", "necesita",
                    "necesitan", "necesite", "clientes", "caliente", "atento", "atenta", "gerentes", "gerenta",
                    "asesores", "representantes", "representan", "representa", "representar", "supervisora",
                    "ejecutiva", "ejecutivos", "empleada", "empleados", "empleador", "excepcion", "percepcion",
                    "recepciones", "representando", "representado", "representada", "supervisar", "pasaje", "pasale", "pasate", "hallar", "quisieras", "contigo", "consigo", "contacta", "contacto",
                    "comunica", "comunican", "comunicado", "quisieran", "quisiese", "sabor", "valor", "fervor")
            .persons("personas?", "humanos?", "ser humano", "agentes?(?: humanos?)?", "asesor(?:a|es|as)?",
                    "operador(?:a|es|as)?", "representantes?", "encargad[oa]s?", "gerentes?", "responsables?",
                    "supervisor(?:a|es|as)?", "emplead[oa]s?", "trabajador(?:a|es)?", "alguien", "ejecutiv[oa]s?",
                    "consultor(?:a|es)?", "companer[oa]s?", "gente (?:real|de verdad|del equipo|de soporte)",
                    "atencion (?:al cliente|humana|personal|personalizada|telefonica)",
                    "(?:servicio|soporte|ayuda|asistencia) (?:al cliente|humano|humana|real|personal|personalizad[oa])",
                    "servicio tecnico", "soporte(?: tecnico)?", "miembro del (?:equipo|personal)", "alguno de ustedes",
                    "alguno de vosotros", "(?:departamento|area|seccion|dpto|depto) (?:de |del )?"
                            + "(?:ventas|facturacion|cobros|cobranza|postventa|recambios|repuestos|taller|"
                            + "mantenimiento|reclamaciones|devoluciones|garantias|atencion al cliente|soporte|"
                            + "administracion|contabilidad|finanzas|rrhh|logistica|envios|compras|reservas|siniestros|"
                            + "tecnico|calidad|credito|cartera|seguros|admisiones|personal)")
            .roles("doctor(?:a)?", "medic[oa]", "dr", "dra", "dentista", "ortodoncista", "higienista",
                    "recepcion(?:ista)?", "tecnic[oa]", "vendedor(?:a|es)?", "duen[oa]", "jef[ea]", "entrenador(?:a)?",
                    "mecanico", "ventas", "equipo", "oficina", "tienda", "clinica", "concesionario", "administracion",
                    "contabilidad", "facturacion", "cobros", "cobranza", "postventa", "recambios", "repuestos",
                    "taller", "reclamaciones", "devoluciones", "garantias", "abogad[oa]", "veterinari[oa]",
                    "fisio(?:terapeuta)?", "peluquer[oa]", "estilista", "contador(?:a)?", "gestor(?:a)?",
                    "director(?:a)?", "coordinador(?:a)?", "administrador(?:a)?", "secretari[oa]", "enfermer[oa]",
                    "propietari[oa]", "casero", "arrendador", "instructor(?:a)?", "profesor(?:a)?", "especialista",
                    "maestro de obras?", "capataz", "contratista", "esteticista", "mediador(?:a)?", "perito",
                    "tasador(?:a)?", "gestoria", "asesoria",
                    "(?:departamento|area|seccion|dpto) (?:de )?\\w+(?: al cliente)?",
                    "nutricionista", "nutriolog[oa]", "dietista", "osteopata", "quiropractic[oa]", "podolog[oa]",
                    "psicolog[oa]", "optometrista", "coordinacion(?: de \\w+)?", "jefatura(?: de \\w+)?",
                    // whoever served the customer before: "la chica que me atendio"
                    "(?:persona|chica|chico|senora|senor|muchacha|muchacho|doctora?|\\w+ista) que (?:me|nos) "
                            + "(?:atendio|ayudo|asesoro|vio|trato|llevo)",
                    "(?:quien|el que|la que|la persona que) (?:lleve|lleva|maneje|maneja|gestione|gestiona|coordina|"
                            + "coordine|organiza|organice|dirige|dirija|"
                            + "se encargue|se encarga|este a cargo|esta a cargo|vea|ve|lleve el tema)(?: de| del)?"
                            + "(?: \\w+)?",
                    "(?:jef[ea]|gerente|responsable|encargad[oa]|director(?:a)?) de (?:tienda|taller|ventas|obra|"
                            + "sucursal|planta|turno|area|zona|servicio|clinica)")
            .complement("(?:de la|de los|de las|del|de|en) \\w+(?: \\w+)?")
            .frames(
                    contact("hablar-con", "(?<!ya |ayer |antes |tuve |tuvimos |he |hemos )(?:hablar|hablarlo|hablarla|"
                            + "platicar|platicarlo|"
                            + "conversar|conversarlo|charlar|chatear|chatear directamente|comunicarme|comunicar|"
                            + "comunicame|"
                            + "comunicas|comunica|comunican|comuniqueme|comuniquen|comuniquenme|comunicarnos|"
                            + "comunicarias|comunicaria|comunicarse|contactar|contactarme|que hable|"
                            + "pueda hablar|puedo hablar|tratar(?:lo)?|comentar(?:lo)?|ver(?:lo)? esto|revisar(?:lo)? "
                            + "esto|resolver(?:lo)?|discutir(?:lo)?|hablar directamente|hablar por telefono|"
                            + "(?:ponerme|ponga|pongan|poner|pon|ponme|me pone|me ponen|me pones|entrar|estar) en "
                            + "contacto|(?:tener|tenga) contacto|contacto) con", ""),
                    contact("tratar-con", "(?:tratar|comentar|ver|revisar|resolver|discutir|hablar|mirar|consultar|"
                            + "platicar|aclarar|arreglar|solucionar|chatear)(?:lo|la)? (?:esto|eso|el tema|este tema|"
                            + "mi caso|"
                            + "(?:el|la|los|las|este|esta|lo del|lo de la) \\w+|"
                            + "el asunto|este asunto|mi (?:problema|duda|consulta|pedido|factura|reserva|cita|"
                            + "contrato|presupuesto))(?: (?:directamente|personalmente|en persona|por telefono))? con",
                            ""),
                    contact("hablar", "(?<!ya |ayer |antes )(?:hablar|chatear|comunicarme)", ""),
                    person("llegar-a", "(?:llegar|contactar|contactarme|localizar|dar con|ubicar) (?:a|al|hasta|con)", ""),
                    contact("pasar-con", "(?:(?:pasame|pasarme|paseme|pasenme|me (?:pasa|pasas|pasais|pasan|pase|"
                            + "pases|paseis|pasen|pasarias|pasariais|"
                            + "pasaria)|(?:me )?(?:puede|pueden|puedes|podria|podrian|podrias|podeis) pasar(?:me)?|"
                            + "pasar) con|(?:pasame|pasarme|paseme|pasenme|me (?:pasa|pasas|pasan|pase|pasen))(?:"
                            + " al?)?|"
                            + "(?:ponme|ponerme|pongame|ponganme|me (?:pones|pone|ponen|poneis|pongas|ponga|pongan)|"
                            + "(?:me )?(?:puede|pueden|puedes|podria|podrian|podrias) poner(?:me)?)(?: con)?|"
                            + "(?:transfiereme|transferirme|transferir|transfiere|transfieres|transfieran|derivame|"
                            + "derivarme|derivar|deriva|derivas|redirigeme|redirigirme|conectame|conectarme|conecta|"
                            + "conectar|escalalo|escalar|remiteme|mandame|enviame)(?: (?:con|a|al|hacia))?)", ""),
                    contact("ser-pasado", "(?:ser|quiero ser|quisiera ser) (?:transferid|pasad|derivad|comunicad|"
                            + "redirigid|conectad)[oa]s?(?: (?:directamente|ya|ahora))? (?:con|a|al|hacia)", ""),
                    contact("atender", "(?:me atienda|me atiendan|me atendiera|me atendieran|que atienda|atienda|"
                            + "atenderme|atendernos|nos atienda|nos atiendan|"
                            // the modal in any tense, for the customer or a group: "nos podria atender alguien"
                            + "(?:me|nos) (?:puede|pueden|podria|podrian|podra|podran) atender|atendido por|atendida por|atencion de|atencion con|"
                            + "(?:ayuda|asistencia|apoyo|orientacion|respuesta) (?:de|del|por parte de))", ""),
                    contact("llamarme", "(?<!recibi una |recibi |tuve una |tuve )(?:llamarme|marcarme"
                            + "|telefonearme|me llame|me llamen|"
                            + "contactarme|me contacte|me contacten|(?:llamada|videollamada) (?:de|del|con)|me escriba|"
                            + "me escriban|me (?:llamara|llamaran|contactara|contactaran|escribiera|escribieran)|"
                            + "me (?:devuelva|devuelvan|devolviera|devolvieran) la llamada|devolverme la llamada|"
                            + "me (?:puede|pueden|podria|podrian|puedes) (?:llamar|escribir|contactar|devolver la "
                            + "llamada))", ""),
                    contact("callback", "", "(?<!\\bte |\\ble |\\bles |\\bos )(?:me )?(?:(?:puede|pueden|podria|"
                            + "podrian|puedes|podra|podran) )?(?:me )?"
                            + "(?:llame|llamen|llamar|llamarme|marcarme|telefonearme|contacte|contacten"
                            + "|contactar|contactarme|escriba|"
                            + "escriban|escribirme|devuelva la llamada|devuelvan la llamada|devolverme la llamada|"
                            + "marque|marquen)\\b"),
                    contact("que-atienda", "", "(?:que|quien) (?:me |nos )(?:pueda |puedan |podria |quiera )?"
                            + "(?:atienda|atiendan|atender|ayude|ayuden|ayudar|hable|hablen|hablar|responda|responder|"
                            + "conteste|llame|llamar)\\b|(?:que|quien) (?:pueda |puedan |podria |quiera )?(?:atenderme|"
                            + "atendernos|ayudarme|ayudarnos|hablar conmigo|hable conmigo|hablen conmigo|llamarme)\\b"),
                    person("me-atienda", "", "(?:me |nos )(?:atienda|atiendan|ayude|ayuden|hable|conteste|"
                            + "(?:puede|pueden|podria|podrian|puedes) (?:atender|ayudar|hablar|llamar|contactar))\\b"),
                    contact("con-quien", "", "con (?:quien|quienes) (?:pueda|puedo|podria|hablar)"),
                    person("para-atender", "", "(?:ahi |aqui |en linea |disponible )?para (?:atenderme|ayudarme|"
                            + "hablar conmigo|que me atienda|atender(?:me)?)"),
                    contact("disponible", "", "(?:esta |estan )?disponibles?(?: (?:ahora|ya|hoy|para (?:hablar|"
                            + "conversar|charlar|atender|atenderme|ayudar|ayudarme)"
                            + "(?: \\S+){0,4}))?$|(?:disponibles?|libres?) (?:\\S+ ){0,2}?para (?:hablar"
                            + "|platicar|conversar|"
                            + "charlar|atenderme|ayudarme|tratar|comentar|revisar|ver|una llamada|una charla"
                            + "|un momento)\\b"),
                    // the person is the subject: "alguien podria hablar conmigo sobre la factura"
                    contact("hablar-conmigo", "", "(?:(?:puede|pueden|podria|podrian|puedes|quiere|quisiera) )?"
                            + "(?:hablar|platicar|conversar|charlar|tratar(?:lo)?|ver(?:lo)?|revisar(?:lo)?"
                            + "|comentar(?:lo)?|"
                            + "mirar(?:lo)?) conmigo\\b"),
                    person("quiero", "(?:quiero|quisiera|queria|necesito|necesitaria|preciso|requiero|prefiero|pido|"
                            + "exijo|me gustaria|solicito|busco|ocupo|deseo|desearia|me encantaria|preferiria|"
                            + "prefeririamos)"
                            + "(?: que)?(?: (?:me atienda|me atiendan|hable con|hablar con))?", ""),
                    person("dame", "(?:dame|deme|denme|traeme|consigueme|ponme|pon|mandame|enviame)", ""),
                    person("hay", "(?:hay|habra|habria|tienen|tendran|teneis)(?: (?:algun|alguna|un|una))", ""))
            .clauseRequests(
                    of("nadie-con-quien", "\\bno (?:hay|tienen|habra) (?:nadie|ninguna persona|ningun humano|"
                            + "ningun agente)(?: (?:con quien|que|para|a quien)|$)"),
                    of("no-hay-quien-atienda", "\\bno (?:hay|tienen|habra|existe) (?:un |una |ningun |ninguna |algun |"
                            + "alguna )?{T} (?:que (?:me|nos) (?:atienda|ayude|responda|conteste|pueda (?:atender|"
                            + "ayudar))|para (?:atenderme|ayudarme|hablar)|con quien (?:hablar|pueda hablar)|"
                            + "disponible)"),
                    of("hablar-con-ella", "\\b(?:hablar|hablarlo|hablarla) con (?:el|ella|ellos|ellas)"
                            + "(?: (?:otra vez|de nuevo|por favor|directamente))*$"),
                    of("persona-indicada", "\\bquien (?:es|seria|sera|serian) (?:la persona|el|la)(?: (?:mas )?"
                            + "(?:indicad[oa]|adecuad[oa]|correct[oa]|idone[oa]|apropiad[oa]))? (?:para|con quien) "
                            + "(?:hablar|tratar|consultar|platicar|ver|comentar)"),
                    of("con-quien-hablo", "\\b(?:con|a) quien (?:me |le )?(?:puedo |podria |debo |deberia |tengo que |"
                            + "hay que |me toca |le )?(?:hablar|comunicarme|contactar|dirigirme|dirigir|comunicar|"
                            + "acudir|"
                            + "llamar|escribir|"
                            + "hablo (?:para|sobre|acerca|por|de)|me dirijo|me comunico|llamo (?:para|sobre))\\b"),
                    of("no-consigo-hablar", "\\bno (?:consigo|logro|he podido|he conseguido|hay forma de|hay manera "
                            + "de) (?:hablar|comunicarme|contactar) con nadie\\b"),
                    of("nadie-atiende", "\\b(?:nadie me (?:atiende|atienda)|no me atiende nadie)\\b"),
                    of("no-bot", "\\b(?<!si )no quiero (?:hablar|chatear|seguir hablando|seguir) con (?:un |el |una "
                            + "|la |este |esta |ningun )?(?:bot|robot|maquina|contestador|asistente virtual|chatbot)"),
                    of("llamenme", "^(?!.*\\b(?:no|nunca|ni|sin)\\b).*?\\b(?:me (?:pueden|puede|podrian|podria|podeis|"
                            + "puedes) "
                            + "(?:llamar|devolver la llamada|telefonear|marcar)|(?:pueden|puede|podrian|podria|podeis) "
                            + "llamarme|llamenme|llameme|llamame|marcame|marqueme|quiero que me (?:llamen|llame|"
                            + "contacten|devuelvan la llamada)|(?:solicitar|pedir|agendar|programar) una llamada)\\b"),
                    of("derivame", "^(?:(?:por favor|ya|porfa|entonces) )*(?:derivame|transfiereme|escalame|"
                            + "escalalo|escala esto|deriva esto|derivalo)\\b"))
            .gapBreakers("de", "del", "sobre", "para", "por", "en", "si", "y", "pero", "o", "porque", "cuando",
                    "con", "mi", "mis", "otra", "otro", "segunda", "segundo", "mas", "\\d+", "dos", "tres", "no",
                    "ya", "hay", "que", "ni", "sin",
                    // an infinitive between a desire and a person is another action: "necesito contratar a alguien"
                    "[a-z]+(?:ar|er|ir)(?:me|te|le|lo|la|nos|les)?")
            .fillers("por favor", "ya", "ahora", "ahora mismo", "un", "una", "el", "la", "real", "de verdad", "hola",
                    "buenas", "buenos dias", "buenas tardes", "solo", "urgente", "rapido", "gracias", "con", "hablar",
                    "please", "de una vez", "otra vez", "oye", "mira", "vale", "ok", "si", "inmediatamente",
                    "ya mismo", "enseguida", "de carne y hueso", "jaja", "por fa", "porfis", "ayuda",
                    "directamente", "ahorita", "de inmediato", "humano", "humana", "disculpe", "perdon")
            .negations(SpanishChecks.NEGATIONS)
            .negationEnds(SpanishChecks.NEGATION_ENDS)
            .comparatives(SpanishChecks.COMPARATIVES)
            .negationLifts(SpanishChecks.NEGATION_LIFTS)
            .infoQuestions(SpanishChecks.INFO_QUESTIONS)
            .servicePurposes(SpanishChecks.SERVICE_PURPOSES)
            .hypotheticals(SpanishChecks.HYPOTHETICALS)
            .politeConditions(SpanishChecks.POLITE_CONDITIONS)
            .imperatives(SpanishChecks.IMPERATIVES)
            .reporters(SpanishChecks.REPORTERS)
            .quotes(SpanishChecks.QUOTES)
            .botQuestions(SpanishChecks.BOT_QUESTIONS)
            .natureWords(SpanishChecks.NATURE_WORDS)
            .botWords(SpanishChecks.BOT_WORDS)
            .orWords(SpanishChecks.OR_WORDS)
            .otherSenses(SpanishChecks.OTHER_SENSES)
            .fallbacks(SpanishReplies.FALLBACKS)
            .uncertainFallbacks(SpanishReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("es"))
            .clauseRequests(Callbacks.requests("es"))
            .fallbacks(FallbackFamilies.certain("es"))
            .fallbacks(ChannelRefusals.certain("es"))
            .fallbacks(RecordFallbacks.certain("es"))
            .uncertainFallbacks(FallbackFamilies.uncertain("es"))
            .dissatisfied(SpanishReplies.DISSATISFIED)
            .resolved(SpanishReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("es"))
            .resolved(FeedbackFamilies.resolved("es"))
            .dissatisfied(RetryFeedback.dissatisfied("es"))
            .resolved(RetryFeedback.resolved("es"))
            .thanks(SpanishReplies.THANKS)
            .questionStarts(SpanishReplies.QUESTION_STARTS)
            .faultQuestions(SpanishReplies.FAULT_QUESTIONS)
            .undecided(SpanishReplies.UNDECIDED)
            .build();
}
