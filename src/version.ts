/** The release version; scripts/build.mjs and a test keep it equal to package.json's. */
export const VERSION = '0.1.0'
