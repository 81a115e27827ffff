// The report as JSON: the documented contract (see TeamReport in src/core/team.ts and docs in the README).
import type { TeamReport } from '../../core/team.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';

export const reportJson: Formatter<TeamReport> = (report) => toJson(report);
