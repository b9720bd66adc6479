/** Finds the source documents under a folder on disk: .txt and .md files, recursively. */
import * as fs from 'fs';
import * as path from 'path';

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.sourcelens', '.hg', '.svn']);

export interface WalkResult { files: string[]; warnings: string[] }

export function findSourceFiles(root: string): WalkResult {
  const files: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try { real = fs.realpathSync(dir); } catch (e) { warnings.push(`${dir}: ${(e as Error).message}`); return; }
    if (seen.has(real)) { warnings.push(`${dir}: skipped, a link back to a folder already read`); return; }
    seen.add(real);
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { warnings.push(`${dir}: ${(e as Error).message}`); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try { const st = fs.statSync(p); isDir = st.isDirectory(); isFile = st.isFile(); } catch { warnings.push(`${p}: skipped, a broken link`); continue; }
      }
      if (isDir) { if (!SKIP_DIRS.has(e.name)) visit(p); continue; }
      if (isFile && SOURCE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(p);
    }
  };
  visit(root);
  return { files, warnings };
}
