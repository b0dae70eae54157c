declare module 'snowball-stemmers' {
	export interface Stemmer {
		stem(word: string): string;
	}
	export function newStemmer(language: string): Stemmer;
	export function algorithms(): string[];
	const snowball: {
		newStemmer(language: string): Stemmer;
		algorithms(): string[];
	};
	export default snowball;
}
