/**
 * Consistency checks for the information-session content.
 * The checker takes the content as plain data (`unknown`), so it can be run on the real files
 * and on deliberately broken copies in tests. Dutch is the reference: translations must have the
 * same modules, icons, screen/paragraph/bullet/link counts, link targets, quiz ids, option ids and
 * correct answers. Only the text may differ.
 */
import { LOCALES, MODULE_SLUGS, type Locale } from './types';

const SOURCE: Locale = 'nl';
const SCREENS = { min: 2, max: 4 };
const KEY_POINTS = { min: 3, max: 5 };
const QUESTIONS = { min: 2, max: 4 };
const STATUSES = ['draft', 'reviewed'];

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const ids = (list: unknown[] | undefined): string[] =>
	(list ?? []).map((item) => (isObj(item) && typeof item.id === 'string' ? item.id : ''));

/** Check the metadata file: version, module order and a status for every locale and module. */
export function checkMeta(meta: unknown): string[] {
	if (!isObj(meta)) return ['meta: not an object'];
	const problems: string[] = [];
	if (!isText(meta.version)) problems.push('meta: version is missing or empty');
	const listed = asArray(meta.modules) ?? [];
	if (listed.join() !== MODULE_SLUGS.join()) {
		problems.push(`meta: modules must be exactly ${MODULE_SLUGS.join(', ')} (in that order)`);
	}
	const status = isObj(meta.translationStatus) ? meta.translationStatus : {};
	for (const locale of LOCALES) {
		const perModule = status[locale];
		for (const slug of MODULE_SLUGS) {
			const value = isObj(perModule) ? perModule[slug] : undefined;
			if (typeof value !== 'string' || !STATUSES.includes(value)) {
				problems.push(`meta: translationStatus.${locale}.${slug} must be "draft" or "reviewed"`);
			}
		}
	}
	return problems;
}

/** Check all language files against each other; returns a list of problems, [] when fine. */
export function checkContent(content: Partial<Record<Locale, unknown>>): string[] {
	const problems: string[] = [];
	const source = moduleMap(content[SOURCE]);
	for (const locale of LOCALES) {
		const modules = moduleMap(content[locale]);
		if (!modules) {
			problems.push(`${locale}: file has no "modules" object`);
			continue;
		}
		for (const key of Object.keys(modules)) {
			if (!(MODULE_SLUGS as readonly string[]).includes(key)) {
				problems.push(`${locale}: unknown module "${key}"`);
			}
		}
		for (const slug of MODULE_SLUGS) {
			const where = `${locale}/${slug}`;
			const mod = modules[slug];
			if (!isObj(mod)) {
				problems.push(`${where}: module is missing`);
				continue;
			}
			const ref = source?.[slug];
			problems.push(...checkModule(where, slug, mod, isObj(ref) ? ref : undefined));
		}
	}
	return problems;
}

function moduleMap(file: unknown): Obj | undefined {
	return isObj(file) && isObj(file.modules) ? file.modules : undefined;
}

function checkModule(where: string, slug: string, mod: Obj, ref: Obj | undefined): string[] {
	const problems: string[] = [];
	const text = (value: unknown, field: string) => {
		if (!isText(value)) problems.push(`${where}: ${field} is missing or empty`);
	};
	text(mod.title, 'title');
	text(mod.summary, 'summary');
	if (mod.icon !== slug) problems.push(`${where}: icon must be "${slug}"`);

	const screens = asArray(mod.screens);
	const refScreens = asArray(ref?.screens);
	if (!screens || screens.length < SCREENS.min || screens.length > SCREENS.max) {
		problems.push(`${where}: needs ${SCREENS.min} to ${SCREENS.max} screens`);
	} else if (refScreens && screens.length !== refScreens.length) {
		problems.push(`${where}: has ${screens.length} screens, nl has ${refScreens.length}`);
	}
	(screens ?? []).forEach((screen, i) => {
		const refScreen = refScreens?.[i];
		problems.push(...checkScreen(`${where} screen ${i + 1}`, screen, isObj(refScreen) ? refScreen : undefined));
	});

	const keyPoints = asArray(mod.keyPoints);
	const refKeyPoints = asArray(ref?.keyPoints);
	if (!keyPoints || keyPoints.length < KEY_POINTS.min || keyPoints.length > KEY_POINTS.max) {
		problems.push(`${where}: needs ${KEY_POINTS.min} to ${KEY_POINTS.max} key points`);
	} else if (refKeyPoints && keyPoints.length !== refKeyPoints.length) {
		problems.push(`${where}: has ${keyPoints.length} key points, nl has ${refKeyPoints.length}`);
	}
	(keyPoints ?? []).forEach((point, i) => text(point, `keyPoints[${i}]`));

	problems.push(...checkQuiz(where, asArray(mod.quiz), asArray(ref?.quiz)));
	return problems;
}

function checkScreen(where: string, screen: unknown, ref: Obj | undefined): string[] {
	if (!isObj(screen)) return [`${where}: not an object`];
	const problems: string[] = [];
	if (!isText(screen.heading)) problems.push(`${where}: heading is missing or empty`);
	for (const field of ['paragraphs', 'bullets'] as const) {
		const list = screen[field];
		const required = field === 'paragraphs';
		if (list === undefined && !required) continue;
		const items = asArray(list);
		if (!items || items.length === 0) problems.push(`${where}: ${field} must be a non-empty list`);
		(items ?? []).forEach((item, i) => {
			if (!isText(item)) problems.push(`${where}: ${field}[${i}] is empty`);
		});
		if (ref) {
			const refCount = asArray(ref[field])?.length ?? 0;
			if ((items?.length ?? 0) !== refCount) {
				problems.push(`${where}: ${field} count ${items?.length ?? 0} differs from nl (${refCount})`);
			}
		}
	}
	const links = screen.links === undefined ? [] : asArray(screen.links);
	if (!links) return [...problems, `${where}: links must be a list`];
	const refLinks = ref ? (asArray(ref.links) ?? []) : undefined;
	if (refLinks && links.length !== refLinks.length) {
		problems.push(`${where}: links count ${links.length} differs from nl (${refLinks.length})`);
	}
	links.forEach((link, i) => {
		const at = `${where}: links[${i}]`;
		if (!isObj(link) || !isText(link.label)) problems.push(`${at} label is missing or empty`);
		const href = isObj(link) ? link.href : undefined;
		if (typeof href !== 'string' || !href.startsWith('https://')) {
			problems.push(`${at} href must start with https://`);
		}
		const refLink = refLinks?.[i];
		if (isObj(refLink) && refLink.href !== href) problems.push(`${at} href differs from nl`);
	});
	return problems;
}

function checkQuiz(where: string, quiz: unknown[] | undefined, ref: unknown[] | undefined): string[] {
	if (!quiz || quiz.length < QUESTIONS.min || quiz.length > QUESTIONS.max) {
		return [`${where}: needs ${QUESTIONS.min} to ${QUESTIONS.max} quiz questions`];
	}
	const problems: string[] = [];
	const questionIds = ids(quiz);
	if (new Set(questionIds).size !== questionIds.length) problems.push(`${where}: duplicate question ids`);
	if (ref && questionIds.join() !== ids(ref).join()) {
		problems.push(`${where}: question ids [${questionIds}] differ from nl [${ids(ref)}]`);
	}
	quiz.forEach((question, i) => {
		const at = `${where} ${questionIds[i] || `question ${i + 1}`}`;
		if (!isObj(question)) {
			problems.push(`${at}: not an object`);
			return;
		}
		if (!questionIds[i]) problems.push(`${at}: id is missing`);
		if (!isText(question.question)) problems.push(`${at}: question is missing or empty`);
		if (!isText(question.explanation)) problems.push(`${at}: explanation is missing or empty`);
		const options = asArray(question.options) ?? [];
		const optionIds = ids(options);
		if (options.length < 2) problems.push(`${at}: needs at least 2 options`);
		if (new Set(optionIds).size !== optionIds.length || optionIds.includes('')) {
			problems.push(`${at}: option ids must be present and unique`);
		}
		options.forEach((option, j) => {
			if (!isObj(option) || !isText(option.text)) problems.push(`${at}: option ${j + 1} text is empty`);
		});
		if (typeof question.correct !== 'string' || !optionIds.includes(question.correct)) {
			problems.push(`${at}: correct answer "${String(question.correct)}" is not one of the options`);
		}
		const refQuestion = ref?.find((q) => isObj(q) && q.id === questionIds[i]);
		if (isObj(refQuestion)) {
			const refOptionIds = ids(asArray(refQuestion.options));
			if (optionIds.join() !== refOptionIds.join()) {
				problems.push(`${at}: option ids [${optionIds}] differ from nl [${refOptionIds}]`);
			}
			if (question.correct !== refQuestion.correct) {
				problems.push(`${at}: correct answer "${String(question.correct)}" differs from nl`);
			}
		}
	});
	return problems;
}
