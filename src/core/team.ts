// PLACEHOLDER
export interface TeamReport { people: unknown[] }
