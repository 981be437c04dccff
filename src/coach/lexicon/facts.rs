//! Opinion in facts: hedges, vague quantities, emotive words and explanations.

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
    "are believed", "can only assume", "could be", "could have been", "do not believe", "hopefully",
    "in all likelihood", "is believed", "it appears", "it is possible", "it looks like", "it seems",
    "it sounds like", "likely", "looked like", "looks like", "may", "maybe", "might", "most likely",
    "not entirely clear", "not sure", "perhaps", "possibly", "presumably", "probable", "probably",
    "reason to believe", "reportedly", "seem", "seemed", "seemingly", "seems", "sounds like",
    "suggesting", "suggests", "supposedly", "unlikely", "was believed", "were believed",
];

#[rustfmt::skip]
pub(crate) const VAGUE_QUANTITIES: &[&str] = &[
    "a big", "a bit of time", "a bunch of", "a couple", "a couple of", "a few", "a great deal",
    "a handful of", "a large number", "a large portion", "a limited number of", "a little while",
    "a long period", "a long time", "a lot", "a lot of", "a majority", "a matter of",
    "a minority of", "a number of", "a short period", "a short while", "a small number",
    "a small percentage", "a small portion", "a small subset", "a subset of", "a ton of", "a while",
    "after much", "almost no", "big delays", "big time", "considerable", "considerably",
    "countless", "dozens of", "dramatically", "enormous", "excessive", "extremely", "fairly",
    "few days", "few hours", "few minutes", "few of", "for a short time", "for ages", "for days",
    "for hours", "for weeks", "forever", "greatly", "heavy load", "huge", "hugely", "hundreds of",
    "in ages", "in no time", "incredibly", "kind of", "loads of", "long overdue", "long periods",
    "lots", "lots of", "many", "massive", "massively", "millions of", "months of",
    "more than a little", "most", "much higher", "much longer", "much lower", "multiple attempts",
    "multiple times", "negligible", "numerous", "plenty of", "prolonged", "quite", "rather",
    "really bad", "really big", "really fast", "really high", "really long", "really poor",
    "really quickly", "really slow", "really slowly", "relatively", "several", "shortly after",
    "significant", "significantly", "small subset of", "some", "some additional time", "some time",
    "sometime", "sort of", "substantial", "substantially", "take time", "takes ages", "takes time",
    "tens of", "thousands of", "through the roof", "tiny", "tons of", "took ages", "took time",
    "unusually high", "unusually large", "very", "way too", "way too long", "within hours",
    "within minutes",
];

/// "the very first order": emphasis, not quantity.
#[rustfmt::skip]
pub(crate) const VERY_EMPHASIS: &[&str] = &[
    "appreciate", "appreciated", "beginning", "best", "bottom", "clearly", "close", "dearly",
    "disappointed", "end", "enjoyed", "first", "grateful", "happy", "hard", "important", "last",
    "moment", "much", "next", "pleased", "proud", "quickly", "rapidly", "same", "seriously",
    "sorry", "start", "thankful", "top",
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
    "as", "as a consequence of", "as a result of", "because", "because of", "caused by", "due to",
    "from a lack of", "owing to", "resulting from", "since", "stemmed from", "stemming from",
];

/// Words before "as" that make it a role or a comparison ("marked as spam", "just as").
#[rustfmt::skip]
pub(crate) const AS_NOT_CAUSAL_BEFORE: &[&str] = &[
    "act", "acted", "acts", "classified", "confirmed", "described", "far", "flagged",
    "function", "functions", "identified", "just", "known", "labeled", "labelled", "listed",
    "marked", "regarded", "reported", "same", "seen", "serve", "served", "serves", "so", "such",
    "treated", "used", "well",
];

/// Words after "as" that make it a time, a manner or a comparison ("as soon as", "as of").
#[rustfmt::skip]
pub(crate) const AS_NOT_CAUSAL_AFTER: &[&str] = &[
    "a", "an", "at", "ceo", "cto", "described", "expected", "far", "fast", "follows", "founder",
    "head", "if", "long", "many", "mentioned", "much", "needed", "noted", "of", "owner", "part",
    "per", "planned", "possible", "president", "quickly", "shown", "soon", "such", "though",
    "usual", "well", "you",
];

/// Verbs that show a clause after "as" gives a reason ("as these were written …").
#[rustfmt::skip]
pub(crate) const AS_CLAUSE_VERBS: &[&str] = &[
    "affected", "are", "can", "cannot", "could", "did", "does", "had", "has", "have", "involved",
    "is", "related", "required", "requires", "should", "started", "was", "were", "will", "would",
];

/// What an apology says was caused, whatever it was ("any inconvenience caused by this").
#[rustfmt::skip]
pub(crate) const APOLOGY_NOUNS: &[&str] = &[
    "concern", "confusion", "difficulties", "disruption", "distress", "frustration", "harm",
    "impact", "inconvenience", "stress", "trouble", "upset", "worry",
];

/// Month names and their short forms: "since Jan 2010" dates, it does not explain.
#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &[
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul",
    "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october", "sep",
    "sept", "september",
];
