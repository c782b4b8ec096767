// Function words of Italian, kept by hand: the thresholds they feed (src/engine/thresholds.ts STOPWORDS,
// jusText's 0.30 and 0.32) were set with these lists, and stopwords-iso's it list trimmed the same way scored lower
// (its English list holds web words: home, page, free, information, site). Source: jusText's stoplists (Pomikálek,
// BSD), trimmed to the most frequent, with news copy's "said"/"says" and contractions for English.
export default `
a
al
alla
anche
che
chi
ci
come
con
da
dal
dalla
degli
dei
del
della
di
e
è
gli
ha
hanno
i
il
in
io
la
le
lo
ma
mi
nel
nella
non
per
più
quando
questo
se
si
sono
su
sua
suo
tra
un
una
uno
`;
