//! The coach's vocabulary: small curated tables, each sorted (byte order) so a lookup is a
//! binary search. Phrases are lower case, words separated by one space, contractions written
//! out (`did not`, matched by `didn't` too). Verbs are base forms unless a table says
//! otherwise; `inflects` finds regular forms, irregular ones are listed.

// ---- who: person-like subjects ----

/// Capitalised words that start sentences and are never names.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "a", "after", "all", "also", "an", "and", "any", "april", "as", "at", "august", "because",
    "before", "both", "but", "by", "december", "during", "each", "every", "everyone", "february",
    "for", "friday", "from", "had", "has", "have", "he", "her", "his", "how", "however", "i", "if",
    "in", "it", "its", "january", "july", "june", "last", "later", "march", "may", "monday", "more",
    "most", "my", "next", "no", "nobody", "none", "nothing", "november", "now", "october", "of",
    "on", "once", "one", "only", "or", "our", "saturday", "september", "she", "since", "so", "some",
    "someone", "sunday", "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "thursday", "to", "today", "tuesday", "until", "we", "wednesday", "what", "when", "where",
    "which", "while", "who", "why", "with", "without", "yesterday", "you", "your",
];

/// Capitalised words that name parts of a system, not people ("Checkout broke").
#[rustfmt::skip]
pub(crate) const SYSTEM_NOUNS: &[&str] = &[
    "alert", "api", "app", "backend", "backup", "bot", "build", "cache", "cart", "cdn", "checkout",
    "cluster", "code", "config", "cron", "dashboard", "database", "db", "deploy", "dns", "email",
    "feed", "firewall", "form", "frontend", "import", "inventory", "job", "login", "newsletter",
    "page", "pipeline", "promo", "proxy", "queue", "release", "router", "scheduler", "script",
    "search", "server", "service", "site", "sync", "system", "test", "tool", "update", "upgrade",
    "webhook", "website", "worker",
];

/// Nouns for people and roles: as the subject of a failure they are blamed.
#[rustfmt::skip]
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "admin", "administrator", "administrators", "admins", "agencies", "agency", "analyst",
    "approver", "assistant", "boss", "ceo", "coder", "coders", "colleague", "colleagues",
    "consultant", "consultants", "contractor", "contractors", "coordinator", "copywriter",
    "courier", "couriers", "cto", "designer", "designers", "dev", "developer", "developers", "devs",
    "employee", "employees", "engineer", "engineers", "folks", "founder", "freelancer", "guy",
    "guys", "hire", "individual", "intern", "interns", "lead", "manager", "managers", "member",
    "members", "newbie", "on-call", "oncall", "operator", "operators", "owner", "partner",
    "partners", "people", "person", "producer", "programmer", "programmers", "rep",
    "representative", "representatives", "reps", "reviewer", "shift", "soul", "sre", "staff",
    "staffer", "supervisor", "supplier", "suppliers", "team", "teams", "technician", "technicians",
    "tester", "testers", "vendor", "vendors", "volunteer", "writer",
];

/// Teams named by their function ("Marketing forgot…").
#[rustfmt::skip]
pub(crate) const TEAMS: &[&str] = &[
    "devops", "engineering", "finance", "leadership", "legal", "management", "marketing", "ops",
    "qa", "sales", "support",
];

/// Pronouns that always mean people.
#[rustfmt::skip]
pub(crate) const PERSON_PRONOUNS: &[&str] = &[
    "everybody", "everyone", "he", "her", "him", "she", "somebody", "someone",
];

/// Pronouns that may mean people or things ("they"): only human-only verbs blame them.
#[rustfmt::skip]
pub(crate) const VAGUE_PRONOUNS: &[&str] = &["they", "you"];

/// Objects of "remind …", "make sure …" that are people.
#[rustfmt::skip]
pub(crate) const OBJECT_PRONOUNS: &[&str] = &[
    "all", "everybody", "everyone", "folks", "him", "people", "staff", "them", "us", "we", "you",
];

#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some",
    "the", "their", "these", "this", "those", "your",
];

/// Framing that announces hindsight.
#[rustfmt::skip]
pub(crate) const HINDSIGHT_FRAMES: &[&str] = &[
    "a good idea at the time", "in a perfect world", "in hindsight", "in retrospect",
    "looking back", "with hindsight", "with the benefit of hindsight",
];

/// "pretty sure", "not certain": confidence stated instead of evidence.
#[rustfmt::skip]
pub(crate) const SURE_WORDS: &[&str] = &["certain", "confident", "sure"];
#[rustfmt::skip]
pub(crate) const SURE_HEDGES: &[&str] = &[
    "almost", "fairly", "not", "pretty", "quite", "reasonably",
];

/// "Any developer would know…": knowledge everyone supposedly had.
#[rustfmt::skip]
pub(crate) const KNOW_VERBS: &[&str] = &[
    "know", "notice", "realise", "realize", "see", "spot", "tell", "understand",
];

/// Comparatives that promise improvement without saying how much.
#[rustfmt::skip]
pub(crate) const COMPARATIVES: &[&str] = &[
    "better", "cleaner", "clearer", "earlier", "easier", "faster", "greater", "larger", "less",
    "more", "quicker", "safer", "shorter", "simpler", "smaller", "smarter", "smoother", "sooner",
    "stricter", "stronger", "tighter", "wider",
];

/// Words that may stand between a subject and its verb ("Dave simply forgot").
#[rustfmt::skip]
pub(crate) const SUBJECT_SKIP: &[&str] = &[
    "'d", "accidentally", "accidently", "actually", "again", "all", "already", "also", "apparently",
    "basically", "both", "clearly", "completely", "dramatically", "entirely", "evidently",
    "greatly", "grossly", "had", "has", "have", "inadvertantly", "inadvertently", "just",
    "literally", "may", "might", "mistakenly", "must", "obviously", "once", "probably", "really",
    "repeatedly", "seemingly", "severely", "simply", "somehow", "still", "then", "totally",
    "unfortunately", "unknowingly", "vastly", "was", "were", "would",
];

// ---- blame: failure verbs ----

/// Failures only people commit: any person-like subject makes them blame.
#[rustfmt::skip]
pub(crate) const HUMAN_FAILURES: &[&str] = &[
    "blew it", "bugger up", "buggered up", "drop the ball", "dropped the ball", "drops the ball",
    "forget", "forgets", "forgetting", "forgot", "forgotten", "fumbled", "goofed", "jump the gun",
    "jumped the gun", "lied", "made a mess", "made a mistake", "made an error", "made the mistake",
    "mess up", "messed up", "messes up", "miscalculated", "misjudge", "misjudged", "misjudges",
    "misunderstood", "neglect", "neglected", "neglects", "overestimate", "overestimated",
    "overestimates", "overlook", "overlooked", "overlooks", "screw up", "screwed up", "screws up",
    "slipped up", "underestimate", "underestimated", "underestimates",
];

/// Failures systems commit too ("the cron job missed its run"): blame only with a clear person.
#[rustfmt::skip]
pub(crate) const SHARED_FAILURES: &[&str] = &[
    "break", "breaks", "broke", "broken", "ignore", "ignored", "ignores", "miss", "missed",
    "misses", "skip", "skipped", "skips",
];

/// "failed to" + verb.
#[rustfmt::skip]
pub(crate) const FAILED_TO: &[&str] = &["fail to", "failed to", "failing to", "fails to"];

/// Negations + verb ("did not check", "never escalated").
#[rustfmt::skip]
pub(crate) const NEGATIONS: &[&str] = &[
    "did not", "do not", "does not", "had not", "has not", "have not", "never",
];

/// Between a negation and its verb ("didn't even check").
#[rustfmt::skip]
pub(crate) const NEGATION_SKIP: &[&str] = &[
    "actually", "always", "even", "ever", "fully", "properly", "really",
];

/// Things people do and systems don't: "Stripe didn't send" is not blame, "Sarah didn't tell"
/// is. Base forms, plus irregular past forms.
#[rustfmt::skip]
pub(crate) const HUMAN_ACTS: &[&str] = &[
    "acknowledge", "announce", "answer", "approve", "ask", "bother", "catch", "caught", "check",
    "communicate", "confirm", "consult", "coordinate", "double-check", "escalate", "follow",
    "inform", "listen", "look", "mention", "notice", "paid", "pay", "plan", "prepare", "proofread",
    "read", "realise", "realize", "remember", "reply", "review", "sign", "switch", "tell", "test",
    "think", "thought", "told", "update", "verify", "warn",
];

/// After "did not" these describe what a person lacked, not what they failed to do.
#[rustfmt::skip]
pub(crate) const STATE_VERBS: &[&str] = &[
    "affect", "appear", "apply", "be", "been", "exist", "experience", "get", "got", "had", "has",
    "have", "hear", "heard", "knew", "know", "known", "load", "lose", "lost", "need", "own",
    "receive", "saw", "see", "seen", "show", "suffer", "want", "work",
];

/// "<person>'s mistake". Not "error" or "typo": "Stripe's error rate" is a metric.
#[rustfmt::skip]
pub(crate) const FAULT_NOUNS: &[&str] = &[
    "blunder", "fault", "mistake", "oversight", "screw-up", "screwup", "slip-up",
];

/// Names that are also ordinary words: written in lower case they are the word ("will").
#[rustfmt::skip]
pub(crate) const WORDLIKE_NAMES: &[&str] = &[
    "bill", "grace", "hope", "jack", "mark", "max", "may", "pat", "ray", "rob", "sue", "will",
];

/// "… was ignored by the night shift".
#[rustfmt::skip]
pub(crate) const PASSIVE_FAILURES: &[&str] = &[
    "botched", "broken", "forgotten", "ignored", "mishandled", "mismanaged", "missed", "neglected",
    "overlooked", "skipped", "unnoticed",
];

/// Words that say a person's act went wrong: with a person as its subject ("we mistakenly
/// sent", "Paladox deleted the wrong database", "I pushed X instead of Y") the sentence blames.
/// Phrases are indexed by their rare word ("wrong", not "the"), so that common words start
/// no check; the rule reads the word before ("the wrong", "by mistake", "in error").
#[rustfmt::skip]
pub(crate) const ACCIDENTS: &[&str] = &[
    "accident", "accidental", "accidentally", "accidently", "bad", "buggy", "erroneously", "error",
    "faulty", "inadvertantly", "inadvertent", "inadvertently", "incorrectly", "instead", "mistake",
    "mistakenly", "somehow", "stupidly", "unintended", "unintentional", "unintentionally",
    "unreviewed", "untested", "wrong", "wrongly",
];

/// Sentences that put the failure on someone without a failure verb.
#[rustfmt::skip]
pub(crate) const BLAME_FRAMES: &[&str] = &[
    "accept complete responsibility", "accept full responsibility", "accept responsibility",
    "bear the blame", "boiled down to", "boils down to", "came down to", "comes down to",
    "it all comes down to", "it was my call", "it was our call", "made it worse",
    "made things worse", "no one bothered", "no one cared", "no one checked", "no one noticed",
    "no one was paying attention", "nobody bothered", "nobody cared", "nobody checked",
    "nobody noticed", "nobody was paying attention", "nothing was done", "part of the blame",
    "self-inflicted", "solely responsible", "take complete responsibility",
    "take full responsibility", "take responsibility", "ultimately responsible",
];

/// Acts that harm the system by themselves: with a person as the subject they blame ("the
/// agency took the store down", "we brought down the site", "she let the domain lapse").
/// Each is the verb; the rules look for its particle ("down", "lapse") a few words on.
#[rustfmt::skip]
pub(crate) const HARM_VERBS: &[&str] = &[
    "bring", "brings", "brought", "knock", "knocked", "let", "lets", "take", "takes", "taking",
    "took",
];

/// Verbs that destroy: harmful when their object is live ("deleted the production database").
#[rustfmt::skip]
pub(crate) const DESTROY_VERBS: &[&str] = &[
    "delete", "deleted", "deletes", "drop", "dropped", "drops", "overwrite", "overwrites",
    "overwritten", "overwrote", "truncate", "truncated", "wipe", "wiped", "wipes",
];

/// Irregular past forms of acts that can cause a failure ("took", "sent", "set").
#[rustfmt::skip]
pub(crate) const IRREGULAR_ACTS: &[&str] = &[
    "broke", "built", "chose", "cut", "drew", "drove", "forgot", "gave", "hid", "let", "lost",
    "made", "misread", "mistook", "overrode", "overwrote", "put", "ran", "rewrote", "sent", "set",
    "shut", "sold", "spent", "threw", "told", "took", "undid", "wrote",
];

/// Acts of noticing, responding and repairing (base forms): a person who did these is part of
/// the response, not its cause ("we rolled back", "she escalated").
#[rustfmt::skip]
pub(crate) const RESPONSE_ACTS: &[&str] = &[
    "acknowledge", "alert", "apologise", "apologize", "attempt", "call", "check", "conclude",
    "confirm", "contact", "continue", "detect", "determine", "diagnose", "discover", "encounter",
    "escalate", "establish", "experience", "face", "fix", "identify", "inform", "investigate",
    "join", "learn", "manage", "mitigate", "monitor", "need", "notice", "notify", "observe", "page",
    "post", "realise", "realize", "receive", "recover", "reply", "report", "request", "resolve",
    "respond", "restart", "restore", "revert", "roll", "spot", "suspect", "try", "verify", "wait",
    "want", "watch", "work",
];

/// Irregular past forms of finding, knowing and having: not acts that cause a failure.
#[rustfmt::skip]
pub(crate) const RESPONSE_PASTS: &[&str] = &[
    "came", "did", "felt", "found", "got", "had", "heard", "held", "kept", "knew", "led", "met",
    "saw", "understood", "went",
];

/// Checks a person can skip: "pushed the change without a review".
#[rustfmt::skip]
pub(crate) const CHECK_NOUNS: &[&str] = &[
    "backup", "canary", "check", "review", "rollback", "second", "sign-off", "test", "warning",
];

/// "accidental", "unintended": with no person, a label where the cause should be.
#[rustfmt::skip]
pub(crate) const INTENT_ADJECTIVES: &[&str] = &[
    "accidental", "inadvertent", "unintended", "unintentional",
];

/// What a system has unintentionally ("unintended consequences"): no one's slip.
#[rustfmt::skip]
pub(crate) const SYSTEM_EFFECTS: &[&str] = &[
    "behavior", "behaviour", "consequence", "consequences", "effect", "effects", "interaction",
    "interactions", "result", "results", "side", "way",
];

/// "It would have been useful to …": hindsight with no person in it.
#[rustfmt::skip]
pub(crate) const HINDSIGHT_VERDICTS: &[&str] = &[
    "better", "good", "helpful", "nice", "prudent", "smart", "smarter", "useful", "wise", "wiser",
];

/// Verbs that change a scale: in an action they need a target ("increase coverage" is a
/// wish, "increase coverage to every checkout path" is not).
#[rustfmt::skip]
pub(crate) const SCALE_VERBS: &[&str] = &[
    "broaden", "decrease", "expand", "extend", "increase", "reduce",
];

/// Qualities a change of scale may name without a target ("increase the coverage").
#[rustfmt::skip]
pub(crate) const QUALITIES: &[&str] = &[
    "chance", "coverage", "impact", "likelihood", "observability", "redundancy", "resilience",
    "risk", "robustness", "visibility",
];

/// What a person can ship that is faulty in itself: "deployed a buggy refactor".
#[rustfmt::skip]
pub(crate) const FAULTY: &[&str] = &["bad", "buggy", "faulty", "unreviewed", "untested"];

/// An action named by its improvement ("Improved monitoring", "Better alerting").
#[rustfmt::skip]
pub(crate) const IMPROVEMENTS: &[&str] = &[
    "better", "enhanced", "enhancing", "further", "improved", "improving", "increased", "more",
    "strengthening", "stronger",
];

/// Before "to": what is meant to be done ("we need to reduce …"), not a purpose.
#[rustfmt::skip]
pub(crate) const INTENTIONS: &[&str] = &[
    "aim", "going", "has", "have", "need", "needs", "plan", "want", "will",
];

/// Words that make a group of people a crowd of users ("a lot more people logged on").
#[rustfmt::skip]
pub(crate) const CROWDS: &[&str] = &["all", "few", "fewer", "lot", "many", "more", "most"];

/// Modals and wishes: a person before them is not the actor of what follows.
#[rustfmt::skip]
pub(crate) const WISH_VERBS: &[&str] = &["could", "need", "needs", "want", "wants", "would"];

/// With no person named, these label the event instead of explaining it ("an accidental
/// release", "deleted by mistake").
#[rustfmt::skip]
pub(crate) const LABEL_WORDS: &[&str] = &[
    "accident", "accidental", "accidentally", "accidently", "error", "inadvertantly", "inadvertent",
    "inadvertently", "mistake", "mistakenly", "unintended", "unintentional", "unintentionally",
];

/// Before a label, these make the error a risk guarded against, not the explanation:
/// "protection against human error", "to remove the risk of accidental deletion".
#[rustfmt::skip]
pub(crate) const GUARDS: &[&str] = &[
    "against", "avoid", "avoiding", "chance", "guard", "prevent", "preventing", "prevents",
    "prone", "protect", "protection", "reduce", "risk", "risks",
];

/// Words after which a clause starts with its subject ("…, and the agency sent …").
#[rustfmt::skip]
pub(crate) const CLAUSE_OPENERS: &[&str] = &["and", "because", "but", "or", "so", "that", "then"];

/// Walking back from a slip to its actor, these end the search: a clause of its own ("that",
/// "if") or the verb "was" of another subject.
#[rustfmt::skip]
pub(crate) const ACTOR_STOPS: &[&str] = &["are", "if", "is", "that", "was", "were"];

/// Of the verbs of prevention, those of seeing: "may have seen errors" guesses, it does not
/// judge in hindsight.
#[rustfmt::skip]
pub(crate) const PERCEIVE_VERBS: &[&str] = &[
    "find", "found", "notice", "save", "saw", "see", "seen", "show", "shown",
];

/// What makes a destroyed object live.
#[rustfmt::skip]
pub(crate) const LIVE_WORDS: &[&str] = &["customer", "customers", "live", "prod", "production"];

/// What a person "introduced" that blames them.
#[rustfmt::skip]
pub(crate) const BUG_NOUNS: &[&str] = &[
    "bug", "bugs", "error", "errors", "regression", "syntax", "typo", "typos",
];

/// Past participles of changes: "the change was made by …", "pushed by someone from …".
#[rustfmt::skip]
pub(crate) const CHANGE_PARTICIPLES: &[&str] = &[
    "approved", "caused", "changed", "configured", "deleted", "deployed", "disabled", "dropped",
    "edited", "entered", "introduced", "made", "merged", "misconfigured", "muted", "pushed",
    "removed", "scheduled", "sent", "shipped", "silenced", "triggered", "typed", "uploaded",
    "written",
];

/// Subjects of a passive that describe the repair, not the failure ("the fix was deployed by
/// the on-call").
#[rustfmt::skip]
pub(crate) const REPAIR_NOUNS: &[&str] = &[
    "backup", "fix", "fixes", "hotfix", "mitigation", "patch", "restore", "revert", "rollback",
    "workaround",
];

// ---- labels, hindsight, judgement, condescension ----

/// Labels that end an inquiry ("human error").
#[rustfmt::skip]
pub(crate) const ERROR_LABELS: &[&str] = &[
    "administrative error", "am human", "clerical error", "error was made", "errors were made",
    "failure to follow", "fat finger", "fat fingered", "fat-finger", "fat-fingered",
    "fat-fingering", "genuine error", "genuine mistake", "honest mistake", "human error",
    "human mistake", "human nature", "make mistakes", "makes mistakes", "mistake was made",
    "mistakes were made", "only human", "operational error", "operator error", "pilot error",
    "procedural error", "silly mistake", "simple error", "simple mistake", "stupid mistake",
    "typographical error", "user error",
];

/// Words that judge a person's character.
#[rustfmt::skip]
pub(crate) const TRAIT_LABELS: &[&str] = &[
    "careless", "carelessly", "carelessness", "clueless", "clumsy", "dumb mistake", "had no clue",
    "idiot", "idiots", "ignorance", "inattentive", "incompetence", "incompetent", "laziness",
    "lazy", "moron", "negligence", "negligent", "negligently", "no clue", "not competent",
    "not paying attention", "reckless", "recklessly", "sloppiness", "sloppy",
];

/// "lazy loading" is a technique, not a trait.
#[rustfmt::skip]
pub(crate) const LAZY_TECH: &[&str] = &[
    "evaluation", "init", "initialisation", "initialization", "load", "loaded", "loading",
];

#[rustfmt::skip]
pub(crate) const SHOULD_HAVE: &[&str] = &[
    "ought not to have", "ought to have", "should have", "should not have", "should of",
];

#[rustfmt::skip]
pub(crate) const COULD_HAVE: &[&str] = &[
    "could have", "could not have", "would have", "would not have",
];

/// After "could have (been)": the counterfactual is about stopping the incident.
#[rustfmt::skip]
pub(crate) const PREVENT_VERBS: &[&str] = &[
    "avoid", "avoidable", "catch", "caught", "detect", "find", "flag", "found", "highlight",
    "notice", "prevent", "preventable", "reveal", "save", "saw", "see", "seen", "show", "shown",
    "spot", "stop",
];

#[rustfmt::skip]
pub(crate) const JUDGEMENTS: &[&str] = &[
    "a bad idea", "a big error", "a big mistake", "a bit much", "a huge mistake", "a joke",
    "a terrible idea", "amateurish", "bad call", "bad choice", "bad decision", "bad idea",
    "bad judgement", "bad judgment", "bad practices", "badly handled", "badly managed",
    "biggest mistake", "blunder", "botch", "botched", "bungled", "disorganised", "disorganized",
    "drop the ball", "dropped the ball", "drops the ball", "dumb", "fallen short", "falls short",
    "far too long", "fast enough", "fell short", "handled badly", "handled poorly", "ill-advised",
    "ill-conceived", "inadequately", "inadvisable", "inexcusable", "irresponsible", "is a mistake",
    "lack of care", "mishandled", "mismanaged", "misstep", "much too long", "naive", "naively",
    "no regard", "no thought", "no-no", "non-optimal", "not acceptable", "not adequately",
    "not good enough", "not great", "not ideal", "not so good", "not sufficiently", "over eager",
    "over-eager", "overeager", "overly optimistic", "poor call", "poor choice", "poor decision",
    "poor judgement", "poor judgements", "poor judgment", "poor judgments", "poorly handled",
    "poorly managed", "poorly-worded", "presumptuous", "quickly enough", "rookie mistake",
    "shameless", "short-sighted", "shortsighted", "soon enough", "stupidity", "too optimistic",
    "took too long", "unacceptable", "unacceptably", "unprofessional", "unreasonable",
    "unreasonably", "was a mistake", "was dumb", "was too low", "was too slow", "were a mistake",
    "worst mistake", "wrong call", "wrong decision",
];

#[rustfmt::skip]
pub(crate) const CONDESCENSION: &[&str] = &[
    "all he had to do", "all she had to do", "all they had to do", "all you had to do",
    "anybody could see", "anyone could see", "as everyone knows", "everybody knows",
    "everyone knows", "goes without saying", "it was obvious", "needless to say", "obvious mistake",
    "obviously", "of course",
];

/// After "clearly", these make it describe manner ("clearly labelled"), not condescend.
#[rustfmt::skip]
pub(crate) const CLEARLY_MANNER: &[&str] = &[
    "communicated", "defined", "described", "displayed", "documented", "explained", "identified",
    "indicated", "labeled", "labelled", "legible", "marked", "named", "readable", "separated",
    "show", "showed", "shown", "shows", "state", "stated", "states", "visible", "worded", "written",
];

/// After "just"/"simply", verbs that make a task sound trivial.
#[rustfmt::skip]
pub(crate) const MINIMISED_ACTS: &[&str] = &[
    "add", "ask", "change", "check", "click", "copy", "do", "flip", "follow", "forgot", "ignore",
    "look", "miss", "open", "press", "read", "refresh", "reload", "restart", "run", "set", "switch",
    "toggle", "type", "update", "use", "wait",
];

// ---- opinion in facts ----

/// The writer's opinion marked as such.
#[rustfmt::skip]
pub(crate) const OPINIONS: &[&str] = &[
    "afaik", "as far as i can tell", "as far as i know", "as far as we can tell",
    "as far as we know", "from what i can tell", "i am not sure", "i assume", "i believe", "i feel",
    "i guess", "i reckon", "i suppose", "i suspect", "i think", "i would guess", "i would say",
    "if i remember correctly", "iirc", "imo", "in my opinion", "my guess", "we assume",
    "we believe", "we guess", "we suspect", "we think",
];

/// Uncertainty. "may" and "looks like" have guards in the rules.
#[rustfmt::skip]
pub(crate) const HEDGES: &[&str] = &[
    "allegedly", "apparently", "appeared to", "appeared to be", "appears to", "appears to be",
    "can only assume", "could be", "could have been", "hopefully", "it appears", "it is possible",
    "it looks like", "it seems", "it sounds like", "likely", "looked like", "looks like", "may",
    "maybe", "might", "most likely", "not entirely clear", "not sure", "perhaps", "possibly",
    "presumably", "probable", "probably", "reportedly", "seem", "seemed", "seemingly", "seems",
    "sounds like", "suggesting", "suggests", "supposedly", "unlikely",
];

#[rustfmt::skip]
pub(crate) const VAGUE_QUANTITIES: &[&str] = &[
    "a big", "a bunch of", "a couple", "a couple of", "a few", "a great deal", "a handful of",
    "a large number", "a large portion", "a little while", "a long period", "a long time", "a lot",
    "a lot of", "a majority", "a matter of", "a minority of", "a number of", "a short while",
    "a small number", "a small percentage", "a small portion", "a subset of", "a ton of", "a while",
    "after much", "almost no", "big delays", "big time", "considerable", "considerably",
    "countless", "dozens of", "dramatically", "enormous", "excessive", "extremely", "fairly",
    "few days", "few hours", "few minutes", "for ages", "for days", "for hours", "for weeks",
    "forever", "greatly", "huge", "hugely", "hundreds of", "in ages", "in no time", "incredibly",
    "kind of", "loads of", "long overdue", "long periods", "lots", "lots of", "many", "massive",
    "massively", "millions of", "months of", "more than a little", "most", "much higher",
    "much longer", "much lower", "multiple attempts", "multiple times", "negligible", "numerous",
    "plenty of", "prolonged", "quite", "rather", "really bad", "really high", "really long",
    "really poor", "really slow", "really slowly", "relatively", "several", "shortly after",
    "significant", "significantly", "some", "some additional time", "some time", "sometime",
    "sort of", "substantial", "substantially", "takes ages", "tens of", "thousands of",
    "through the roof", "tiny", "tons of", "took ages", "very", "way too", "way too long",
    "within hours", "within minutes",
];

/// "the very first order": emphasis, not quantity.
#[rustfmt::skip]
pub(crate) const VERY_EMPHASIS: &[&str] = &[
    "beginning", "bottom", "end", "first", "grateful", "happy", "last", "moment", "next", "pleased",
    "same", "sorry", "start", "top",
];

#[rustfmt::skip]
pub(crate) const EMOTIVE: &[&str] = &[
    "all hell", "angry", "anguish", "appalling", "argh", "ashamed", "awful", "awfully", "brutal",
    "bummer", "catastrophe", "catastrophic", "chaos", "chaotic", "crazy", "debacle", "devastated",
    "devastating", "disappointed", "disaster", "disastrous", "doozy", "dread", "dreadful",
    "drowning", "dumb", "egg on our face", "embarrassed", "embarrassing", "embarrassment",
    "epic fail", "fiasco", "freaked out", "freaking out", "frustrated", "frustrating", "furious",
    "gutted", "hand-wringing", "heart sank", "heartbreaking", "heartbroken", "horrendous",
    "horrible", "horribly", "horrified", "humiliating", "idiotic", "insane", "meltdown", "mess",
    "mortified", "nasty", "nightmare", "ordeal", "painful", "panic", "panicked", "pathetic",
    "ridiculous", "sad", "sadly", "scary", "shambles", "shameful", "shocking", "stupid", "stupidly",
    "sucked", "sucks", "terrible", "terribly", "terrified", "terrifying", "train wreck",
    "trainwreck", "ugly", "unfortunate", "unfortunately", "upset", "vaporised", "vaporized",
];

/// Technical terms that contain an emotive word ("disaster recovery", "chaos engineering").
#[rustfmt::skip]
pub(crate) const EMOTIVE_TECH: &[&str] = &[
    "chaos engineering", "chaos experiment", "chaos monkey", "chaos testing", "disaster recovery",
    "mess up",
];

#[rustfmt::skip]
pub(crate) const EXPLANATIONS: &[&str] = &[
    "as a consequence of", "as a result of", "because", "because of", "caused by", "due to",
    "from a lack of", "hence", "meant", "owing to", "resulting from", "since", "stemmed from",
    "stemming from", "the reason", "therefore",
];

// ---- actions ----

/// Actions that ask people to behave better.
#[rustfmt::skip]
pub(crate) const BEHAVIOUR_FIXES: &[&str] = &[
    "always make sure", "be aware", "be careful", "be mindful", "be more attentive",
    "be more aware", "be more careful", "be more cautious", "be more diligent", "be more explicit",
    "be more rigorous", "be more thorough", "be more vigilant", "be vigilant", "discourage",
    "do not forget", "emphasise the importance", "emphasize the importance", "formal warning",
    "helping them through", "improvement plan", "keep calm", "keep in mind", "man up",
    "more attentive", "more awareness", "more careful", "more cautious", "more diligent",
    "more disciplined", "more explicit", "more focus", "more mindful", "more rigorous",
    "more thorough", "more vigilant", "never forget", "pay attention", "pay closer attention",
    "pay more attention", "pays attention", "performance improvement plan", "put more effort",
    "put more efforts", "raise awareness", "remain calm", "remember to", "revoke their access",
    "stay alert", "stay calm", "stay vigilant", "take away their access", "take care",
    "take more care", "tell people to stop", "think twice", "try harder", "watch out",
    "write her up", "write him up", "write them up", "written warning",
];

/// Verbs that act on people ("remind the team to…"); "ask" and "encourage" need a clear
/// person after them ("ask Stripe to raise the limit" is a vendor request).
#[rustfmt::skip]
pub(crate) const TELL_VERBS: &[&str] = &[
    "advise", "advised", "coach", "counsel", "discipline", "educate", "instruct", "re-educate",
    "remind", "reminded", "reminds", "speak", "spoke", "spoken", "talk", "talked", "tell", "train",
    "trains", "urge", "warn",
];
#[rustfmt::skip]
pub(crate) const ASK_VERBS: &[&str] = &["ask", "encourage"];

#[rustfmt::skip]
pub(crate) const MAKE_SURE: &[&str] = &[
    "ensure", "ensures", "make sure", "makes sure", "making sure",
];

#[rustfmt::skip]
pub(crate) const TRAINING: &[&str] = &[
    "additional training", "better training", "conduct training", "further training",
    "immediate training", "more training", "re-train", "re-trained", "re-training",
    "refresher course", "refresher training", "retrain", "retrained", "retraining",
    "training session", "training sessions",
];

/// Checks that depend on someone doing them.
#[rustfmt::skip]
pub(crate) const MANUAL_CHECKS: &[&str] = &[
    "check manually", "double check", "double checks", "double-check", "double-checked",
    "double-checking", "double-checks", "eyeball", "keep an eye on", "keep an eye out",
    "manually check", "manually compare", "manually confirm", "manually review", "manually verify",
    "triple-check", "verify manually", "visually check", "visually inspect",
];

/// Any of these in an action means the check is done by a machine.
#[rustfmt::skip]
pub(crate) const AUTOMATION: &[&str] = &[
    "automate", "automated", "automatic", "automatically", "bot", "ci", "lint", "linter",
    "pipeline", "script", "scripted",
];

/// Verbs with no outcome of their own.
#[rustfmt::skip]
pub(crate) const VAGUE_VERBS: &[&str] = &[
    "a number of", "accordingly", "additional checks", "additional measures",
    "additional safeguards", "agree on", "align", "analyse", "analyze", "appropriate action",
    "appropriate actions", "appropriate steps", "appropriately", "arise again", "as appropriate",
    "as needed", "as possible", "assess", "be better", "better communication", "better monitoring",
    "better testing", "bolster", "brainstorm", "clean up", "committed to", "communicate better",
    "consider", "decide how", "determine how", "discuss", "do better", "do everything",
    "do our best", "do what we can", "endeavour", "enhance", "evaluate", "explore", "figure out",
    "find a way", "find out how", "fine tune", "fine-tune", "follow up", "full review",
    "going forward", "going forwards", "happen again", "happening again", "happens again", "harden",
    "identify how", "improve", "improvements", "in future", "in the future", "investigate",
    "look at", "look into", "looking into", "make improvements", "make it right",
    "make things right", "measures", "more communication", "more documentation", "more effort",
    "more efforts", "more monitoring", "more testing", "more tests", "necessary measures",
    "necessary steps", "occur again", "optimisation", "optimise", "optimization", "optimize",
    "overhaul", "proactive", "progress", "put it right", "put things right", "reconsider", "recur",
    "recurrence", "refine", "research", "rethink", "revamp", "review", "revisit", "rework",
    "safeguards", "seriously", "strengthen", "strive", "sync up", "take measures", "take steps",
    "taken measures", "taken steps", "taking measures", "taking steps", "talk about", "think about",
    "think again", "took measures", "took steps", "try to", "understand", "update accordingly",
    "work on", "work out how", "work tirelessly",
];

/// Markers of vagueness that say what a change is hoped to achieve, not what it is: beside a
/// concrete change they are its purpose ("add a lock so this never happens again").
#[rustfmt::skip]
pub(crate) const HOPES: &[&str] = &[
    "accordingly", "arise again", "as possible", "going forward", "going forwards",
    "happen again", "happening again", "happens again", "in future", "in the future",
    "occur again", "proactive", "recur", "recurrence", "seriously",
];

/// Verbs whose result can be checked: an action with one of them is concrete.
#[rustfmt::skip]
pub(crate) const OUTCOME_VERBS: &[&str] = &[
    "add", "alert", "allow", "archive", "assign", "automate", "backfill", "batch", "block", "build",
    "cap", "change", "codify", "configure", "create", "decide", "default", "define", "delete",
    "deploy", "deprecate", "disable", "discard", "display", "divide", "document", "draft",
    "eliminate", "enable", "encrypt", "enforce", "extend", "fix", "freeze", "gate", "hire",
    "implement", "incorporate", "increase", "install", "instrument", "introduce", "label", "limit",
    "link", "lock", "log", "lower", "mandate", "merge", "migrate", "move", "notify", "page", "pin",
    "prevent", "publish", "raise", "rate-limit", "record", "reduce", "refund", "reject", "remove",
    "rename", "replace", "replay", "require", "restrict", "retire", "revert", "rotate", "run",
    "schedule", "send", "set", "ship", "show", "split", "stagger", "stop", "switch", "tag", "test",
    "throttle", "track", "turn", "update", "upgrade", "validate", "warn", "write",
];

/// Objects that name no particular change: "fixed the issue", "implemented a number of
/// changes", "improved our safeguards". An outcome verb with one of these as the head of its
/// object promises nothing checkable.
#[rustfmt::skip]
pub(crate) const GENERIC_OBJECTS: &[&str] = &[
    "accordingly", "actions", "adjustments", "again", "bug", "chance", "chances", "changes",
    "effort", "efforts", "enhancements", "error", "errors", "everything", "future", "happening",
    "improvement", "improvements", "incident", "incidents", "issue", "issues", "it", "likelihood",
    "measures", "mistakes", "number", "occurrence", "occurrences", "options", "outages",
    "practices", "problem", "problems", "processes", "progress", "recurrence", "reliability",
    "remediation", "resilience", "review", "reviewing", "risk", "safeguards", "situation",
    "solutions", "steps", "strategies", "that", "them", "these", "things", "this", "those",
    "updates", "what", "work",
];

/// Words that turn the verb after them into a wish: "find a way to prevent", "try to
/// reduce", "considering to restart".
#[rustfmt::skip]
pub(crate) const WISHES: &[&str] = &[
    "aim", "committed", "consider", "considering", "endeavour", "explore", "exploring", "hope",
    "how", "intend", "intends", "possibility", "strive", "striving", "try", "trying", "way", "ways",
    "whether",
];

/// After "to", verbs that name what an improvement lets someone observe: "improve logging
/// to check for anomalies in the rate of tokenised cards" is checkable.
#[rustfmt::skip]
pub(crate) const OBSERVE_VERBS: &[&str] = &[
    "catch", "check", "detect", "know", "see", "show", "spot", "tell",
];

/// What an action may add more of without saying how much or where: "additional alerts",
/// "more monitoring and alerting".
#[rustfmt::skip]
pub(crate) const CATEGORIES: &[&str] = &[
    "alarms", "alerting", "alerts", "capacity", "checks", "documentation", "logging", "metrics",
    "monitoring", "resources", "safeguards", "testing", "tests", "validation", "validations",
];

/// Quantifiers that leave an object unspecified: "more documentation", "additional steps".
#[rustfmt::skip]
pub(crate) const UNSPECIFIED: &[&str] = &[
    "additional", "better", "clearer", "enhanced", "extra", "faster", "further", "improved", "more",
    "proper", "safer", "simpler", "smarter", "some", "stricter", "stronger", "tighter", "various",
];

/// Forms of "be" and "have" that start a verb group.
#[rustfmt::skip]
pub(crate) const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "had", "has", "have", "is", "was", "were",
];

/// Words before a number that make it a target ("under 300 ms").
#[rustfmt::skip]
pub(crate) const TARGET_WORDS: &[&str] = &[
    "above", "below", "least", "most", "over", "than", "to", "under", "within",
];

/// Imperatives an action may start with, beyond the outcome and vague verbs.
#[rustfmt::skip]
pub(crate) const OTHER_VERBS: &[&str] = &[
    "agree", "align", "analyse", "analyze", "announce", "apply", "ask", "assess", "audit", "avoid",
    "be", "begin", "brainstorm", "calculate", "call", "cancel", "check", "clarify", "clean",
    "close", "coach", "collect", "communicate", "compare", "confirm", "connect", "consider",
    "contact", "convert", "copy", "cover", "delegate", "design", "detect", "discuss", "do",
    "double-check", "drop", "educate", "email", "end", "ensure", "escalate", "establish",
    "evaluate", "expand", "expire", "explore", "expose", "eyeball", "fetch", "figure", "find",
    "flag", "follow", "get", "give", "go", "have", "hold", "identify", "improve", "include",
    "inform", "inspect", "integrate", "investigate", "keep", "launch", "let", "look", "make", "map",
    "mark", "measure", "monitor", "offer", "open", "organise", "organize", "own", "pair", "pay",
    "plan", "post", "prepare", "prioritise", "prioritize", "provide", "purge", "put", "rebuild",
    "reconcile", "reconsider", "refactor", "refuse", "release", "remember", "remind", "repeat",
    "report", "research", "reset", "restart", "restore", "rethink", "retrain", "retry", "return",
    "review", "revisit", "rewrite", "roll", "save", "scale", "separate", "share", "shorten",
    "simplify", "sort", "specify", "start", "stay", "store", "subscribe", "support", "sync", "take",
    "talk", "teach", "tell", "think", "trace", "train", "trigger", "try", "unblock", "unify",
    "upload", "use", "verify", "wait", "watch", "work", "wrap",
];

/// Words after which the next verb states what will happen ("the pipeline should enforce").
#[rustfmt::skip]
pub(crate) const MODALS: &[&str] = &["can", "must", "shall", "should", "to", "will"];

/// End a noun phrase when quoting an object.
#[rustfmt::skip]
pub(crate) const PREPOSITIONS: &[&str] = &[
    "about", "after", "at", "before", "by", "during", "for", "from", "in", "into", "on", "over",
    "through", "to", "under", "until", "with", "without",
];

/// End a clause when quoting the rest of it in a suggestion.
#[rustfmt::skip]
pub(crate) const CLAUSE_ENDS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "or", "since", "so", "though",
    "until", "when", "which", "while",
];

/// Words that start a rule without starting a phrase of a table: possessives, "if"/"had"
/// clauses, "without", modals in actions, "just"/"clearly"…
pub(crate) const TRIGGERS: &[&str] = &[
    "'s",
    "any",
    "anybody",
    "anyone",
    "badly",
    "blame",
    "by",
    "clearly",
    "down",
    "every",
    "everybody",
    "everyone",
    "fault",
    "had",
    "her",
    "his",
    "if",
    "introduce",
    "introduced",
    "introduces",
    "it",
    "just",
    "lay",
    "lies",
    "must",
    "obvious",
    "on",
    "poor",
    "poorly",
    "reminder",
    "reminders",
    "rests",
    "should",
    "simply",
    "their",
    "to",
    "too",
    "will",
    "without",
];

// ---- lookups ----

/// The phrase tables, indexed by first word: a word that starts no phrase and no rule costs
/// one lookup per check instead of one per table (most words are such words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    HumanFailures,
    FailedTo,
    Negations,
    SharedFailures,
    PassiveFailures,
    ErrorLabels,
    TraitLabels,
    ShouldHave,
    CouldHave,
    HindsightFrames,
    Judgements,
    Condescension,
    Opinions,
    Hedges,
    SureHedges,
    VagueQuantities,
    Explanations,
    EmotiveTech,
    Emotive,
    BehaviourFixes,
    Training,
    ManualChecks,
    TellVerbs,
    AskVerbs,
    MakeSure,
    VagueVerbs,
    Accidents,
    BlameFrames,
    HarmVerbs,
    DestroyVerbs,
    Triggers,
    /// Not a rule's start: looked up by the vague-action check, indexed so that the words
    /// of every action cost one bit test instead of a search.
    Unspecified,
}

impl Lex {
    pub(crate) const ALL: [Lex; 32] = [
        Lex::HumanFailures,
        Lex::FailedTo,
        Lex::Negations,
        Lex::SharedFailures,
        Lex::PassiveFailures,
        Lex::ErrorLabels,
        Lex::TraitLabels,
        Lex::ShouldHave,
        Lex::CouldHave,
        Lex::HindsightFrames,
        Lex::Judgements,
        Lex::Condescension,
        Lex::Opinions,
        Lex::Hedges,
        Lex::SureHedges,
        Lex::VagueQuantities,
        Lex::Explanations,
        Lex::EmotiveTech,
        Lex::Emotive,
        Lex::BehaviourFixes,
        Lex::Training,
        Lex::ManualChecks,
        Lex::TellVerbs,
        Lex::AskVerbs,
        Lex::MakeSure,
        Lex::VagueVerbs,
        Lex::Accidents,
        Lex::BlameFrames,
        Lex::HarmVerbs,
        Lex::DestroyVerbs,
        Lex::Triggers,
        Lex::Unspecified,
    ];

    pub(crate) fn words(self) -> &'static [&'static str] {
        match self {
            Lex::HumanFailures => HUMAN_FAILURES,
            Lex::FailedTo => FAILED_TO,
            Lex::Negations => NEGATIONS,
            Lex::SharedFailures => SHARED_FAILURES,
            Lex::PassiveFailures => PASSIVE_FAILURES,
            Lex::ErrorLabels => ERROR_LABELS,
            Lex::TraitLabels => TRAIT_LABELS,
            Lex::ShouldHave => SHOULD_HAVE,
            Lex::CouldHave => COULD_HAVE,
            Lex::HindsightFrames => HINDSIGHT_FRAMES,
            Lex::Judgements => JUDGEMENTS,
            Lex::Condescension => CONDESCENSION,
            Lex::Opinions => OPINIONS,
            Lex::Hedges => HEDGES,
            Lex::SureHedges => SURE_HEDGES,
            Lex::VagueQuantities => VAGUE_QUANTITIES,
            Lex::Explanations => EXPLANATIONS,
            Lex::EmotiveTech => EMOTIVE_TECH,
            Lex::Emotive => EMOTIVE,
            Lex::BehaviourFixes => BEHAVIOUR_FIXES,
            Lex::Training => TRAINING,
            Lex::ManualChecks => MANUAL_CHECKS,
            Lex::TellVerbs => TELL_VERBS,
            Lex::AskVerbs => ASK_VERBS,
            Lex::MakeSure => MAKE_SURE,
            Lex::VagueVerbs => VAGUE_VERBS,
            Lex::Accidents => ACCIDENTS,
            Lex::BlameFrames => BLAME_FRAMES,
            Lex::HarmVerbs => HARM_VERBS,
            Lex::DestroyVerbs => DESTROY_VERBS,
            Lex::Triggers => TRIGGERS,
            Lex::Unspecified => UNSPECIFIED,
        }
    }

    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which tables have a phrase starting with `word` (a bit per [`Lex`]). Called for every
/// word of every check, so it is a hash lookup: one string comparison, not ten.
pub(crate) fn tables_starting_with(word: &str) -> u32 {
    let slots = first_words();
    let mask = slots.len() - 1;
    let mut slot = hash(word) as usize & mask;
    loop {
        match slots[slot] {
            Some((w, bits)) if w == word => return bits,
            Some(_) => slot = (slot + 1) & mask,
            None => return 0,
        }
    }
}

/// FNV-1a: tiny, and good enough for a few hundred short words.
fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Every table's first words with the bits of the tables they start, in an open-addressing
/// hash table at most half full (so every probe ends at an empty slot). Built once.
fn first_words() -> &'static [Option<(&'static str, u32)>] {
    static INDEX: std::sync::OnceLock<Vec<Option<(&'static str, u32)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let entries: usize = Lex::ALL.iter().map(|lex| lex.words().len()).sum();
        let mut slots = vec![None; (entries * 2).next_power_of_two()];
        let mask = slots.len() - 1;
        for lex in Lex::ALL {
            for entry in lex.words() {
                let first = entry.split(' ').next().unwrap_or(entry);
                let mut slot = hash(first) as usize & mask;
                loop {
                    match &mut slots[slot] {
                        Some((w, bits)) if *w == first => {
                            *bits |= lex.bit();
                            break;
                        }
                        Some(_) => slot = (slot + 1) & mask,
                        empty => {
                            *empty = Some((first, lex.bit()));
                            break;
                        }
                    }
                }
            }
        }
        slots
    })
}

/// Exact membership of a single word in a sorted table.
#[inline(never)]
pub(crate) fn has(table: &[&str], word: &str) -> bool {
    // Byte order, compared inline: the words are short, and a call to `memcmp` for each
    // step of the search was a fifth of the coach's time (`examples/coach_bench.rs`).
    table
        .binary_search_by(|e| short_cmp(e.as_bytes(), word.as_bytes()))
        .is_ok()
}

#[inline]
fn short_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// `word` is a regular form of a base in `table`: checks, checked, checking, verified,
/// skipped, escalated… (no allocation: candidates are compared as stem + ending).
pub(crate) fn inflects(table: &[&str], word: &str) -> bool {
    if has(table, word) {
        return true;
    }
    if !word.is_ascii() || word.len() < 4 {
        return false;
    }
    let base = |stem: &str, ending: &str| {
        stem.len() >= 2
            && table
                .binary_search_by(|e| e.bytes().cmp(stem.bytes().chain(ending.bytes())))
                .is_ok()
    };
    // verified → verify, applies → apply
    if let Some(stem) = word
        .strip_suffix("ied")
        .or_else(|| word.strip_suffix("ies"))
    {
        if base(stem, "y") {
            return true;
        }
    }
    ["ing", "ed", "es", "s"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            let bytes = stem.as_bytes();
            // skipped → skip: the doubled consonant (ASCII, so slicing is safe).
            let undoubled = bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
            base(stem, "") || base(stem, "e") || (undoubled && base(&stem[..stem.len() - 1], ""))
        })
    })
}
