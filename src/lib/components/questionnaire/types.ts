/** Shapes the questionnaire pages receive from the server (src/lib/server/diagnosis/pages.ts). */
export type AnswerValue = string | string[];
export type AnswerValues = Record<string, AnswerValue | undefined>;

export interface Question {
	id: string;
	type: 'single' | 'multi' | 'text' | 'number';
	label: string;
	help: string | null;
	optional: boolean;
	options: { id: string; label: string }[];
	showIf: { item: string; equals: string[] } | null;
	/** The server's verdict for the saved answers (used when `showIf` points outside the section). */
	visibleNow: boolean;
	min: number | null;
	max: number | null;
	maxLength: number | null;
}

export interface AnsweredSection {
	id: string;
	title: string;
	items: {
		id: string;
		question: string;
		answer: string | null;
		freeText: boolean;
		optional: boolean;
	}[];
}
