/** Kept equal to package.json's version by a unit test; a constant bundles without a JSON import. */
export const VERSION = '0.1.0'
