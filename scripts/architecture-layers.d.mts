/** Types for architecture-layers.mjs (plain JavaScript: eslint.config.mjs imports it). */
export const LIB_LAYERS: Readonly<Record<string, readonly string[]>>;
export const COMPONENT_LAYERS: Readonly<Record<string, readonly string[]>>;
export function boundaryZones(): { target: string; from: string; except?: string[]; message: string }[];
