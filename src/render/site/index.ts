// The whole site as files: path (relative, with forward slashes) -> content, in a stable order. roles.json and
// skills.json are exactly what `rungs roles -f json` and `rungs skills -f json` print (the documented contracts).
import type { RoleRow, SkillRow } from '../../core/browse.js';
import type { SitePlan } from '../../core/site.js';
import { rolesJson } from '../browse/roles.js';
import { skillsJson } from '../browse/skills.js';
import { siteCss } from './css.js';
import { forkPage, forkPath, indexPage, rolePage, rolePath, skillPage, skillPath, skillsPage } from './pages.js';

export interface SiteFile {
  path: string;
  content: string;
}

export function renderSite(site: SitePlan, data: { roles: RoleRow[]; skills: SkillRow[] }): SiteFile[] {
  const plain = { color: false };
  const files: SiteFile[] = [
    { path: 'index.html', content: indexPage(site) },
    { path: 'style.css', content: siteCss(site) },
    { path: 'roles.json', content: rolesJson(data.roles, plain) },
    { path: 'skills.json', content: skillsJson(data.skills, plain) },
    { path: 'skills.html', content: skillsPage(site) },
    ...site.roles.map((r) => ({ path: rolePath(r.id), content: rolePage(site, r) })),
    ...site.skills.map((s) => ({ path: skillPath(s.id), content: skillPage(site, s) })),
    ...site.forks.map((f) => ({ path: forkPath(f.id), content: forkPage(site, f) })),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
