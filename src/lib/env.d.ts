// import.meta.env (BASE_URL) as Astro defines it, for tsc as well as for Astro's own checker.
/// <reference types="astro/client" />
