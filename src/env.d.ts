interface ImportMetaEnv {
	/** Set by astro.config.mjs: true in the LMS build, whose pages are files and URLs relative. */
	readonly ON_RECORD_FILE_URLS: boolean;
}
