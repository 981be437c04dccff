//! Who: words for people, roles, teams and pronouns, and the words that may stand between
//! a subject and its verb.

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
    "approver", "assistant", "authority", "board", "boss", "ceo", "coder", "coders", "colleague",
    "colleagues", "committee", "consultant", "consultants", "contractor", "contractors",
    "coordinator", "copywriter", "council", "courier", "couriers", "cto", "department", "designer",
    "designers", "dev", "developer", "developers", "devs", "employee", "employees", "engineer",
    "engineers", "firm", "folks", "founder", "freelancer", "government", "guy", "guys", "hire",
    "individual", "intern", "interns", "lead", "manager", "managers", "member", "members",
    "ministry", "newbie", "on-call", "oncall", "operator", "operators", "owner", "partner",
    "partners", "people", "person", "producer", "programmer", "programmers", "provider",
    "providers", "regulator", "rep", "representative", "representatives", "reps", "reviewer",
    "shift", "soul", "sre", "staff", "staffer", "supervisor", "supplier", "suppliers", "team",
    "teams", "technician", "technicians", "tester", "testers", "vendor", "vendors", "volunteer",
    "writer",
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

/// Pronouns that stand again for a person a blame rewrite takes out of a sentence: it must
/// not leave one behind ("… because he was on holiday", "… because I was tired").
#[rustfmt::skip]
pub(crate) const THIRD_PERSON_SINGULAR: &[&str] = &[
    "he", "her", "hers", "herself", "him", "himself", "his", "she",
];
#[rustfmt::skip]
pub(crate) const FIRST_PERSON_SINGULAR: &[&str] = &["i", "me", "my", "myself"];

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
    "a good idea at the time", "in a perfect world", "in hind-sight", "in hindsight",
    "in retrospect", "looking back", "wish i had", "wish i would", "wish we had", "wish we would",
    "wish you would", "with hind-sight", "with hindsight", "with the benefit of hindsight",
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
    "better", "broader", "cleaner", "clearer", "closer", "deeper", "earlier", "easier", "faster",
    "greater", "harder", "higher", "larger", "less", "more", "quicker", "safer", "shorter",
    "simpler", "smaller", "smarter", "smoother", "sooner", "stricter", "stronger", "tighter",
    "wider",
];

/// Words that may stand between a subject and its verb ("Dave simply forgot").
#[rustfmt::skip]
pub(crate) const SUBJECT_SKIP: &[&str] = &[
    "'d", "accidentally", "accidently", "actually", "again", "all", "already", "also", "apparently",
    "basically", "both", "clearly", "completely", "dramatically", "entirely", "evidently",
    "greatly", "grossly", "had", "has", "have", "inadvertantly", "inadvertently", "just",
    "literally", "may", "might", "mistakenly", "must", "obviously", "once", "possibly", "probably",
    "really", "repeatedly", "seemingly", "severely", "simply", "somehow", "still", "then",
    "totally", "unfortunately", "unknowingly", "utterly", "vastly", "was", "were", "would",
];

/// Companies whose service is theirs: when it fails, that is no one's act ("the provider
/// returned errors"); what they change in it is ("the provider released a change").
#[rustfmt::skip]
pub(crate) const PARTNERS: &[&str] = &[
    "provider", "providers", "supplier", "suppliers", "vendor", "vendors",
];

/// What a partner does to its service that is an act, not the service failing ("the
/// provider released a change"; not "the provider returned errors").
/// Between a person and their act, how it was done by hand or on purpose ("the contractor
/// manually deleted …"); adverbs of time ("recently launched") are left out.
#[rustfmt::skip]
pub(crate) const MANNER_ADVERBS: &[&str] = &[
    "blindly", "deliberately", "directly", "erroneously", "hastily", "hurriedly", "improperly",
    "incorrectly", "intentionally", "knowingly", "manually", "unintentionally", "unwittingly",
    "wrongly",
];

#[rustfmt::skip]
pub(crate) const PARTNER_CHANGES: &[&str] = &[
    "applied", "approved", "blocked", "broke", "cancelled", "caused", "changed", "configured",
    "deleted", "deployed", "disabled", "executed", "exposed", "imported", "introduced", "leaked",
    "made", "migrated", "moved", "overwrote", "performed", "published", "pushed", "ran",
    "released", "removed", "renamed", "revoked", "rolled", "scheduled", "sent", "shipped", "shut",
    "suspended", "switched", "terminated", "tested", "took", "triggered", "updated", "upgraded",
    "wiped",
];

/// Participles that say who holds or runs a thing ("not owned by our team"), not an act.
#[rustfmt::skip]
pub(crate) const HELD_STATES: &[&str] = &[
    "controlled", "covered", "hosted", "known", "maintained", "managed", "operated", "owned",
    "provided", "run", "shared", "supported", "used",
];
