import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / SVELTEKIT_OUT_DIR let several builds live side by side (parallel work, CI).
		adapter: adapter({ out: process.env.BUILD_DIR || 'build' }),
		outDir: process.env.SVELTEKIT_OUT_DIR || '.svelte-kit',
		// Strict CSP: SvelteKit adds hashes/nonces for its own inline bootstrap script,
		// so no 'unsafe-inline' is needed for scripts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
