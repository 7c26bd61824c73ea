package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** English rules. Text is normalised: "don't" reads "do not", "I'd" reads "i d", "someone's" reads "someone s". */
final class English {

    private English() {
    }

    static final LanguageRules RULES = LanguageRules.builder("en")
            .stopWords("the", "and", "you", "your", "is", "are", "to", "i", "my", "can", "what", "do", "with", "it",
                    "this", "please", "want", "need", "have", "how", "of", "for", "me", "a", "an", "that", "talk", "when",
                    "will", "at", "be", "on", "not", "there", "would", "could", "like", "just", "get", "from",
                    "about", "if", "or", "but", "we", "they", "them", "someone", "anyone", "help", "speak", "where",
                    "who", "why", "does", "did", "was", "were", "been", "am", "yes", "thanks", "hi", "hello", "know",
                    "should", "any", "some", "all", "here", "now", "our", "us", "again", "still", "already")
            .spellings("im", "i am", "ya", "you", "u", "you", "ur", "your", "r", "are", "w", "with", "2", "to",
                    "pls", "please", "plz", "please", "plse", "please", "plox", "please", "ppl", "people",
                    "hooman", "human", "hoomans", "humans", "sum1", "someone", "some1", "someone", "any1", "anyone",
                    "smb", "somebody", "sb", "somebody", "rn", "right now", "asap", "now", "thx", "thanks",
                    "ty", "thanks", "cn", "can", "cld", "could", "spk", "speak", "thru", "through", "wanna", "want to",
                    "gimme", "give me", "lemme", "let me", "gonna", "going to", "rly", "really", "ppls", "people",
                    "agnt", "agent", "hmn", "human", "idk", "i do not know", "dunno", "do not know", "idek", "i do not know", "r8", "right", "b4", "before", "yall", "you all")
            .typoWords("human", "humans", "person", "people", "agent", "agents", "representative", "operator",
                    "someone", "somebody", "anyone", "manager", "supervisor", "employee", "advisor", "colleague",
                    "talk", "speak", "connect", "transfer", "want", "need", "can", "real", "actual", "live",
                    "please", "customer", "service", "support", "chat", "staff", "member", "talking", "speaking", "chatting", "assistant",
                    "assistance", "executive", "contact", "reception", "department", "receptionist", "through",
                    "transferred", "connected")
            .typoExclusions("humane", "manage", "managed", "manages", "managing", "prison", "parson", "peeple",
                    "agency", "argent", "angel", "agenda", "cant", "car", "cab", "wan", "nee", "read", "deal",
                    "life", "like", "lie", "love", "lives", "pleased", "please", "supports", "services", "servic",
                    "connects", "spear", "steak", "sneak", "speck", "want", "went", "wait", "talks", "tall", "walk",
                    "tale", "hanover", "humor", "oppressor", "personal", "personnel", "persona", "persons", "wants",
                    "needs", "employer", "employed", "cans", "reals", "lived", "assistants", "contacts", "contacted",
                    "departments", "executives", "taking", "walking", "thought", "though", "thorough", "through",
                    "personally", "supporting", "supported", "assist", "assisted", "resistance", "distance",
                    "instance", "transfers")
            .persons("humans?(?: beings?)?", "persons?", "people", "(?:service|support|sales|live|human|real) agents?",
                    "human (?:assistance|help|support)", "(?:real|live|personal) (?:support|help|assistance)",
                    "executives?", "client (?:services?|support|care)", "call cent(?:er|re)", "help ?line", "agents?", "representatives?", "reps?",
                    "operators?", "managers?", "supervisors?", "employees?", "staff(?: members?)?",
                    "team members?", "members? of (?:your |the |our )?(?:staff|team)", "advis[eo]rs?",
                    "associates?", "colleagues?", "someone", "somebody", "anyone", "anybody", "whoever",
                    "customer (?:services?|support|care|assistance|relations|success)(?: team| department| reps?| agents?)?", "live (?:chat|support)",
                    "support (?:team|staff|person|people)", "real one")
            .roles("owner", "boss", "dentists?", "doctors?", "dr", "hygienists?", "nurses?", "trainers?", "coach",
                    "instructors?", "mechanics?", "technicians?", "tech", "sales ?(?:man|men|woman|person|people)",
                    "sales (?:reps?|team|department|office)", "realtors?", "brokers?", "receptionists?",
                    "front desk", "reception", "office", "team", "department", "consultants?", "specialists?",
                    "secretary", "assistant", "guy", "lady", "billing", "accounts (?:receivable|payable)", "accounts", "support", "help ?desk",
                    "service desk", "founders?", "cleaners?", "accountants?", "accounting", "payroll", "finance",
                    "(?:parts|service|sales|billing|accounts|finance|claims|returns|shipping|warranty|leasing|"
                            + "admissions?|hr|it|maintenance|customer care) (?:department|dept|team|desk|office|guys?|"
                            + "people)", "whoever (?:handles|deals with|is in charge"
                            + "(?: of)?|manages|takes care of|does|runs|is responsible for)(?: \\w+)?",
                    "orthodontists?", "surgeons?", "vets?", "veterinarians?", "groomers?", "stylists?", "barbers?",
                    "therapists?", "lawyers?", "attorneys?", "paralegals?", "adjusters?", "landlord", "foreman",
                    "contractor", "estimators?", "planners?", "coordinators?", "chef", "headteacher", "principal",
                    "pharmacists?", "optometrists?", "physio(?:therapist)?s?", "dealer(?:ship)?", "concierge",
                    "housekeeping", "room service", "(?:head|store|shop|office|general|practice|clinic|spa|"
                            + "service|site|branch|duty|floor) (?:manager|supervisor|lead)")
            .complement("(?:from|at|in|of|on) (?:the |your |ur |our |this )?\\w+(?: \\w+)?")
            .frames(
                    contact("talk-to", "(?<!was |were )(?:talk|speak|chat|converse|talking|speaking|chatting|"
                            + "(?:discuss|discussing|go over|going over|sort|sorting) (?:this|it|that|things|the \\w+|"
                            + "my \\w+(?: \\w+)?)(?: out)?)"
                            + "(?: (?:this|it|things) (?:through|over))?(?: (?:directly|personally|right now|now|"
                            + "quickly|briefly|real quick|in person|face to face))? (?:to|with|w)", ""),
                    contact("chat-with", "(?<!had |after |during |from |in |on |last )(?:a|quick|short|proper) (?:chat|talk|call|conversation|word|meeting)"
                            + "(?: (?:directly|personally|in person))? with", ""),
                    contact("help-from", "(?:help|assistance|support|advice|answers?|guidance) (?:from|of|by)", ""),
                    contact("with-real", "(?:with|to|from) (?:an? |some )?(?:real|actual|live|human|physical|"
                            + "genuine|flesh and blood)", ""),
                    contact("in-charge", "", "(?:herself|himself|themselves|directly|personally|in person)$"),
                    contact("word-with", "(?:a |quick )?word with", ""),
                    contact("connect", "(?:(?<!was |were |got |been |a |the |any |my |your )(?:connect|connected|connecting|"
                            + "transfer|transferring|switch|forward|pass|hand|send|put|escalate|redirect|route|direct|"
                            + "refer)(?: (?:me|us|this|it|my (?:call|chat|case|query|question)))?|(?:get|getting) "
                            + "(?:me|us))(?: (?:over|back|on|through))? (?:to|with|through)", ""),
                    contact("reach", "(?:reach|reaching|contact|contacting|call|ring|phone|get hold of|"
                            + "get through to|(?:get|getting|be|been|being|put|me) in touch with)", ""),
                    contact("callback-from", "call(?: ?back)? from", ""),
                    contact("callback", "", "(?:(?:can|could|please|to|just|pls|now|today) )*(?:call|ring|phone|"
                            + "text|contact|email|message|get back to|reach out to) (?:me|us)\\b|give me a (?:call|ring)"),
                    contact("take-over", "", "(?:(?:can|could|please|to|just) )?take over"),
                    contact("available", "", "(?:be |is |are )?(?:available|free|around)(?: (?:now|right now|today|to "
                            + "(?:talk|chat|speak|help|hop|jump|get)(?: \\S+){0,10}))?$"),
                    contact("role-please", "^(?:(?:hi|hello|hey|ok|okay|yes|and|also|can i have|could i have|may i "
                            + "have|i need|i d like|get me|give me) )*(?:the|your|a|an|our)",
                            "(?:please|now|asap|thanks|thank you)(?: please| thanks| thank you| now)*$"),
                    contact("talk-target", "(?:want|wanna|need|like|can i|let me|please) (?:to )?(?:talk|speak|chat)", ""),
                    contact("i-can-talk", "", "(?:i|we) (?:can|could|may|might) (?:talk|speak|chat)"),
                    person("want", "(?<!do i |do we |does it |do you )(?:want|need|require|request|requesting|"
                            + "demand|demanding|prefer|(?:d|would|really) (?:like|love|prefer)|ask for|"
                            + "asking for|looking for)", ""),
                    person("get", "(?:get|give|bring|fetch|find|grab|send)(?: me| us)?", ""),
                    person("have", "(?:can|could|may) (?:i|we) (?:have|see)", ""),
                    person("put-on", "put", "on(?:(?: (?:the line|the phone|this chat|here|the chat|now|please|already))*$| (?:who|that|"
                            + "which|with)\\b)"),
                    person("is-there", "(?:is|are) there (?:any|a|an|some)", ""),
                    person("help-me", "", "(?:(?:can|could|please|to|just) )?(?:(?:help|assist) (?:me|us)\\b|go over (?:this|it|"
                            + "that) with (?:me|us)|(?:walk|talk) (?:me|us) through)"),
                    person("get-to", "(?:get|getting) (?:through )?to", ""))
            .clauseRequests(
                    of("connect-me", "^(?:(?:please|pls|just|ok|okay|now|so|then|can you|could you) )*(?:connect|transfer|"
                            + "escalate|put) (?:me|us|this)(?: (?:through|over|on))?(?: (?:now|please|asap|already))*$"),
                    of("someone-free", "\\bif (?:someone|somebody|anyone|anybody|a person|a human)(?: \\w+){0,4}? (?:is|s|are) "
                            + "(?:around|available|free|there|about|in|on)\\b"),
                    of("best-person", "\\bwho (?:is|s) (?:the )?(?:best |right |correct )?(?:person|one|contact|guy)"
                            + " (?:to|i should|i can) (?:speak|talk|chat)"),
                    of("hand-off", "\\b(?:hand|pass) (?:me|us|this|it) (?:off|over)\\b"),
                    of("who-to-talk-to", "\\bwho (?:should|can|could|do|would|shall|must|may) (?:i|we) (?:speak|talk|"
                            + "chat)(?: (?:to|with))?\\b"),
                    of("no-one-to-talk-to", "\\b(?:is|are) there (?:really )?(?:no one|noone|nobody|not anyone|"
                            + "not a (?:single )?(?:person|human))(?: (?:i|we) can (?:talk|speak|chat)| to (?:talk|"
                            + "speak)|$)"),
                    of("talk-to-them-again", "\\b(?:talk|speak|chat) (?:to|with) (?:him|her|them)"
                            + "(?: (?:again|please|now|directly|today))*$"))
            .gapBreakers("to", "for", "about", "on", "at", "in", "into", "if", "and", "but", "or", "than", "because",
                    "so", "when", "with", "from", "by", "my", "his", "her", "their", "it", "i", "he", "she", "they",
                    "we", "is", "are", "was", "were", "be", "been", "not", "no", "another", "other", "second",
                    "extra", "more", "\\d+", "two", "three", "four", "five", "call", "back", "what", "which")
            .fillers("please", "now", "right", "a", "an", "the", "some", "real", "actual", "live", "proper", "just",
                    "hey", "hi", "hello", "ok", "okay", "yes", "yeah", "sorry", "immediately", "urgent", "urgently",
                    "already", "again", "thanks", "thank you", "i mean", "only", "quick", "quickly", "oh", "omg",
                    "ugh", "hm+", "well", "yo", "seriously", "lol", "then", "one", "talk", "speak", "to", "with", "chat")
            .negations("not", "no", "never", "without", "nobody", "none", "neither", "nor")
            .negationEnds("but", "however", "i (?:just )?(?:want|need)", "let me", "please", "just",
                    "(?:can|could|would|will) (?:you|i|we|someone|somebody|anyone)", "and (?:would|d) like",
                    "(?:so|and) (?:i|we) (?:want|need|would like)", "i d (?:like|rather|prefer|love)",
                    "i would (?:like|rather|prefer)", "(?:just )?(?:get|give) me", "then", "instead")
            .comparatives("than", "instead of", "rather than")
            // "I don't know how to reach a person": the customer lacks the way, not the wish.
            .negationLifts("(?:do|did|does) not (?:\\w+ ){0,2}?(?:know|understand|get|see|remember) (?:\\w+ ){0,3}?"
                            + "(?:how|where|what|who|whom|which)",
                    "(?:no|not (?:a|any)|have no) (?:idea|clue)(?: \\w+){0,2}? (?:how|where|what|who|whom)",
                    "not sure (?:how|where|who|what|whom)",
                    "(?:can|could) not (?:\\w+ ){0,2}?(?:figure out|work out|find|see|tell|work) (?:how|where|who|what|"
                            + "a way|any way|the way|out)",
                    "(?:can|could|am|was|were|have|has|had) (?:not|never)(?: been)?(?: (?:seem to|manage to|able to|even|yet))*"
                            + " (?:get (?:through|hold|in "
                            + "touch|a hold|hold of|to)|reach|contact|find|talk|speak|chat|get to|connect)",
                    "(?:unable|impossible) to (?:get|reach|contact|find|talk|speak|chat)",
                    "no (?:way|option|button|link)(?: \\w+){0,2}? to (?:talk|speak|chat|reach|contact|get)")
            .infoQuestions("what (?:time|times|hours|days?)", "which (?:hours|days|times)", "(?:until|til|till) when",
                    "what (?:is|s|are) (?:the |your )?(?:\\w+ )?(?:number|phone|email|e mail|address|extension|line)",
                    "(?:what|which) (?:number|phone|email|e mail|address|extension|line)",
                    "when (?:does|do|is|are|will|would)", "how (?:late|early|long)",
                    "(?<!what |how )(?:do|does|would|will|must|should) (?:i|we|you) (?:really |actually |always )?"
                            + "(?:need|have) to", "(?<!what |how )(?:do|would|will) (?:i|we) need", "is it (?:necessary|required|mandatory|needed|obligatory|a must)",
                    "(?:necessary|required|mandatory|obligatory) to", "must (?:i|we)", "is there a need",
                    "(?:need|have) to (?:\\w+ ){0,2}?(?:or|or can|or could) (?:i|we)",
                    "(?:opening|business|office|support|working|service) hours", "(?:phone|contact|support|direct) numbers? (?:for|of|to)",
                    "hours (?:of|for)")
            .servicePurposes("to (?!(?:talk|speak|chat|help|assist|answer|explain|call|contact|discuss|reach|deal|"
                    + "handle|look|check|review|get back|sort|go over|take over|respond|reply|email|text|message|"
                    + "ring|phone|be|tell|advise|clarify|read|see|listen|hear|understand|decide|approve|confirm)\\b)"
                    + "[a-z]+", "with (?:me|us)\\b",
                    "(?:who|that) (?:can|could|will|would) (?!(?:talk|speak|chat|help|assist|answer|explain|call|"
                    + "contact|tell|advise)\\b)[a-z]+")
            .hypotheticals("if", "in case", "should (?:i|we|something|anything|there|it|this|that|the)", "once (?:i|we)", "when (?:i|we)", "unless",
                    "whenever", "in the future", "future reference", "next time", "hypothetically", "later on",
                    "at some point", "might", "maybe", "perhaps", "probably", "may (?:want|need)",
                    "(?:will|ll|would) (?:want|need)", "just curious", "just wondering")
            .politeConditions("(?:not sure|unsure|wondering|wonder|ask|asking|asked|know|see|check|checking|confirm|"
                            + "tell me) if", "if (?:so|possible|you can|you could|you would|you do not mind|that is (?:ok|okay|"
                    + "alright)|that s (?:ok|okay|alright)|it is not too much trouble|it s not too much trouble|"
                    + "not too much trouble|at all possible)", "(?:appreciate|grateful|glad|happy) (?:it )?if")
            .imperatives("^(?:(?:then|so|ok|okay|just|please|now|and) )*(?:connect|transfer|put|pass|get|give|"
                    + "send|let|escalate|switch) (?:me|us|this)", "\\b(?:right now|asap|immediately)\\b")
            .quotes("says?", "said", "saying", "typed", "type(?! to)", "wrote", "write", "reply", "replied",
                    "button", "option(?! (?:anywhere |here |at all )?to (?:talk|speak|chat|reach|contact|get))", "menu", "autocorrect\\w*", "by mistake", "ignore", "what does",
                    "difference between", "the word", "called",
                    "(?:my|our) (?:wife|husband|partner|mom|mother|dad|father|son|daughter|kids?|friend|boss|sister|"
                            + "brother|family|neighbou?r) (?:wants|needs|would like|asked)")
            .botQuestions("(?:are|r) (?:you|u|these|those|the (?:replies|answers|responses|messages))",
                    "(?:you|u) (?:are|re|r)", "is (?:this|it|that)", "am i (?:talking|chatting|speaking|texting|"
                            + "writing)", "is (?:anyone|someone|somebody) (?:actually |really )?(?:typing|reading|"
                            + "there|writing)", "who (?:is|s) (?:this|typing|answering|replying|writing)")
            .natureWords("humans?", "person", "people", "bot", "robot", "ai", "machine", "automated", "automatic",
                    "chatbot", "computer", "program", "real", "live", "actual", "assistant", "agent", "someone",
                    "chatgpt", "siri", "alexa", "typing", "artificial")
            .botWords("bot", "robot", "ai", "machine", "automated", "automatic", "chatbot", "computer", "program",
                    "virtual assistant", "artificial intelligence", "chatgpt")
            .orWords("or")
            .otherSenses("human (?:resources|rights|error|nature|body|race|hair|grade|touch|trafficking|"
                    + "interest)", "user agents?", "(?:travel|real estate|estate|insurance|secret|free|double|"
                    + "sports|talent|literary|press|booking|shipping|cleaning|my|his|her|their) agents?",
                    "(?:delivery|cable|pizza|mail|uber|taxi|tech) (?:person|guy|man|people|driver|lady)",
                    "in person", "people person", "representative (?:sample|example)", "voice assistants?",
                    "agents? (?:code|fee|fees|commission|not found|number|id)",
                    "(?:property|building|branch|account|project|my|his|her|their) managers?",
                    "(?:licensed|machine|crane) operators?", "personal (?:assistant|trainer)",
                    "(?:two|three|four|five|six|\\d+) (?:people|persons)",
                    "(?:humans?|person|people|someone|anyone|agents?) (?:limits?|fees?|charges?|caps?|minimum|maximum|"
                            + "price|rates?|discount|tickets?|pass|max|min)",
                    "(?:humans?|person|people|someone|somebody|anyone|anybody) (?:actually |really |even )?(?:reading|"
                            + "typing|watching|behind|reviewing|monitoring|checking|seeing) (?:this|these|the|my|"
                            + "messages|chats?|it)",
                    "(?:customer (?:service|support|care)|support|sales|reception|front desk|office|agents?|team|"
                            + "billing|help ?desk|call cent(?:er|re)|live chat|human) (?:phone )?(?:numbers?|emails?|"
                            + "e mail|address|hours|line|website|link|portal|page|opening hours|open|opens|closed|close)")
            // Bot fallback: the bot itself ("I") lacks the answer; "we don't have parking" is an answer.
            .fallbacks(
                    of("no-info", "i do not have (?:\\w+ ){0,4}?(?:information|info|details|data|access|answers?|"
                            + "pricing|prices|figures|visibility|records?|stock|knowledge|insight|updates?)|i have no "
                            + "(?:information|info|details|data|idea|access)|(?:information|details|data) (?:is|are) not "
                            + "available|not available to me|not something i have (?:info|information|details)"),
                    of("cannot-help", "i (?:can not|am unable to|m unable to|am not able to|m not able to|"
                            + "am not allowed to|m not allowed to) (?:help|answer|assist|give|access|tell|confirm|say|"
                            + "provide|find|check|see|process|handle|share|look up|quote|advise)|not something i can "
                            + "(?:help|answer|assist)"),
                    of("check-with-team", "(?:let me|i ll|i will|i am going to|i m going to|i need to|i ll need to|"
                            + "i will need to|i ll have to|i have to|i must|i d rather|i would rather|i d better)"
                            + "(?: \\w+){0,2}? (?:check|confirm|double check|verify|ask|find out|look into|pass|forward|"
                            + "escalate|refer)(?: \\w+){0,5}? (?:team|staff|office|colleagues?|manager|dentist|doctor|"
                            + "department|clinic|someone|owner|front desk|humans?|person|agents?|specialists?|"
                            + "technicians?|supervisor|service|them|you)|i (?:have|ve) (?:forwarded|passed|escalated|"
                            + "sent|shared) your|(?:team|staff|someone) will (?:need|have) to (?:look into|answer|check|"
                            + "confirm)"),
                    of("not-found", "i (?:could not|did not|was not able to|am not able to|can not) find|found nothing|"
                            + "(?:could not|can not|did not|was not able to|am not|not) (?:find|finding|see|seeing|locate|"
                            + "locating) (?:anything|any (?:info|information|details|mention|record|policy)|a (?:policy|"
                            + "record|mention))|i do not see anything (?:in|about|on|regarding)|"
                            + "no (?:results|matches) (?:for|about|on)"),
                    of("out-of-scope", "(?:outside|beyond) (?:of )?what i (?:can|am able|m able)|i can only "
                            + "(?:help|answer|assist)|i (?:am|m) only able to (?:help|answer|assist)|(?:outside|out of) "
                            + "my (?:scope|knowledge)"),
                    of("not-understood", "i (?:did not|do not|could not) (?:quite )?(?:understand|get|follow|catch)"
                            + "|not sure i (?:understand|follow)|trouble understanding|could you (?:please )?(?:rephrase|"
                            + "clarify|reword)"),
                    of("handover-offer", "(?:connect|pass|transfer) you (?:with|to) (?:someone|a colleague|our team|"
                            + "a member|a person|a human)"),
                    of("beyond-me", "beyond (?:my|what i) (?:knowledge|scope|abilities|expertise|can (?:answer|help|"
                            + "say|tell)|know)|(?:that|this) (?:is|s) (?:a question|one|something) (?:for|best answered by|"
                            + "i (?:will|ll|d|would) (?:need|have) to (?:pass|leave|ask))|not the (?:best|right) (?:one|"
                            + "person|place) to (?:ask|answer)|(?:teammate|team member|colleague|staff member|specialist|"
                            + "someone from (?:our|the) (?:\\w+ )?(?:team|office|staff|shop|clinic|store))(?: (?:can|will|could|"
                            + "would|should))(?: need to)? (?:help|answer|assist|follow up|get back|reach out|confirm|look|"
                            + "check|review|take a look)|beyond me|(?:loop|bring|pull) in (?:the|our|a|someone)|i (?:ll|will|"
                            + "d|would) (?:have|get|ask) (?:someone|the|our|a) (?:\\w+ ){0,4}?(?:reach out|call|contact|get "
                            + "back|follow up|confirm|check|answer)|(?:not|n t) (?:covered|included|mentioned|listed) in "
                            + "(?:the|my) (?:info|information|notes|data|materials|documents)"),
                    of("would-have-to-check", "(?:i|we) (?:d|would|ll|will) (?:need|have) to (?:\\w+ ){0,2}?(?:check|"
                            + "confirm|verify|ask|find out|look into|double check)|(?:let me|i ll|i will|i need to) "
                            + "(?:find out|look into (?:it|that|this))|i ll get back to you (?:on|about) (?:that|this)"),
                    of("no-way-to-know", "i have no (?:way|means) (?:of|to) (?:know|knowing|check|checking|see|seeing|"
                            + "confirm|confirming|tell|telling)|not (?:something|a topic|a question|one) i (?:m |am )?(?:\\w+ ){0,3}?"
                            + "(?:answer|help with|handle|know)|not the (?:best|right) (?:source|one|person)|i do not "
                            + "(?:think|believe) i have (?:that|the|any|this)|(?:my|the) (?:information|knowledge|data|resources|documents|"
                            + "notes|records|info) (?:does|do|did) not (?:cover|include|mention|say|have|contain|show)|"
                            + "i (?:was not|could not|can not|did not) (?:able to )?(?:locate|find|see|pull up|access)|"
                            + "nothing (?:about|on) (?:that|this|it) in my|not (?:something|a topic|a question) i (?:know|"
                            + "can (?:speak|answer|help with)|have (?:details|info|information|an answer))"))
            .uncertainFallbacks(
                    of("not-sure", "i (?:am|m) (?:honestly |really |just )?(?:not (?:\\d+ )?(?:sure|certain)|unsure)|not sure(?! if you (?:saw|know|noticed|heard|re aware|are aware|got))|"
                            + "unsure (?:whether|if|about|of)|i (?:can|could) not (?:say|tell) (?:for sure|for certain|"
                            + "exactly)|i do not (?:really )?know (?:if|whether|the answer)|"
                            + "can not say for sure|i do not know|no idea"))
            // Customer feedback on the bot's last answer.
            .dissatisfied(
                    of("did-not-help", "(?:did|does|do|has|have) not (?:really )?(?:help|work|fix|solve|answer|resolve|"
                            + "make sense|match|load)|not (?:helpful|useful|relevant)|(?:useless|pointless|unhelpful)|"
                            + "waste of (?:my )?time|no help|(?:more|even more) confused|nothing (?:happened|changed)|"
                            + "(?:i|we) (?:have |ve )?already (?:tried|done|did) (?:that|this|it|those|all)|"
                            + "(?:that|this|it) (?:is|s) not working|(?:that|this|it|you)(?: are| re| is| s)? not (?:really |even )?"
                            + "(?:helping|helpful|useful)|(?:link|code|button|page|app|website|site|form|portal)(?: you "
                            + "(?:sent|gave))? (?:does not|did not|will not|won t|do not) (?:even )?(?:open|work|load|exist)|"
                            + "still \\w+ing (?:after|even after)"),
                    of("still-broken", "still (?:not|n t) (?:working|fixed|solved|resolved|loading|sorted|there|"
                            + "received|arrived|delivered)|still (?:broken|the same|charged|charging|crashing|crashes|"
                            + "says|failing|happening|waiting|stuck|getting|showing|missing|wrong|down|declined)|still "
                            + "(?:can not|will not|won t|does not|do not|did not|have not|has not)|(?:link|code|button|"
                            + "page|app)(?: you sent)? (?:is|s) (?:broken|wrong|dead|not working)"),
                    of("not-what-i-asked", "(?:that|this|it) (?:is|s|was) not (?:even )?(?:the right|the correct|what|it|right|correct|relevant|"
                            + "helpful|the issue|the problem|my question|the answer|true)|not what i (?:asked|meant|"
                            + "said|need|needed|wanted|was asking)|not my question|completely different"),
                    of("wrong-answer", "(?:that|this|it) (?:is|s)(?: just| simply| totally| completely| still| all)? (?:wrong|"
                            + "incorrect)|^(?:no |nope )?wrong|"
                            + "i (?:meant|asked about|asked for|was asking about|said)"),
                    of("not-understood", "you (?:are|re) not (?:understanding|listening|reading|getting it|helping|answering)|"
                            + "you do not (?:understand|get it|listen|get what)|do not think you (?:get|understand)|"
                            + "did you (?:even )?read"),
                    of("repeat", "(?:keep|re|are) (?:giving|saying|repeating|sending) (?:me )?(?:the same|that)|"
                            + "same (?:thing|answer|reply|response|message) (?:you|again|as)|going in circles"),
                    of("sarcasm", "(?:thanks|thank you) for nothing|(?:copy ?paste|canned|generic|automated|robotic|scripted) "
                            + "(?:answer|reply|response|message)s?|oh wow (?:so|very|super|really|such) (?:helpful|useful)|"
                            + "(?:so|very) (?:helpful|useful) really$|(?:very|super|so|really|sooo|real|such a) (?:helpful|"
                            + "useful|useless) (?:not|lol|haha|as always)|yeah right|(?:thanks|thx) a lot (?:not|for "
                            + "nothing)|as (?:helpful|useful) as a|(?:great|wow|gee|oh|well)(?: thanks)? (?:super |very |so "
                            + "|really )?(?:helpful|useful) (?:not|as always|again)"),
                    of("loop", "(?:going|go|running|run|talking|talk|went) (?:around |round )?in (?:circles|loops?)|"
                            + "(?:stuck )?in a loop|round and round|around and around|back to square one|getting nowhere|"
                            + "going nowhere|(?:you|u) (?:already|just) (?:said|told me|sent) (?:that|this)|"
                            + "(?:you|u) said (?:that|this) (?:already|before|twice)|(?:the )?(?:second|third|fourth|2nd|3rd|4th|\\d+(?:th|rd|nd)?) "
                            + "time (?:you|u) (?:ve |have )?(?:sent|said|told|given|suggested)|(?:you|u) (?:ve |have )?"
                            + "(?:told me|said|sent(?: me)?|gave me|given me) (?:that|this|the same(?: thing)?) (?:already|"
                            + "before|twice|again|earlier)"),
                    of("tried-already", "(?:tried|done|did) (?:that|this|it|those|all that|all of that|everything)"
                            + "(?: (?:already|before|twice|too|yesterday|earlier))|already tried|tried (?:that|this|it) "
                            + "(?:already|before|twice)|(?:i|we) (?:did|tried) (?:exactly )?(?:that|what you said)"),
                    of("curt-no", "^(?:meh|ugh|nah)$|none of (?:that|this|those|it|these) (?:answers|helps|helped|works|worked|"
                            + "makes sense|is (?:helpful|relevant|what))|^(?:no |nope |nah )?(?:incorrect|not correct|not right|not true|false|wrong again)"
                            + "$|^(?:not really|not quite)\\b|^(?:no|nope) (?:it|that) (?:did not|does not|is not)"),
                    of("same-problem", "(?:same|the same) (?:problem|issue|error|result|thing happens|message "
                            + "again|error message|thing as before|old problem)|nothing has changed|no change|"
                            + "(?:makes|made) no (?:sense|difference)|(?:you|u) (?:did not|have not|do not|never) "
                            + "(?:answer|address|respond to|get to) (?:my|the) (?:question|problem|issue)|\\bsmh\\b"),
                    of("gave-up", "(?:thanks|thank you|ok|okay) anyway|figure it out myself|i give up|forget it|"
                            + "(?:this|that) is (?:ridiculous|pointless|a joke|hopeless)"))
            .resolved(
                    of("worked", "(?:that|it|this) (?:finally |really |totally |actually )?(?:worked|works|helped|"
                            + "helps|fixed it|did it|did the trick|solved it|answers my question|makes sense|is clear)|"
                            + "(?:it s|it is|its|is) (?:working|fixed|sorted|solved) now|(?:working|works) now|"
                            + "all (?:good|clear|set|sorted)|(?:problem )?(?:solved|sorted|fixed|resolved)|"
                            + "(?:clears|cleared|sorts|sorted|clear|sort) (?:it|that|things|everything) (?:up|out)|"
                            + "the \\w+ (?:finally |really |actually )?(?:worked|did the trick|fixed it)|(?:is|s|are) "
                            + "(?:fine|working|ok|okay|good) now|"
                            + "found it|i (?:am|m) in|(?:went|got) through|(?:received|got) the (?:email|code|link|"
                            + "message|confirmation)|makes sense|did the trick|that helps"),
                    of("that-is-all", "(?:that s|that is) all i (?:needed|wanted)|exactly what i (?:needed|was "
                            + "looking for|wanted)|all i needed"),
                    of("works-for-me", "works for me|that answers (?:it|my question|everything)|(?:that|it) did it|"
                            + "(?:that s|that is|yes that s|yep that s) (?:it|the one|exactly it|perfect|what i needed)$|"
                            + "^(?:understood|gotcha|noted|sorted|all good|perfect)$|(?:it s|it is|its) (?:fine|"
                            + "ok|okay|good|all good) now|(?:you re|you are) (?:a star|a lifesaver|a legend|the best)|"
                            + "lifesaver|problem (?:is )?gone|back (?:up and running|to normal|online)"))
            .thanks("got it", "thanks", "thank you", "thank u", "cheers", "perfect", "great", "awesome", "amazing",
                    "wonderful", "brilliant", "excellent", "cool", "nice", "super", "fantastic", "lovely",
                    "appreciate it", "much appreciated", "sweet", "booked", "see you")
            .questionStarts("what", "how", "when", "where", "which", "who", "why", "can i", "could i", "do you",
                    "does", "is it", "is there", "are you", "are there")
            .build();
}
