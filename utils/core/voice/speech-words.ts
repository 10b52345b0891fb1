/**
 * Word lists for attribution, as folded keys (lower case, no diacritics). Verbs of
 * saying and naming, in the inflections news copy uses; nouns that can head a speaker
 * phrase; words between a speaker and its verb ("Iran also said").
 */

function forms(...stems: string[]): string[] {
  return stems.flatMap((s) => s.split('|'));
}

/** Verbs that introduce direct or reported speech. */
export const SPEECH_VERBS = new Set(
  forms(
    'say|says|said|saying', 'tell|tells|told|telling', 'state|states|stated|stating', 'add|adds|added|adding',
    'announce|announces|announced|announcing', 'claim|claims|claimed|claiming', 'insist|insists|insisted|insisting',
    'warn|warns|warned|warning', 'declare|declares|declared|declaring', 'assert|asserts|asserted|asserting',
    'allege|alleges|alleged|alleging', 'accuse|accuses|accused|accusing', 'deny|denies|denied|denying',
    'stress|stresses|stressed|stressing', 'note|notes|noted|noting', 'report|reports|reported|reporting',
    'write|writes|wrote|writing', 'tweet|tweets|tweeted|tweeting', 'post|posts|posted', 'argue|argues|argued|arguing',
    'explain|explains|explained|explaining', 'confirm|confirms|confirmed|confirming', 'admit|admits|admitted|admitting',
    'acknowledge|acknowledges|acknowledged|acknowledging', 'vow|vows|vowed|vowing', 'pledge|pledges|pledged|pledging',
    'threaten|threatens|threatened|threatening', 'criticise|criticises|criticised|criticising',
    'criticize|criticizes|criticized|criticizing', 'condemn|condemns|condemned|condemning',
    'reiterate|reiterates|reiterated|reiterating', 'maintain|maintains|maintained|maintaining',
    'suggest|suggests|suggested|suggesting', 'describe|describes|described|describing', 'blame|blames|blamed|blaming',
    'urge|urges|urged|urging', 'ask|asks|asked|asking', 'reply|replies|replied|replying', 'respond|responds|responded',
    'announce', 'quote|quotes|quoted', 'emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized',
  ),
);

/** Verbs after which the object is a named thing ("what Baku calls …"). */
export const NAMING_VERBS = new Set(forms('call|calls|called', 'term|terms|termed', 'describe|describes|described', 'dub|dubs|dubbed', 'label|labels|labelled|labeled'));

/** Accusation verbs: "X accused Y of …" governs everything after the verb. */
export const ACCUSATION_VERBS = new Set(forms('accuse|accuses|accused|accusing', 'blame|blames|blamed|blaming'));

/** Participles that take the sentence's subject as speaker (", saying …"). */
export const PARTICIPLES = new Set(['saying', 'adding', 'claiming', 'insisting', 'warning', 'stressing', 'noting', 'accusing', 'arguing', 'stating']);

/** Words that may stand between a speaker and its verb. */
export const BETWEEN_SPEAKER_AND_VERB = new Set(['also', 'has', 'have', 'had', 'later', 'then', 'again', 'previously', 'repeatedly', 'reportedly', 'earlier', 'further', 'separately', 'once', 'will', 'would', 'may']);

/** Forms of "be": before a speech verb they make it passive ("have been accused"), so the subject is not the speaker. */
export const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Pronouns that can be speakers; resolved to an earlier speaker or actor. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const OTHER_PRONOUNS = new Set(['it', 'they', 'we', 'i']);

/** Lower-case nouns that head a speaker phrase ("Armenian authorities", "the ministry"). */
export const SPEAKER_NOUNS = new Set(
  forms(
    'official|officials', 'authority|authorities', 'ministry|ministries', 'spokesman|spokeswoman|spokesperson|spokesmen',
    'government|governments', 'army|military|forces|troops|command', 'president|minister|leader|leaders|chief|head|commander',
    'source|sources', 'statement|statements', 'office|agency|service|council|committee|parliament|court',
    'witness|witnesses|resident|residents|analyst|analysts|expert|experts|observer|observers|diplomat|diplomats',
    'police|side|sides|media|report|reports|envoy|ambassador|mediators|mediator|group|organisation|organization',
    'party|movement|campaigners|activists|lawmakers|lawmaker|senator|mp|mps|prosecutor|prosecutors',
  ),
);

/** Role nouns that introduce a name ("spokeswoman Shushan Stepanyan", "President Ilham Aliyev"). */
export const ROLE_NOUNS = new Set(
  forms(
    'president|vice-president|prime|minister|chancellor|king|queen|prince|emir|sheikh|premier',
    'spokesman|spokeswoman|spokesperson|envoy|ambassador|ombudsman|ombudswoman|adviser|advisor|aide',
    'general|gen|colonel|col|major|maj|captain|lieutenant|commander|chief|leader|head|secretary|director',
    'mayor|governor|senator|lawmaker|mp|deputy|chairman|chairwoman|chair|speaker|judge|prosecutor',
    'analyst|professor|prof|dr|researcher|correspondent|reporter|journalist|editor|official|representative',
  ),
);

/** Speaker nouns that carry someone else's words ("a statement from the ministry said"): the speaker is in their phrase. */
export const CONDUIT_NOUNS = new Set(forms('statement|statements|report|reports|letter|post|tweet|interview|transcript|communique|release'));

/** Speakers too vague to be an actor of their own ("both sides said", "neither side"): kept as written, no actor. */
export const GENERIC_SPEAKER_HEADS = new Set(forms('side|sides|source|sources|report|reports|statement|statements|media|people|party|parties'));
export const QUANTIFIERS = new Set(['neither', 'no', 'none', 'both', 'each', 'either', 'all', 'some', 'many', 'several']);
/** Quantifiers that deny the speech ("Neither side said …", "No official confirmed …"): no statement at all. */
export const NEGATIVE_QUANTIFIERS = new Set(['neither', 'no', 'none', 'nobody', 'nor']);
/** "both sides", "the two sides", "each side": the two parties named together last ("Armenia and Azerbaijan"). */
export const PAIR_QUANTIFIERS = new Set(['both', 'two', 'each']);

/**
 * Singular lower-case heads that need a name to be an actor: "the office said" alone names nobody
 * ("the office of X" is X, "the ministry" is the ministry named before).
 */
export const INSTITUTION_NOUNS = new Set(
  forms(
    'office|ministry|agency|service|council|committee|parliament|court|government|administration|department|embassy',
    'presidency|army|military|command|police|group|organisation|organization|movement|party|authority',
    'spokesman|spokeswoman|spokesperson|official|president|minister|leader|chief|head|commander|envoy|ambassador|mediator',
  ),
);

/**
 * Closed-class words that are never a name, even capitalised at a sentence start ("The", "If",
 * "After", "Most"): a speaker phrase made of them names no actor. Measured on the AEB and
 * readability corpora, where they made up most one-word unknown actors.
 */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'if', 'as', 'after', 'before', 'so', 'now', 'then', 'most',
  'every', 'each', 'all', 'some', 'many', 'much', 'more', 'less', 'finally', 'once', 'when', 'while', 'but', 'and', 'or',
  'yet', 'still', 'also', 'however', 'meanwhile', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'where',
  'it', 'its', 'they', 'we', 'you', 'i', 'he', 'she', 'our', 'their', 'his', 'her', 'my', 'your', 'us', 'them',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'since', 'because', 'although', 'though', 'even',
  'just', 'only', 'not', 'no', 'one', 'both', 'neither', 'either', 'such', 'very', 'well', 'yes', 'oh', 'like',
  'about', 'into', 'over', 'under', 'until', 'unless', 'whether', 'instead', 'indeed', 'perhaps', 'maybe', 'today',
  'yesterday', 'tomorrow', 'later', 'earlier', 'again', 'another', 'other', 'others', 'someone', 'everyone', 'anyone',
  'nobody', 'everybody', 'somebody', 'something', 'nothing', 'everything', 'anything', 'thus', 'hence', 'please',
  'might', 'could', 'would', 'should', 'shall', 'must', 'cannot', // not "may" or "will": Theresa May, Will Smith
]);
/** Contractions ("We're", "You'll", "Don't") are pronouns and verbs, not names. */
export const CONTRACTION = /'(?:re|ll|ve|m|d|t)$/;

/** Plural nouns for groups of people: an actor of their own even without a name ("residents said"). */
export const PEOPLE_NOUNS = new Set(
  forms(
    'officials|authorities|residents|witnesses|analysts|experts|observers|diplomats|activists|campaigners|lawmakers',
    'prosecutors|investigators|researchers|scientists|doctors|soldiers|troops|forces|villagers|refugees|protesters',
    'mediators|leaders|ministers|commanders|spokesmen|police|locals|survivors|relatives|parents|students|workers',
  ),
);

/** Titles before a name that are not part of it ("Mr. Obama", "CEO Tim Cook", "NASA Administrator Jim Bridenstine"). */
export const TITLE_WORDS = new Set(
  forms(
    'mr|mrs|ms|miss|mx|sir|dame|lord|lady|rev|reverend|father|sister|brother|dr|prof|ceo|cfo|coo|cto|founder|co-founder',
    'administrator|manager|coach|economist|scientist|detective|officer|sergeant|sgt|inspector|attorney|lawyer|commissioner',
    'superintendent|sheriff|spokesperson|senator|rep|representative|congressman|congresswoman|councilman|councilwoman',
    'councillor|president|minister|chancellor|secretary|director|chairman|chairwoman|governor|mayor|judge',
    'fact-checker|ambassador|envoy|spokesman|spokeswoman|premier',
  ),
);
