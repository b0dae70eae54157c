// A static page for the reverse proxy to serve while the portal is down (deployment, incident):
// rendered once at build time into build/prerendered/maintenance.html, no JavaScript.
export const prerender = true;
export const csr = false;
