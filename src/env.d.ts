interface ImportMetaEnv {
	/** Set by astro.config.mjs: true in the LMS build, whose pages are files and URLs relative. */
	readonly ON_RECORD_FILE_URLS: boolean;
	/** Set by src/integrations/authoring.ts: true in `astro dev` and the authoring build, which have the scenario maps. */
	readonly ON_RECORD_AUTHORING: boolean;
}
