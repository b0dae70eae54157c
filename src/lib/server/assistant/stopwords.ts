/**
 * Short stop-word lists (written for this engine), in normalised form (see normalize.ts):
 * lower-case, accents folded; Arabic with unified alef/yaa/ha.
 *
 * `WEAK_WORDS` are question words that carry some intent ("when", "how much") and stay in the
 * index as features, but do not count as domain vocabulary when deciding whether a question is
 * in scope.
 */
import { normalizeText } from './normalize';

const NL = `de het een en of van in op te ten ter is zijn was waren ben bent ik je jij u uw mijn mij me mn
 ze zij hij wij we ons onze jullie hun hen haar hem zijn dat die dit deze der des aan bij met voor naar
 om tot uit door over als maar dan ook nog al wel niet geen er hier daar toe zo heb hebt heeft hebben had
 word wordt worden werd moet moeten mag mogen kan kunnen kun zal zullen zou zouden wil willen ga gaat gaan
 doe doet doen iets iemand even eens graag hallo hoi dag goedemorgen bedankt dank alsjeblieft alstublieft
 weer nu al toch dus echt heel erg mijnheer mevrouw ja nee oke ok ff`;

const EN = `a an the and or of to in on at for with from by about as is are was were be been being am
 i im i'm me my mine you your yours he she it its we our they their them this that these those there here
 do does did doing dont don't have has had having can could will would shall should may might must not no
 if then than so too very just also please hi hello hey thanks thank sir madam yes ok okay get got us
 really any some something anything one`;

const AR = `في من الى الي علي على عن مع ما ماذا هل لم لن لا ان او و ثم هذا هذه ذلك تلك هو هي هم انا انت
 انتي انتم نحن الذي التي الذين كان يكون كانت كنت عند عندي قد كل اي ايه شو شي لي لك له لها به بها فيه فيها
 منه منها عليه عليها اذا لو يا مرحبا السلام عليكم شكرا رجاء فضلك من فضلك يمكن يمكنني ممكن بدي بدنا اريد
 ابغى ابي عم رح راح حتى بس لانو لان ال الا اللي يعني وهل وما ولا ايضا كمان انه انها احد شخص هناك هنا
 نعم اوكي`;

const TI = `ናይ ኣብ ካብ ናብ ምስ እዩ እያ እየ እዮም ኢዩ ድዩ ድየ ድያ ዶ እዚ እዚኣ እቲ እታ እዞም ኣነ ንሱ ንሳ ንስኻ ንስኺ ንሕና
 ንስኻትኩም ኣሎ ኣላ ኣለዉ ኣለኹ ኣለኒ ኣሎኒ ግን እሞ እውን ከኣ ድማ ወይ ወይስ ኩሉ እንተ ዝኾነ ይኽእል ይኽእል ክኢለ
 ክኽእል ሰላም በጃኹም በጃኻ የቐንየለይ የቐንየልና እወ ኣይኮነን እንታይ ዘሎ ኢለ ኢሉ`;

/** Question words kept as (low-weight) features but ignored by the in-scope coverage signal. */
const WEAK = `hoe wat wie waar wanneer waarom welke welk hoeveel hoelang lang veel
 how what who where when why which much many long
 كيف متى اين وين لماذا ليش كم قديش شلون ايش اي
 ከመይ መዓስ ኣበይ መን ክንደይ ስለምንታይ ንምንታይ ኣየናይ`;

function toSet(list: string): Set<string> {
	const out = new Set<string>();
	for (const w of list.split(/\s+/)) {
		const n = normalizeText(w);
		if (n) for (const part of n.split(' ')) out.add(part);
	}
	return out;
}

export const STOPWORDS = {
	nl: toSet(NL),
	en: toSet(EN),
	ar: toSet(AR),
	ti: toSet(TI)
} as const;

export const WEAK_WORDS = toSet(WEAK);

const ALL = new Set<string>([...STOPWORDS.nl, ...STOPWORDS.en, ...STOPWORDS.ar, ...STOPWORDS.ti]);

/** Stop word in any of the four languages (questions mix languages, so one union list is used). */
export function isStopword(token: string): boolean {
	if (ALL.has(token)) return true;
	// Arabic conjunction و/ف glued to a stop word: "وهل", "فما".
	if (
		token.length > 2 &&
		(token[0] === '\u0648' || token[0] === '\u0641') &&
		ALL.has(token.slice(1))
	)
		return true;
	return false;
}
