// `rungs site -o OUT`: the active framework published as a static website (plain HTML, one CSS file,
// roles.json and skills.json). Load, plan the pages (core), render them (render/site), write the folder (io).
import { roleRows, skillRows } from '../../core/browse.js';
import { sitePlan } from '../../core/site.js';
import { EXIT } from '../../errors.js';
import { displayPath } from '../../io/paths.js';
import { writeSiteFolder } from '../../io/write-site.js';
import { renderSite } from '../../render/site/index.js';
import { activeFramework, dataDir, type CommonOptions } from '../context.js';

export async function run(_args: string[], options: CommonOptions & { force?: boolean }): Promise<number> {
  // commander makes -o required for this command.
  const output = options.output!;
  const fw = await activeFramework(options);
  const site = sitePlan(fw);
  const files = renderSite(site, { roles: roleRows(fw), skills: skillRows(fw) });
  const result = writeSiteFolder(output, files, {
    force: options.force,
    display: displayPath(output),
    protectDirs: [dataDir(options)],
    about: { framework: fw.meta.name, version: fw.meta.version },
  });
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  process.stderr.write(
    `rungs: ${result.how === 'created' ? 'wrote' : 'updated'} ${displayPath(output)}: ${pages} pages (${site.roles.length} roles, ${site.skills.length} skills, ${site.forks.length} ${site.forks.length === 1 ? 'fork' : 'forks'}), style.css, roles.json, skills.json${result.removed ? `; removed ${result.removed} page${result.removed === 1 ? '' : 's'} the framework no longer has` : ''}\n`,
  );
  return EXIT.ok;
}
