// The report as JSON: the documented contract (see TeamReport in src/core/team.ts and docs in the README),
// written in pieces: toJson's text, of any size.
import type { TeamReport } from '../../core/team.js';
import type { StreamFormatter } from '../formats.js';
import { writeJson } from '../json-stream.js';

export const reportJson: StreamFormatter<TeamReport> = (report, _context, write) => writeJson(report, write);
