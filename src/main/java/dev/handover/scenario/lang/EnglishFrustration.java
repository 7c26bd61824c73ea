package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** English phrases of strong frustration, over normalised text ("i'm" reads "i m", "won't" reads "will not"). */
final class EnglishFrustration {

    private static final String I_WILL = "(?:ill|(?:i|we) (?:will|ll|am going to|m going to|are going to|re going to|"
            + "am gonna|"
            + "m gonna|shall|will be|ll be|am|m|are|re))";
    private static final String YOU_ARE = "(?:(?:you|u|ya)(?: people| guys| lot| all)? (?:are|re|r)|your|you|u|you "
            + "people)";
    private static final String INTENSE = "(?:so |such |a |an |the |complete |completely |total |totally |absolute |"
            + "absolutely |utter |utterly |fucking |bloody |really |just |very |beyond |truly |honestly |literally |"
            + "incredibly |extremely )*";
    private static final String BAD = "(?:idiots?|stupid|useless|incompetent|morons?|moronic|clowns?|dumb|brainless|"
            + "clueless|worthless|pathetic|hopeless|imbeciles?|liars?|lying|thieves|thief|crooks?|scammers?|frauds?|"
            + "fraudsters?|garbage|trash|rubbish|a disgrace|a joke|a scam|retarded|dense|amateurs?|the worst|"
            + "disgusting|a waste of (?:space|time|money)|shit|crap|crappy|shitty|terrible|awful|horrible|"
            + "a nightmare)";
    private static final String THING = "(?:bot|robot|machine|ai|chatbot|chat bot|app|company|companies|service|"
            + "system|program|website|site|people|staff|team|support|customer service|shop|store|business|firm|"
            + "outfit|thing|assistant|computer|excuse for a \\w+)";

    private static final String MEDIA = "(?:the )?(?:local )?(?:news|press|media|newspapers?|papers|tv|channel "
            + "(?:\\d+|four|five|seven|nine)|news channel|reporters?|journalists?|watchdog|consumer (?:show|programme|"
            + "program)|a current affair|60 minutes)";

    private static final String PROVIDER = "(?:insurer|insurance|provider|company|bank|agency|dentist|gym|carrier|"
            + "broker|salon|garage|mechanic|realtor|clinic|contractor|landlord|firm|shop|store|service)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:if (?:\\w+ ){0,8}?(?:not|no|nobody|no one|never|again)(?: \\w+){0,6}?|unless(?: "
                    + "\\w+){1,6}?|otherwise|or else|or)"
                    + " " + I_WILL + " (?:(?!not |never |no )\\w+ ){0,2}?(?:(?:cancel|cancelling|canceling) (?:my |"
                    + "the |our |this |your |it )?"
                    + "(?:subscription|account|membership|contract|plan|service|everything|all|it all|business)|leave|"
                    + "leaving|complain|"
                    + "report|sue|suing|close (?:my|the|our) account|switch|go elsewhere|go somewhere else|take "
                    + "(?:my business|legal action|this further|it further|you to court|this to)|dispute|post|"
                    + "write (?:a )?(?:\\w+ )?review|file (?:a )?(?:formal )?(?:complaint|claim|dispute|chargeback)|"
                    + "contact (?:my )?(?:lawyer|bank|attorney|solicitor)|call my (?:bank|lawyer)|never|stop "
                    + "(?:using|paying|buying|ordering)|get a refund|demand a refund|escalate)"),
            of("announced", I_WILL + " (?:(?!not |never |no )\\w+ ){0,2}?(?:sue|suing|take (?:you|this|legal action|"
                    + "my business|it) "
                    + "(?:to court|further|elsewhere)|report (?:you|this|your \\w+)|reporting (?:you|this)|leave (?:a |"
                    + "you )?(?:bad|negative|terrible|horrible|awful|scathing|\\d|one|zero|1 star|one star)\\w*|"
                    + "writ(?:e|ing) (?:a |an )?(?:bad|negative|terrible|honest|scathing|1 star|one star)|warn(?:ing)? "
                    + "(?:everyone|others|people|my friends)|go(?:ing)? to the (?:media|press|news|bbb|better business "
                    + "bureau)|fil(?:e|ing) (?:a )?(?:formal |official )?(?:complaint|chargeback|dispute|claim)|"
                    + "disput(?:e|ing) (?:the|this|these) (?:charges?|payments?|transactions?)|contact(?:ing)? my "
                    + "(?:lawyer|attorney|bank|solicitor|credit card)|never (?:use|come|order|buy|shop|recommend|"
                    + "return|book|go|deal)\\w*|taking my business|cancel(?:l?ing)? (?:everything|it all|all|"
                    + "(?:the|my|our) (?:whole|entire) (?:\\w+ )?(?:contract|account|membership|subscription|plan|"
                    + "policy))|cancell?ing (?:it )?today)"),
            of("legal", "my (?:lawyer|attorney|solicitor)(?! (?:asked|asks|needs|wants|requested|told me to|said "
                    + "to|handles|is handling|deals with|is dealing with|would like|is asking|s asking|has asked|"
                    + "has requested|will need))|(?:see|meet) you in court|legal action|"
                    + "my (?:lawyer|attorney|solicitor) (?:will|is going "
                    + "to|s going to|ll|is cc d|is copied|is in copy|hears?|is hearing)|(?:contact|call|get|involve|"
                    + "cc|cc ing|ask) my (?:lawyer|attorney|solicitor)|hear(?:ing)? from my (?:lawyer|attorney)|"
                    + "small claims|court it is|(?:take|taking) (?:this|it|you) to (?:a |my |the )?(?:lawyer|"
                    + "attorney|court|solicitor)|"
                    + "(?:sue|suing) (?:you|your|the)|charge ?back|better business bureau|\\bbbb\\b|trading standards|"
                    + "consumer (?:protection|rights|agency|council|affairs)|ombudsman"),
            of("leaving", "(?:you (?:have|ve|just) )?lost (?:a|me as a|my|our|another|yourself a) (?:\\w+ )?"
                    + "(?:customer|business|client)|tak(?:e|ing) my (?:business|money|custom) (?:elsewhere|somewhere "
                    + "else)|(?:go|going|switch|switching|move|moving) (?:to|with|over to) (?:a |your |one of your )?"
                    + "competitors?|never (?:again|ordering|using|buying|coming back|shopping|booking|recommending)|"
                    + "last time i (?:use|order|buy|shop|book|come|deal)|(?:1|one|zero|0) stars? (?:review|rating)"),
            of("media", "(?:contact|contacting|call|calling|go|going|tell|telling|write|writing|send|sending|email|"
                    + "emailing)(?: \\w+){0,2}? (?:the )?(?:local )?(?:news|media|press|newspaper|(?<=local )paper|tv station|"
                    + "reporters?|journalists?)"),
            of("regulator", "(?:complaint|report|reporting you|reported) (?:with|to) (?:the )?(?:\\w+ "
                    + "){0,3}?(?:board|commission|commissioner|authority|regulator|ombudsman|council|bureau|bbb|ftc|"
                    + "attorney general|licensing)|(?:filing|file|lodging|lodge) a (?:formal |official )?complaint|"
                    + "formal complaint|report(?:ing)? you to"),
            of("review-coming", "(?:enjoy|expect|look forward to|get ready for|wait (?:for|till you see|until you "
                    + "see)|brace (?:yourselves|yourself) for|watch out for) (?:the |my |some |all the |a few |"
                    + "plenty of "
                    + ")?(?:\\w+ )?reviews|reviews? (?:i m|i am|we re|we are) (?:about|going) to (?:post|write|leave)|"
                    + "(?:you (?:have|ve) been|consider (?:yourselves|yourself)|you are|you re|you guys are) warned"),
            of("press-interest", MEDIA + "(?: \\w+){0,4}? (?:would|will|might|may|d) (?:like|love|want|be "
                    + "interested|be curious) to (?:hear|know|see|read|learn) (?:about )?(?:how|what)|(?:see|wonder|"
                    + "bet) "
                    + "(?:if|whether) " + MEDIA + "(?: \\w+){0,3}? (?:would|is|are|will|might) (?:be )?interested|"
                    + "(?:interested|interest|like to hear|love to hear|like to know) (?:in |about )?how (?:you|"
                    + "your \\w+|"
                    + "this \\w+) (?:treat|treats|handle|handles) (?:your |its |their )?(?:customers|tenants|clients|"
                    + "patients|people|renters|residents|members)"),
            // "I dispute the charge, please refund it" asks the business itself: only a dispute announced, under way or
            // taken to the bank or the card is the threat.
            of("chargeback", "(?:(?:ll|will|m going to|am going to|gonna|going to) disput(?:e|ing)|disputing) "
                    + "(?:the|this|my|these|every|each|all) (?:charges?|payments?|transactions?)|disput(?:e|ing) "
                    + "(?:\\w+ ){0,6}?with (?:my|the) (?:bank|card|card issuer|credit card company)|(?:reverse|"
                    + "reversing|block|blocking) the (?:charge|payment)"),
            of("deadline", "you (?:have|ve got|get) (?:\\d+|one|two|three|24|48) (?:hours?|hrs?|days?)|(?:you ve|you "
                    + "have) had your (?:chance|last chance)|last chance"),
            of("cancel-all", "cancel (?:everything|it all|all of it|all of this)|(?:cancel|close|delete) my (?:\\w+ "
                    + ")?(?:account|membership|subscription|contract|policy) (?:right now|now|immediately|today)|"
                    + "delete my account|(?:cancel|terminate|close)\\w*(?: \\w+){0,5}? (?:effective immediately|with "
                    + "immediate effect)"),
            of("switching-now", "(?:i m|i am|we re|we are|i ll|i will|we ll) (?:switching|changing|moving|going) "
                    + "(?:my \\w+ |everything |it all )?(?:to (?:a |your )?(?:competitors?|(?:different|new|another|other) " + PROVIDER
                    + ")|insurers|banks|providers|agencies|dentists|gyms|companies|carriers|brokers)"),
            of("switching", "(?<!\\bhow (?:do |can |could |would |should |to )?(?:i |we )?)(?:switching|switch|"
                    + "moving|move) (?:my )?(?:insurance|provider|bank|banks|companies|"
                    + "company|gym|dentist|business|service) |(?:switching|switch) to (?:a |another |your "
                    + ")?(?:competitor|someone else|another \\w+)"),
            of("never-foot", "never (?:set|setting|put|putting) (?:a )?foot|never (?:\\w+ ){0,3}?(?:from|with|at|in) "
                    + "(?:you|your \\w+) again|never (?:\\w+ ){1,2}again")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("social", "(?<!your |the |a |my |this |that )(?:post|posting|share|sharing|put|putting)(?: \\w+){0,3}? (?:on|to|all over) (?:facebook|"
                    + "instagram|twitter|tiktok|reddit|google|yelp|tripadvisor|trustpilot|social media|social|"
                    + "everywhere|online)|tagging you|so (?:everyone|everybody|the world) (?:sees|knows)|(?:enjoy|"
                    + "expect) your (?:\\w+ )?reviews"),
            of("tell-everyone", "(?:i m|i am|i ll|i will|we ll|we re|we will) (?:be )?tell(?:ing)? everyone|"
                    + "post(?:ing)? "
                    + "(?:about )?(?:this|it|you) (?:on|online|everywhere)|(?:telling|tell|warn|warning) (?:every|"
                    + "all my) \\w+(?: \\w+){0,4}? about (?:this|you|"
                    + "your|it|what)|(?:telling|tell|warning|warn) (?:everyone|everybody) (?:i know|about (?:this|you|"
                    + "your))")
    };

    static final NamedPattern[] INSULTS = {
            of("you-are", "\\b" + YOU_ARE + " " + INTENSE + "(?:bunch of |pack of |load of |excuse for )?" + BAD),
            of("bad-thing", "(?:stupid|useless|dumb|idiotic|worthless|pathetic|brainless|incompetent|shitty|crappy|"
                    + "garbage|rubbish|trash|joke of a|excuse for a|piece of (?:shit|crap|junk|garbage)|fucking "
                    + "useless|bloody useless|god awful) " + THING),
            of("thing-is-bad", "(?:your|this|the) " + THING + " (?:is|are|s|re) " + INTENSE + BAD),
            of("bunch-of", "(?:bunch|pack|load|band|gang|crowd|shower) of (?:idiots|clowns|amateurs|morons|"
                    + "incompetents|"
                    + "crooks|thieves|liars|scammers|cowboys|muppets|frauds|fraudsters|jokers|losers|con artists|"
                    + "charlatans|sharks|crooked \\w+|useless \\w+)"),
            of("superlative", "(?:stupidest|dumbest|most useless|most incompetent|most pathetic|laziest|rudest|most "
                    + "clueless|most unhelpful|worst) (?:\\w+ )?" + THING + "(?: \\w+){0,4}? (?:ever|in history|"
                    + "on earth|"
                    + "in the world|i (?:have|ve) (?:ever )?(?:seen|dealt|met|used|had))"),
            of("lied-to-face", "(?:lied|lying|lie) (?:to )?(?:me |us )?(?:right )?(?:to|in) (?:my|our) face|(?:you|you "
                    + "people|you guys|they|he|she) (?:lied|are lying|re lying) to (?:me|us)"),
            of("gone-mad", "(?:are|r) (?:you|u) (?:people |guys |all )?(?:insane|out of your minds?|nuts|on crack|high)"
                    + "|(?:you|you people|you guys) (?:have|ve) (?:lost|gone out of) your minds?|you (?:must be|have "
                    + "to be|re|are) (?:insane|out of your minds?)"),
            of("incompetence", "incompeten(?:ce|t)|rip ?off|ripping (?:me|us|people|customers) off|"
                    + "daylight robbery|(?:this|that|it) is (?:a )?(?:scam|fraud|theft|robbery)|what a (?:scam|joke|"
                    + "rip ?off|shambles|farce|disgrace)"),
            of("competence", "(?:are|is) (?:you|your \\w+|anyone there|anybody there) even (?:trained|qualified|"
                    + "competent|listening)|hire (?:someone|somebody|people|staff) (?:competent|who knows|that knows|"
                    + "who "
                    + "can)|do you (?:even )?know what you re doing|clown (?:show|car|school)|amateur hour|"
                    + "mickey mouse "
                    + "(?:outfit|operation)|circus act"),
            of("dismissal", "shut up|go to hell|screw you|bite me|get lost|piss off|(?:you|u) suck|"
                    + "(?:your|this|the) \\w+ sucks?|(?:this|it) sucks"),
            of("are-you", "(?:are|r) (?:you|u) (?:\\w+ )?(?:deaf|blind|dumb|stupid|an idiot|incompetent|illiterate|"
                    + "brain dead|useless|a moron|thick|slow|retarded|insane|mental)|or just (?:dumb|stupid|lazy|"
                    + "incompetent)|who programmed you|(?:programmed|built|made) by (?:a |an )?(?:toddler|child|"
                    + "monkey|idiot)"),
            of("thieves", "(?:you|you people|you guys|you lot) (?:are )?(?:thieves|crooks|liars|frauds|scammers|a "
                    + "scam)|scam (?:people|customers|me|us)|how you scam|(?:you|they) scammed"),
            of("ashamed", "(?:should|ought to) (?:all )?be ashamed|shame on you|disgrace to|(?:bot|robot|chatbot|"
                    + "service|company) is (?:trash|garbage|rubbish|a joke)")
    };

    static final NamedPattern[] SWEARING = {
            of("what-the", "(?:what|where|why|how|who|when) the (?:fuck|hell|heck|f|actual fuck|fk|fck|hells?)\\b|"
                    + "\\bwtf\\b|\\bwth\\b"),
            of("jesus", "jesus (?:fucking )?christ|christ almighty|for crying out loud|good grief|oh for god s sake"),
            of("for-sake", "for (?:fuck|fucks|fuck s|god s|gods|christ s|christs|pete s|petes|heaven s|heavens) "
                    + "sake|\\bffs\\b|\\bfml\\b|\\bjfc\\b|\\bomfg\\b"),
            of("fuck-this", "\\bfuck(?:ing)? (?:this|that|you|off|it|u|your|all|sake|me)\\b|^fuck|fuck$|"
                    + "\\bfucking (?:useless|ridiculous|joke|bot|stupid|hell|idiots?|incompetent|broken|annoying|"
                    + "terrible|awful|garbage|waste|pathetic|disgrace|nightmare|wait\\w*|kidding|serious|"
                    + "hate|sick|tired|done|pissed|rubbish|shit|crap|nothing|scam|thieves|liars?|again|still|never|"
                    + "not|no|hours|days|weeks|months|answer)|\\bfucked (?:up|me|us)|fucks? sake"),
            of("bullshit", "bull ?shit|\\bbs\\b|horse ?shit|this is (?:\\w+ )?(?:shit|crap|shite|garbage|"
                    + "rubbish|trash)|(?:what a|such) (?:load of )?(?:shit|crap|garbage|rubbish|bollocks)|bollocks|"
                    + "piece of (?:shit|crap)|shit ?show|clusterfuck|full of shit"),
            of("damn", "damn it|dammit|goddamn|god damn|damn (?:bot|thing|app|system|website|machine|company)|"
                    + "bloody (?:hell|useless|ridiculous|joke|bot|thing|company|idiots?)|pissed (?:off|me off)|"
                    + "piss(?:es|ing)? me off|screw (?:this|it|your)"),
            of("this-shit", "(?:fix|sort|stop|explain|end|with) (?:this|that|your) (?:shit|crap|bullshit|nonsense)|"
                    + "this shit (?:again|is|happens|keeps)|(?:sick|tired) of (?:this|your) (?:shit|crap|bs)")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:i|we|my \\w+|she|he|they) (?:am|m|is|s|are|re|feel|feels|was|were|have been|ve been|"
                    + "has been|m getting|am getting|m becoming) " + INTENSE
                    + "(?:angry|furious|livid|fuming|pissed|mad|enraged|outraged|seething|raging|irate|incensed|"
                    + "fed up|sick and tired|sick of|tired of|frustrated|annoyed|irritated|disgusted|appalled|"
                    + "upset|exasperated|infuriated|beyond frustrated|at my wits end|at the end of my tether)"),
            of("outrage", "(?:this|that|it|which|your \\w+|the \\w+) (?:is|s|was|has been) " + INTENSE
                    + "(?:ridiculous|absurd|unacceptable|outrageous|insane|a joke|joke|farce|shambles|a disgrace|"
                    + "disgraceful|shameful|"
                    + "a scandal|scandalous|pathetic|infuriating|maddening|unbelievable|ludicrous|appalling|"
                    + "disgusting|a nightmare|a farce|a shambles|beyond a joke|a total mess|criminal|unreal|"
                    + "insulting|an insult|a rip off|a con)"),
            of("outrage-word", "\\b(?:unacceptable|outrageous|infuriating|ridiculous|disgraceful|appalling|"
                    + "absurd|ludicrous|scandalous|shameful)\\b"),
            of("explode", "(?:about|going|ready) to (?:explode|blow up|lose it|scream|snap|lose my shit)|(?:gonna|"
                    + "could) "
                    + "(?:explode|scream|lose it)|i m (?:fuming|seething|boiling|steaming)"),
            of("had-enough", "i (?:have|ve) had (?:it|enough)|enough is enough|last straw|wits end|end of my tether|"
                    + "(?:losing|lost|lose) my (?:patience|mind|temper|cool)|(?:my )?patience (?:is|has) (?:run|"
                    + "running|worn|wearing) (?:out|thin)|(?:out|run out) of patience|driving me (?:crazy|mad|insane|"
                    + "nuts|up the wall|round the bend)|(?:makes|making) my blood boil|how dare you|"
                    + "(?:are|r) (?:you|u) (?:kidding|joking|taking the piss|serious right now|for real right now)"
                    + "(?: me)?|(?:you|u) (?:have|ve) (?:got|gotta) to be kidding|worst (?:\\w+ ){0,2}?(?:ever|in "
                    + "the world|i have ever|i ve ever)|worst (?:customer service|service|company|support|"
                    + "experience)|never been so (?:angry|frustrated|disappointed|insulted|annoyed)|i can not "
                    + "(?:take|stand|believe|deal with) (?:this|it|you|your)(?: \\w+)? (?:anymore|any more|any "
                    + "longer)|(?:sick|tired) (?:and tired )?of (?:this|you|your|waiting|being|it|the)|i (?:am|m) "
                    + "(?:so |completely |totally |absolutely )?done with (?:you|this company|your (?:company|"
                    + "service|bot|"
                    + "nonsense|excuses|lies))|i hate (?:you|this|your)|(?:absolutely|totally|completely|utterly) "
                    + "(?:ridiculous|"
                    + "unacceptable|useless|pathetic|disgusting|furious|livid)|so (?:angry|furious|frustrating|"
                    + "annoying|pissed)|beyond frustrat\\w*|frustrating beyond"),
            of("treated-like", "(?:treat|treats|treated|treating) (?:me|us|your customers|customers|people|your "
                    + "clients|loyal customers) (?:like|as) (?:garbage|trash|dirt|crap|shit|a dog|dogs|an idiot|idiots|"
                    + "a criminal|criminals|a number|rubbish|scum|a fool|fools|a nobody)|(?:this is|that s|that is|is "
                    + "this|so this is) how you (?:treat|repay)"),
            of("give-up", "i give up|forget it (?:then|already|all|this|i)|(?:this|it) is (?:hopeless|pointless)"),
            of("rage", "(?:shaking|trembling|crying|screaming|seething|boiling) (?:with|in|from) (?:rage|anger|fury)|"
                    + "in (?:a )?(?:rage|fury)|so much rage|\\bfed up\\b|losing my mind|lost my mind|beyond "
                    + "(?:furious|angry|livid)"),
            of("how-dare", "how dare you|and you (?:have the nerve|dare|expect me) to|you have the (?:nerve|audacity|"
                    + "cheek)|are you kidding me|you ve got to be joking"),
            of("done-with", "i (?:am|m) done with (?:you|you people|this (?:\\w+ )?(?:company|place|gym|shop|store|"
                    + "service|bot|nonsense|crap|shit|bank|app|clinic|salon|garage))")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:(?:i|we) (?:have |ve |had |d )?(?:already |just )?|already )(?:told|said|explained|"
                    + "asked|written|wrote|"
                    + "mentioned|answered|given|sent|typed|repeated)(?: (?:you|this|that|it|u|my \\w+|the \\w+))?"
                    + "(?: \\w+)? (?:(?:two|three|four|five|six|ten|several|multiple|many|\\d+|a (?:dozen|million|"
                    + "hundred|thousand)|so many|countless|a few|how many) times|twice|over and over|again and again|"
                    + "repeatedly|(?:already|before) (?:twice|again))"),
            of("how-many-times", "how many (?:more )?times (?:do|must|should|will|have|did|am|shall) (?:i|we)"),
            of("nth-time", "(?:for|this is|it s|it is|that s|that is) (?:the|my) (?:third|fourth|fifth|sixth|"
                    + "tenth|twentieth|hundredth|millionth|umpteenth|\\d+(?:st|nd|rd|th)?|3rd|4th|5th) time|"
                    + "(?:third|fourth|fifth|\\d+(?:st|nd|rd|th)?) time (?:i (?:have|ve|am|m)|asking|"
                    + "writing|i ask|i write|i tell|i say|i explain|i contact|contacting|calling|explaining)"),
            of("repeat-myself", "repeat(?:ing)? myself|i keep (?:telling|saying|asking|explaining|writing|typing)|"
                    + "(?:are|r) (?:you|u) (?:even )?(?:listening|reading)|(?:did|do|can) (?:you|u) (?:even )?read|"
                    + "read my (?:message|messages|question|previous)|(?:just )?answer (?:the|my) (?:damn |fucking |"
                    + "bloody |simple |goddamn )?question|answer me\\b|over and over (?:again)?|again and again"),
            of("i-repeat", "i ll say it (?:again|one (?:more|last) time|for the last time)|"
                    + "(?:can|does|will) (?:nobody|no one|anyone) (?:\\w+ ){0,4}?(?:read|answer|call|reply|respond|"
                    + "help|"
                    + "pick up|listen)|not (?:a|one) single (?:call|update|reply|response|word|email|message|"
                    + "phone call|"
                    + "callback)|(?:nobody|no one) (?:has|have|ever) (?:called|rung|gotten|got|emailed|written|"
                    + "answered|"
                    + "replied|responded)"),
            of("waiting", "i (?:have|ve) been (?:waiting|trying|calling|emailing|asking|writing|chasing|on hold) "
                    + "(?:for )?(?:over |more than |almost |nearly )?(?:\\w+ )?(?:weeks|months|days|hours|ages|"
                    + "forever)|(?:nobody|no one|noone) (?:ever )?(?:answers|responds|replies|gets back|calls back|"
                    + "helps|listens|cares|bothers)|(?:weeks|months) (?:and|of) (?:still )?"
                    + "(?:nothing|no)|still (?:no|waiting for an?) (?:answer|reply|response|refund|one|callback)"
                    + CivilTerms.notFollowed("en")),
            of("what-part", "what part of (?:\\w+ ){0,10}?(?:do|did|don t|do not|can t|can not) (?:you )?(?:not "
                    + ")?(?:understand|get)"),
            of("n-times", "(?:asked|told|said|explained|sent|gave|emailed|called|wrote|written|mentioned|submitted|"
                    + "resubmitted|filed|uploaded|reported|complained|requested|chased|tried)(?: "
                    + "\\w+){0,6}? (?:like |about |at least |over )?(?:\\d+|two|three|four|five|six|several|multiple|"
                    + "many) (?:times|emails|messages|calls)"),
            of("you-understand-nothing", "you (?:do not|don t|never) (?:understand|get|listen|read) (?:anything|a "
                    + "thing|a word|nothing)|you understand nothing|stop (?:saying|telling me|with) (?:we|i) "
                    + "(?:understand|apologi[sz]e|are sorry)"),
            of("count-now", "(?:that s|that is|thats) (?:\\d+|three|four|five|six|seven) times(?: now)?"
                    + "|(?:\\d+|two|three|forty|fifty|ninety) (?:minutes|hours) (?:on|in|with|talking to|chatting with|"
                    + "typing to) (?:this|your|a|the) (?:chat|bot|robot|machine|assistant|thing)"),
            of("scroll-up", "scroll up|read (?:the|my) (?:previous|last|earlier) (?:message|messages)|do you even read")
    };

    static final FrustrationRules RULES = FrustrationRules.of("en", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, EnglishFrustrationWords.SOFTENERS, EnglishFrustrationWords.POSITIVE,
            EnglishFrustrationWords.EXCLAIMED, EnglishFrustrationWords.JOY, EnglishFrustrationWords.TYPOS);

    private EnglishFrustration() {
    }
}
