/** The framework's current version (semver). A release bumps it here and records why in the change log. */
export const frameworkVersion = '0.1.0';
