// Function words of Portuguese, kept by hand: the thresholds they feed (src/engine/thresholds.ts STOPWORDS,
// jusText's 0.30 and 0.32) were set with these lists, and stopwords-iso's pt list trimmed the same way scored lower
// (its English list holds web words: home, page, free, information, site). Source: jusText's stoplists (Pomikálek,
// BSD), trimmed to the most frequent, with news copy's "said"/"says" and contractions for English.
export default `
a
ao
aos
as
com
como
da
das
de
do
dos
e
é
ela
ele
em
entre
era
essa
esse
foi
há
isso
já
mais
mas
muito
na
nas
no
nos
o
os
ou
para
pela
pelo
por
quando
que
se
sem
ser
seu
sua
são
também
um
uma
`;
