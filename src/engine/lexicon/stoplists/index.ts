// Every language's function words, for callers that carry them all (the CLI, the evaluation, the content
// script's stoplist data file). The content script itself carries none: the engine knows English alone unless given
// these (EngineInput.stoplists). Written by scripts/lexicon/stoplists.ts.
import af from './af.ts';
import ar from './ar.ts';
import bg from './bg.ts';
import bn from './bn.ts';
import ca from './ca.ts';
import cs from './cs.ts';
import da from './da.ts';
import de from './de.ts';
import el from './el.ts';
import en from './en.ts';
import es from './es.ts';
import et from './et.ts';
import fa from './fa.ts';
import fi from './fi.ts';
import fr from './fr.ts';
import he from './he.ts';
import hi from './hi.ts';
import hu from './hu.ts';
import id from './id.ts';
import it from './it.ts';
import ko from './ko.ts';
import lt from './lt.ts';
import lv from './lv.ts';
import nl from './nl.ts';
import nb from './no.ts';
import pl from './pl.ts';
import pt from './pt.ts';
import ro from './ro.ts';
import ru from './ru.ts';
import sk from './sk.ts';
import sl from './sl.ts';
import sv from './sv.ts';
import tr from './tr.ts';
import uk from './uk.ts';
import vi from './vi.ts';

export const STOPLISTS: Readonly<Record<string, string>> = { af, ar, bg, bn, ca, cs, da, de, el, en, es, et, fa, fi, fr, he, hi, hu, id, it, ko, lt, lv, nl, no: nb, pl, pt, ro, ru, sk, sl, sv, tr, uk, vi };
