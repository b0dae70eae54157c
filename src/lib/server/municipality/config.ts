import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface MunicipalityTheme {
	/** Brand colour for header and primary buttons; must reach 4.5:1 contrast with primaryText. */
	primary: string;
	primaryText: string;
	/** Light tint for highlighted surfaces; body text on it must stay readable. */
	accent: string;
	logo: string;
}

export interface MunicipalityConfig {
	slug: string;
	name: string;
	phone: string;
	websiteUrl: string;
	openingHours: Record<string, string>;
	theme: MunicipalityTheme;
	locations: { name: string; address: string }[];
}

const HEX = /^#[0-9a-fA-F]{6}$/;

function validate(entry: MunicipalityConfig): MunicipalityConfig {
	const { theme } = entry;
	for (const colour of [theme.primary, theme.primaryText, theme.accent]) {
		if (!HEX.test(colour)) throw new Error(`${entry.slug}: colour "${colour}" is not #rrggbb`);
	}
	if (!entry.slug || !entry.name || !entry.phone)
		throw new Error('municipality needs slug, name and phone');
	return entry;
}

let cached: MunicipalityConfig[] | undefined;

/** Municipalities from config/municipalities.json (or PORTAL_CONFIG): read once, validated. */
export function municipalityConfigs(): MunicipalityConfig[] {
	if (!cached) {
		const file = resolve(process.env.PORTAL_CONFIG || 'config/municipalities.json');
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
			municipalities: MunicipalityConfig[];
		};
		cached = parsed.municipalities.map(validate);
	}
	return cached;
}

export function portalMunicipality(slug: string): MunicipalityConfig {
	const all = municipalityConfigs();
	return all.find((m) => m.slug === slug) ?? all[0];
}
